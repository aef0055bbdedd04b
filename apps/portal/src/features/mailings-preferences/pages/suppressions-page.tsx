import { Alert, Button, Center, Group, Loader, Pagination, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { FormAlert } from '../../../lib/form-alert';
import { problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
import { useAddMailSuppression } from '../api/add-mail-suppression';
import { SUPPRESSIONS_PAGE_SIZE, useMailSuppressions } from '../api/list-mail-suppressions';
import { useRemoveMailSuppression } from '../api/remove-mail-suppression';

/** HR's suppression list: addresses no bulk mail goes to (bounces, complaints, by hand); add and lift. */
export function SuppressionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('mailingsPreferences.suppressions.title'));
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const list = useMailSuppressions(page, debounced);
  const add = useAddMailSuppression();
  const remove = useRemoveMailSuppression();
  const [email, setEmail] = useState('');
  const [detail, setDetail] = useState('');
  const lastPage = Math.max(1, Math.ceil((list.data?.total ?? 0) / SUPPRESSIONS_PAGE_SIZE));

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('mailingsPreferences.suppressions.title')}</Title>
        <Text c="dimmed">{t('mailingsPreferences.suppressions.intro')}</Text>
      </div>
      <Paper withBorder p="md">
        <form
          noValidate
          aria-label={t('mailingsPreferences.suppressions.addTitle')}
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate({ email: email.trim(), ...(detail.trim() ? { detail: detail.trim() } : {}) }, { onSuccess: () => (setEmail(''), setDetail('')) });
          }}
        >
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('mailingsPreferences.suppressions.addTitle')}
            </Title>
            <Group align="flex-end" wrap="wrap">
              <TextInput type="email" required label={t('mailingsPreferences.suppressions.email')} value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
              <TextInput label={t('mailingsPreferences.suppressions.detail')} value={detail} onChange={(e) => setDetail(e.currentTarget.value)} />
              <Button type="submit" loading={add.isPending} disabled={!email.trim()}>
                {t('mailingsPreferences.suppressions.add')}
              </Button>
            </Group>
            <FormAlert error={add.error} />
          </Stack>
        </form>
      </Paper>
      <TextInput
        label={t('mailingsPreferences.suppressions.search')}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          setPage(1);
        }}
      />
      <FormAlert error={remove.error} />
      {list.isPending ? (
        <Center py="md" role="status" aria-live="polite">
          <Loader aria-label={t('mailingsPreferences.loading')} />
        </Center>
      ) : list.isError ? (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm">{t(problemMessageKey(list.error))}</Text>
        </Alert>
      ) : list.data.items.length === 0 ? (
        <Text role="status">{t('mailingsPreferences.suppressions.empty')}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label={t('mailingsPreferences.suppressions.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('mailingsPreferences.suppressions.email')}</Table.Th>
                  <Table.Th>{t('mailingsPreferences.suppressions.reason')}</Table.Th>
                  <Table.Th>{t('mailingsPreferences.suppressions.since')}</Table.Th>
                  <Table.Th>{t('mailingsPreferences.suppressions.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((item) => (
                  <Table.Tr key={item.email}>
                    <Table.Td>{item.email}</Table.Td>
                    <Table.Td>
                      {t(`mailingsPreferences.suppressions.reasons.${item.reason}`)}
                      {item.detail ? (
                        <Text size="xs" c="dimmed">
                          {item.detail}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{formatDate(item.createdAt)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={remove.isPending && remove.variables === item.email}
                        onClick={() => remove.mutate(item.email)}
                        aria-label={t('mailingsPreferences.suppressions.removeNamed', { email: item.email })}
                      >
                        {t('mailingsPreferences.suppressions.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.data.total > SUPPRESSIONS_PAGE_SIZE ? (
            <Group justify="center">
              <Pagination total={lastPage} value={Math.min(page, lastPage)} onChange={setPage} aria-label={t('mailingsPreferences.suppressions.pages')} />
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}
