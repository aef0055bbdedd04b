import { isApiProblem } from '@kring/api-client';
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { useRateHire } from '../api/rate-hire';
import type { RatingDue, RatingMonths } from '../api/types';

const SCORES = ['1', '2', '3', '4', '5'] as const;

/** The 1–5 quality-of-hire rating (mount it per hire and moment, with a key, so every dialog starts empty) of one due hire at 6 or 12 months, with an optional note. */
export function RatingModal({ due, name, onClose }: { due: RatingDue | null; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const rate = useRateHire();
  const [rating, setRating] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);

  const close = () => {
    rate.reset();
    onClose();
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!due) return;
    if (!rating) {
      setMissing(true);
      return;
    }
    rate.mutate(
      { hireId: due.hire.id, months: due.months as RatingMonths, input: { rating: Number(rating), note: note.trim() || null } },
      { onSuccess: close },
    );
  };

  const fieldError = (field: string) => (isApiProblem(rate.error) ? rate.error.fieldError(field) : undefined);
  const title = due ? t('insightsData.ratings.modalTitle', { name, months: due.months }) : '';
  return (
    <Modal opened={due !== null} onClose={close} title={title}>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('insightsData.ratings.modalIntro')}
          </Text>
          <Radio.Group
            label={t('insightsData.ratings.rating')}
            required
            value={rating}
            onChange={(value) => {
              setRating(value);
              setMissing(false);
            }}
            error={missing ? t('insightsData.ratings.ratingRequired') : fieldError('rating')}
          >
            <Stack gap={6} mt="xs">
              {SCORES.map((score) => (
                <Radio key={score} value={score} label={t(`insightsData.ratings.scale.${score}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('insightsData.ratings.note')}
            description={t('insightsData.ratings.noteHelp')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={fieldError('note')}
          />
          {rate.error && !fieldError('rating') && !fieldError('note') ? <FormAlert error={rate.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('insightsData.cancel')}
            </Button>
            <Button type="submit" loading={rate.isPending}>
              {t('insightsData.ratings.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
