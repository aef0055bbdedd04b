import { zodResolver } from '@hookform/resolvers/zod';
import { isApiProblem, type MoveReferralInput } from '@kring/api-client';
import { type Stage, STAGES } from '@kring/shared-domain';
import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { MOVE_REFERRAL_FIELDS, type MoveReferralFormValues, moveReferralSchema, useMoveReferral } from '../api/move-referral';
import { ShareReasonSwitch } from './share-reason-switch';
import { useStageLabel } from './use-stage-label';

const DEFAULTS: MoveReferralFormValues = {
  stage: '',
  note: '',
  startDate: '',
  probationMonths: '',
  rejectionReason: '',
  rejectionReasonShareable: false,
};

interface Props {
  referralId: string;
  candidateName: string;
  currentStage: Stage;
  onMoved?: () => void;
  onCancel?: () => void;
}

/** Moves a consented referral to another stage: a Select and a note; hiring and rejecting ask for more. */
export function MoveReferralForm({ referralId, candidateName, currentStage, onMoved, onCancel }: Props) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const move = useMoveReferral();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<MoveReferralFormValues, unknown, MoveReferralInput>({
    resolver: zodResolver(moveReferralSchema),
    defaultValues: DEFAULTS,
  });
  const { errors } = form.formState;
  const stage = useWatch({ control: form.control, name: 'stage' });
  const message = (value: string | undefined) => fieldMessage(t, value);

  const onSubmit = form.handleSubmit((input) => {
    setGeneralError(null);
    move.mutate(
      { id: referralId, input },
      {
        onSuccess: (referral) => {
          notifications.show({ color: 'teal', message: t('pipeline.moved', { name: candidateName, stage: stageLabel(referral.stage) }) });
          form.reset(DEFAULTS);
          onMoved?.();
        },
        onError: (error) => {
          // A refused move (not consented, already closed) is about the referral, not about a field.
          const placed =
            !(isApiProblem(error) && error.code === 'invalid_stage_change') &&
            applyServerFieldErrors(error, MOVE_REFERRAL_FIELDS, form.setError);
          setGeneralError(placed ? null : error);
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('pipeline.moveFormLabel', { name: candidateName })}>
      <Stack gap="sm">
        <FormAlert error={generalError} />
        <NativeSelect
          label={t('pipeline.fields.stage')}
          required
          data={[
            { value: '', label: t('pipeline.chooseStage') },
            ...STAGES.filter((value) => value !== currentStage).map((value) => ({ value, label: stageLabel(value) })),
          ]}
          error={message(errors.stage?.message)}
          {...form.register('stage')}
        />
        {stage === 'hired' ? (
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t('pipeline.fields.startDate')}
              required
              error={message(errors.startDate?.message)}
              {...form.register('startDate')}
            />
            <Controller
              control={form.control}
              name="probationMonths"
              render={({ field }) => (
                <NumberInput
                  ref={field.ref}
                  name={field.name}
                  label={t('pipeline.fields.probationMonths')}
                  description={t('pipeline.probationHelp')}
                  required
                  min={0}
                  max={24}
                  allowDecimal={false}
                  allowNegative={false}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={message(errors.probationMonths?.message)}
                />
              )}
            />
          </SimpleGrid>
        ) : null}
        {stage === 'rejected' ? (
          <>
            <Textarea
              label={t('pipeline.fields.rejectionReason')}
              required
              autosize
              minRows={2}
              maxRows={8}
              error={message(errors.rejectionReason?.message)}
              {...form.register('rejectionReason')}
            />
            <ShareReasonSwitch control={form.control} name="rejectionReasonShareable" />
          </>
        ) : null}
        <Textarea
          label={t('pipeline.fields.note')}
          description={t('pipeline.noteHelp')}
          autosize
          minRows={2}
          maxRows={8}
          error={message(errors.note?.message)}
          {...form.register('note')}
        />
        <Group justify="flex-end" gap="sm">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('pipeline.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={move.isPending}>
            {t('pipeline.moveSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
