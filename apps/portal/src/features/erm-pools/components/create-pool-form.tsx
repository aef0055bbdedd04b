import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { fieldMessage } from '../../../lib/problems';
import { placePoolProblem } from './place-pool-problem';
import { type CreateTalentPoolValues, createTalentPoolSchema, useCreateTalentPool } from '../api/create-talent-pool';

/** A new pool: name (unique), description, and whether the public form offers it. */
export function CreatePoolForm() {
  const { t } = useTranslation();
  const create = useCreateTalentPool();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<CreateTalentPoolValues>({ resolver: zodResolver(createTalentPoolSchema), defaultValues: { name: '', description: '', public: false } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    create.mutate(
      { name: values.name.trim(), description: values.description.trim(), public: values.public },
      {
        onSuccess: () => form.reset(),
        onError: (error) => setGeneralError(placePoolProblem(error, form.setError) ? null : error),
      },
    );
  });

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate aria-labelledby="new-pool-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-pool-title">
            {t('ermPools.list.newTitle')}
          </Title>
          <FormAlert error={generalError} />
          <TextInput label={t('ermPools.fields.name')} required error={fieldMessage(t, errors.name?.message)} {...form.register('name')} />
          <Textarea label={t('ermPools.fields.description')} autosize minRows={2} error={fieldMessage(t, errors.description?.message)} {...form.register('description')} />
          <Checkbox label={t('ermPools.fields.public')} description={t('ermPools.fields.publicHint')} {...form.register('public')} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('ermPools.list.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
