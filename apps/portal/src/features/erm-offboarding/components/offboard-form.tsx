import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { offboardingSchema, type OffboardingFormValues, useCreateOffboarding } from '../api/create-offboarding';
import { OFFBOARDING_REASONS, type Employee, type Offboarding } from '../api/types';
import { useUpdateOffboarding } from '../api/update-offboarding';
import { isOffboardingProblem, offboardingProblem } from './offboarding-problem';

const FIELDS = ['leavingDate', 'reason', 'eligibleForRehire', 'note', 'privateEmail'] as const;

interface Props {
  employee: Employee;
  onDone: (offboarding: Offboarding) => void;
  onCancel: () => void;
}

/** Records (or changes) that an employee leaves: leaving date, reason, eligible for rehire, note. */
export function OffboardForm({ employee, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const existing = employee.offboarding;
  const create = useCreateOffboarding();
  const update = useUpdateOffboarding();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<OffboardingFormValues>({
    resolver: zodResolver(offboardingSchema),
    defaultValues: {
      leavingDate: existing?.leavingDate ?? '',
      reason: existing?.reason ?? ('' as OffboardingFormValues['reason']),
      eligibleForRehire: existing?.eligibleForRehire ?? true,
      note: existing?.note ?? '',
      privateEmail: existing?.privateEmail ?? '',
    },
  });
  const { errors } = form.formState;
  const message = (value: string | undefined) => fieldMessage(t, value);
  const pending = create.isPending || update.isPending;

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    const input = { leavingDate: values.leavingDate, reason: values.reason, eligibleForRehire: values.eligibleForRehire, note: values.note || null, privateEmail: values.privateEmail.trim() || null };
    const handlers = {
      onSuccess: (offboarding: Offboarding) => {
        const key = offboarding.status === 'completed' ? 'ermOffboarding.offboard.done' : 'ermOffboarding.offboard.scheduled';
        notifications.show({ color: 'teal', message: t(key, { name: employee.name }) });
        onDone(offboarding);
      },
      onError: (error: unknown) => setGeneralError(!isOffboardingProblem(error) && applyServerFieldErrors(error, FIELDS, form.setError) ? null : error),
    };
    if (existing) update.mutate({ id: existing.id, input }, handlers);
    else create.mutate({ personId: employee.personId, ...input }, handlers);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('ermOffboarding.offboard.formLabel', { name: employee.name })}>
      <Stack gap="sm">
        {generalError ? offboardingProblem(t, generalError) ?? <FormAlert error={generalError} /> : null}
        <TextInput
          type="date"
          label={t('ermOffboarding.offboard.leavingDate')}
          description={t('ermOffboarding.offboard.leavingDateHelp')}
          required
          error={message(errors.leavingDate?.message)}
          {...form.register('leavingDate')}
        />
        <NativeSelect
          label={t('ermOffboarding.offboard.reason')}
          required
          data={[{ value: '', label: t('ermOffboarding.offboard.chooseReason') }, ...OFFBOARDING_REASONS.map((value) => ({ value, label: t(`ermOffboarding.reasons.${value}`) }))]}
          error={message(errors.reason?.message)}
          {...form.register('reason')}
        />
        <TextInput
          type="email"
          label={t('ermOffboarding.offboard.privateEmail')}
          description={t('ermOffboarding.offboard.privateEmailHelp')}
          autoComplete="off"
          error={message(errors.privateEmail?.message)}
          {...form.register('privateEmail')}
        />
        <Checkbox label={t('ermOffboarding.offboard.eligibleForRehire')} {...form.register('eligibleForRehire')} />
        <Textarea label={t('ermOffboarding.offboard.note')} autosize minRows={2} maxRows={6} error={message(errors.note?.message)} {...form.register('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('ermOffboarding.cancel')}
          </Button>
          <Button type="submit" color="red" loading={pending}>
            {existing ? t('ermOffboarding.offboard.save') : t('ermOffboarding.offboard.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
