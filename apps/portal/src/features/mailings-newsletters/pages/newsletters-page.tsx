import { Alert, Anchor, Button, Center, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
import { useCreateNewsletter } from '../api/create-newsletter';
import { useNewsletters } from '../api/list-newsletters';
import { KindBadge } from './kind-badge';
import { StatusBadge } from './status-badge';

/** HR: every newsletter, newest first, and a quick start for a new draft. */
export function NewslettersPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('mailingsNewsletters.list.title'));
  const newsletters = useNewsletters();
  const create = useCreateNewsletter();
  const navigate = useNavigate();
  const [name, setName] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    create.mutate({ name: name.trim() }, { onSuccess: (created) => navigate(`/newsletters/${created.id}`) });
  };
  const when = (value: string | null | undefined) => (value ? new Date(value).toLocaleString(i18n.language) : '—');

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('mailingsNewsletters.list.title')}</Title>
        <Text c="dimmed">{t('mailingsNewsletters.list.intro')}</Text>
      </Stack>
      <form onSubmit={submit} aria-label={t('mailingsNewsletters.list.new')}>
        <Group align="flex-end">
          <TextInput
            label={t('mailingsNewsletters.fields.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={200}
            required
          />
          <Button type="submit" loading={create.isPending}>
            {t('mailingsNewsletters.list.new')}
          </Button>
        </Group>
        {create.isError && (
          <Text c="red" size="sm" role="alert">
            {t(problemMessageKey(create.error))}
          </Text>
        )}
      </form>
      {newsletters.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : newsletters.isError ? (
        <Alert color="red" variant="light" title={t('mailingsNewsletters.list.loadFailed')} role="alert">
          <Text size="sm">{t(problemMessageKey(newsletters.error))}</Text>
        </Alert>
      ) : newsletters.data.length === 0 ? (
        <Text role="status">{t('mailingsNewsletters.list.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption>{t('mailingsNewsletters.list.caption', { count: newsletters.data.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('mailingsNewsletters.fields.name')}</Table.Th>
                <Table.Th scope="col">{t('mailingsNewsletters.fields.kind')}</Table.Th>
                <Table.Th scope="col">{t('mailingsNewsletters.fields.status')}</Table.Th>
                <Table.Th scope="col">{t('mailingsNewsletters.fields.when')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {newsletters.data.map((n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/newsletters/${n.id}`}>
                      {n.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <KindBadge kind={n.kind} />
                      {n.programmeName ? <Text size="sm">{n.programmeName}</Text> : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={n.status} />
                  </Table.Td>
                  <Table.Td>{when(n.finishedAt ?? n.startedAt ?? n.scheduledAt ?? n.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

