import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import type { Erasure } from '../api/erase-person-data';
import { useExportPersonData } from '../api/export-person-data';
import { usePersonName } from '../api/get-person-name';
import { ErasePersonModal } from './erase-person-modal';

interface Props {
  personId: string;
  /** Called after a successful erasure (e.g. to leave the person's page, which no longer exists). */
  onErased?: (erasure: Erasure) => void;
}

/** HR's privacy actions for one person (GDPR/AVG art. 15, 17, 20): export everything as JSON, or erase it. */
export function PersonPrivacyPanel({ personId, onErased }: Props) {
  const { t } = useTranslation();
  const name = usePersonName(personId);
  const download = useExportPersonData();
  const [confirming, setConfirming] = useState(false);
  const [erasure, setErasure] = useState<Erasure | null>(null);

  const exportData = () =>
    download.mutate(personId, { onSuccess: (fileName) => notifications.show({ color: 'teal', message: t('ermPrivacy.export.done', { fileName }) }) });
  const erased = (result: Erasure) => {
    setConfirming(false);
    setErasure(result);
    onErased?.(result);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="person-privacy-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="person-privacy-title">
          {t('ermPrivacy.title')}
        </Title>
        {erasure ? (
          <Alert color="teal" variant="light" role="status" title={t('ermPrivacy.erase.doneTitle')}>
            <Text size="sm">{t(`ermPrivacy.erase.done.${erasure.outcome}`)}</Text>
          </Alert>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('ermPrivacy.intro')}
            </Text>
            <FormAlert error={download.error} />
            <Group gap="sm">
              <Button variant="default" onClick={exportData} loading={download.isPending}>
                {t('ermPrivacy.export.button')}
              </Button>
              <Button color="red" variant="outline" onClick={() => setConfirming(true)} disabled={!name.data}>
                {t('ermPrivacy.erase.button')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
      {name.data ? (
        <ErasePersonModal personId={personId} personName={name.data} opened={confirming} onClose={() => setConfirming(false)} onErased={erased} />
      ) : null}
    </Paper>
  );
}
