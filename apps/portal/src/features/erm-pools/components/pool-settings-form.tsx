import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { fieldMessage } from '../../../lib/problems';
import { placePoolProblem } from './place-pool-problem';
import { type CreateTalentPoolValues, createTalentPoolSchema } from '../api/create-talent-pool';
import type { TalentPool } from '../api/types';
import { useUpdateTalentPool } from '../api/update-talent-pool';

/** Rename, describe and show or hide a pool on the public form. */
export function PoolSettingsForm({ pool }: { pool: TalentPool }) {
  const { t } = useTranslation();
  const update = useUpdateTalentPool();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<CreateTalentPoolValues>({
    resolver: zodResolver(createTalentPoolSchema),
    values: { name: pool.name, description: pool.description, public: pool.public },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    update.mutate(
      { id: pool.id, name: values.name.trim(), description: values.description.trim(), public: values.public },
      { onError: (error) => setGeneralError(placePoolProblem(error, form.setError) ? null : error) },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('ermPools.detail.settings')}>
      <Stack gap="sm">
        <FormAlert error={generalError} />
        <TextInput label={t('ermPools.fields.name')} required error={fieldMessage(t, errors.name?.message)} {...form.register('name')} />
        <Textarea label={t('ermPools.fields.description')} autosize minRows={2} error={fieldMessage(t, errors.description?.message)} {...form.register('description')} />
        <Checkbox label={t('ermPools.fields.public')} description={t('ermPools.fields.publicHint')} {...form.register('public')} />
        <Group gap="sm">
          <Button type="submit" loading={update.isPending && update.variables?.archived === undefined}>
            {t('ermPools.detail.save')}
          </Button>
          <Button variant="light" color={pool.archivedAt ? 'teal' : 'gray'} onClick={() => update.mutate({ id: pool.id, archived: !pool.archivedAt })}>
            {t(pool.archivedAt ? 'ermPools.restore' : 'ermPools.archive')}
          </Button>
        </Group>
        {update.isSuccess ? (
          <Text role="status" size="sm" c="teal">
            {t('ermPools.detail.saved')}
          </Text>
        ) : null}
      </Stack>
    </form>
  );
}
