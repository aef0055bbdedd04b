import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Center, Group, Loader, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage, problemMessageKey } from '../../../lib/problems';
import { type CharityFormValues, charitySchema, useCreateCharity } from '../api/create-charity';
import { useCharities } from '../api/list-charities';
import { useUpdateCharity } from '../api/update-charity';

function AddCharityForm() {
  const { t } = useTranslation();
  const create = useCreateCharity();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<CharityFormValues>({ resolver: zodResolver(charitySchema), defaultValues: { name: '' } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    create.mutate(values, {
      onSuccess: (charity) => {
        notifications.show({ color: 'teal', message: t('charities.added', { name: charity.name }) });
        form.reset({ name: '' });
      },
      onError: (error) => {
        const placed = applyServerFieldErrors(error, ['name'] as const, form.setError);
        setGeneralError(placed ? null : error);
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('charities.addTitle')}>
      <Stack gap="xs">
        <FormAlert error={generalError} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('charities.name')}
            required
            style={{ flex: '1 1 16rem' }}
            error={fieldMessage(t, errors.name?.message)}
            {...form.register('name')}
          />
          <Button type="submit" mt={{ base: 0, xs: 25 }} loading={create.isPending}>
            {t('charities.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** HR: the charities referrers may donate a reward to. Deactivating hides one from referrers. */
export function CharitiesPanel() {
  const { t } = useTranslation();
  const charities = useCharities();
  const update = useUpdateCharity();

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('charities.intro')}
      </Text>
      <AddCharityForm />
      <FormAlert error={update.error} />
      {charities.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : charities.isError ? (
        <Alert color="red" variant="light" title={t('charities.loadFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(problemMessageKey(charities.error))}</Text>
            <Button size="xs" variant="light" onClick={() => void charities.refetch()}>
              {t('rewards.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : charities.data.length === 0 ? (
        <Text role="status">{t('charities.empty')}</Text>
      ) : (
        <Table striped verticalSpacing="sm">
          <Table.Caption>{t('charities.caption', { count: charities.data.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('charities.name')}</Table.Th>
              <Table.Th scope="col">{t('charities.status')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('ledger.columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {charities.data.map((charity) => (
              <Table.Tr key={charity.id}>
                <Table.Th scope="row" fw={500}>
                  {charity.name}
                </Table.Th>
                <Table.Td>
                  <Badge color={charity.active ? 'teal' : 'gray'} variant="light" radius="sm">
                    {t(charity.active ? 'charities.active' : 'charities.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color={charity.active ? 'red' : undefined}
                    loading={update.isPending && update.variables?.id === charity.id}
                    onClick={() => update.mutate({ id: charity.id, input: { active: !charity.active } })}
                    aria-label={t(charity.active ? 'charities.deactivateFor' : 'charities.activateFor', { name: charity.name })}
                  >
                    {t(charity.active ? 'charities.deactivate' : 'charities.activate')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
