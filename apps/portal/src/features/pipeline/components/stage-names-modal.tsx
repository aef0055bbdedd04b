import { zodResolver } from '@hookform/resolvers/zod';
import type { StageNames } from '@kring/api-client';
import { OPEN_STAGES } from '@kring/shared-domain';
import { Button, Center, Fieldset, Group, Loader, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { fieldMessage } from '../../../lib/problems';
import { useStageNames } from '../api/get-stage-names';
import { type StageNamesFormValues, stageNamesSchema, useSetStageNames } from '../api/set-stage-names';

function formValues(names: StageNames): StageNamesFormValues {
  return { names: OPEN_STAGES.map((stage) => ({ stage, nameNl: names.nl[stage] ?? '', nameEn: names.en[stage] ?? '' })) };
}

function StageNamesForm({ names, onClose }: { names: StageNames; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSetStageNames();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<StageNamesFormValues>({ resolver: zodResolver(stageNamesSchema), defaultValues: formValues(names) });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    save.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('pipeline.stageNamesSaved') });
        onClose();
      },
      onError: setGeneralError,
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('pipeline.stageNamesTitle')}>
      <Stack gap="md">
        <Text size="sm">{t('pipeline.stageNamesIntro')}</Text>
        <FormAlert error={generalError} />
        {OPEN_STAGES.map((stage, index) => (
          <Fieldset key={stage} legend={t(`pipeline.stages.${stage}`)} variant="unstyled">
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <TextInput
                label={t('pipeline.stageNameNl')}
                required
                maxLength={40}
                error={fieldMessage(t, errors.names?.[index]?.nameNl?.message)}
                {...form.register(`names.${index}.nameNl`)}
              />
              <TextInput
                label={t('pipeline.stageNameEn')}
                required
                maxLength={40}
                error={fieldMessage(t, errors.names?.[index]?.nameEn?.message)}
                {...form.register(`names.${index}.nameEn`)}
              />
            </SimpleGrid>
          </Fieldset>
        ))}
        <Text size="sm" c="dimmed">
          {t('pipeline.outcomesFixed')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('pipeline.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('pipeline.stageNamesSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function StageNamesModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const names = useStageNames();
  return (
    <Modal opened={opened} onClose={onClose} title={t('pipeline.stageNamesTitle')} size="lg">
      {names.data ? (
        <StageNamesForm names={names.data} onClose={onClose} />
      ) : names.isError ? (
        <FormAlert error={names.error} />
      ) : (
        <Center py="md" role="status">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
    </Modal>
  );
}
