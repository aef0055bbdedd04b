import { Alert, Anchor, Button, Center, Group, Loader, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
import { useCreateNewsletter } from '../api/create-newsletter';
import { useActivationProgramme } from '../api/get-activation-programme';
import { useNewsletters } from '../api/list-newsletters';
import { StatusBadge } from './status-badge';

/**
 * HR: a new activation mail for a programme (`/newsletters/new?programmeId=…`, linked from the programme), and the
 * programme's earlier activation mails. The mail goes to the programme's eligible referrers, each with their own
 * share links; the text is written in the composer like a newsletter.
 */
export function NewActivationPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('mailingsNewsletters.activation.title'));
  const [params] = useSearchParams();
  const programmeId = params.get('programmeId') ?? '';
  const programme = useActivationProgramme(programmeId);
  const earlier = useNewsletters({ programmeId: programmeId || undefined, kind: 'activation' });
  const create = useCreateNewsletter();
  const navigate = useNavigate();
  const [name, setName] = useState('');

  if (!programmeId) {
    return (
      <Alert color="orange" variant="light" role="alert">
        {t('mailingsNewsletters.activation.noProgramme')}
      </Alert>
    );
  }
  if (programme.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (programme.isError) {
    return (
      <Alert color="red" variant="light" title={t('mailingsNewsletters.activation.programmeFailed')} role="alert">
        <Text size="sm">{t(problemMessageKey(programme.error))}</Text>
      </Alert>
    );
  }
  const closed = programme.data.status === 'archived' || programme.data.status === 'ended';
  const defaultName = t('mailingsNewsletters.activation.defaultName', { programme: programme.data.name });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: (name.trim() || defaultName).slice(0, 200), programmeId }, { onSuccess: (created) => navigate(`/newsletters/${created.id}`) });
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/newsletters">
        {t('mailingsNewsletters.detail.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('mailingsNewsletters.activation.title')}</Title>
        <Text>{t('mailingsNewsletters.activation.for', { programme: programme.data.name })}</Text>
        <Text c="dimmed">{t('mailingsNewsletters.activation.intro')}</Text>
      </Stack>
      {closed ? (
        <Alert color="orange" variant="light" role="alert">
          {t('problems.activation_programme_closed')}
        </Alert>
      ) : (
        <Paper withBorder p="md">
          <form onSubmit={submit} aria-label={t('mailingsNewsletters.activation.create')}>
            <Group align="flex-end">
              <TextInput
                label={t('mailingsNewsletters.fields.name')}
                placeholder={defaultName}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                maxLength={200}
              />
              <Button type="submit" loading={create.isPending}>
                {t('mailingsNewsletters.activation.create')}
              </Button>
            </Group>
            {create.isError && (
              <Text c="red" size="sm" role="alert">
                {t(problemMessageKey(create.error))}
              </Text>
            )}
          </form>
        </Paper>
      )}
      {earlier.data && earlier.data.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('mailingsNewsletters.activation.earlier')}
          </Title>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('mailingsNewsletters.fields.name')}</Table.Th>
                <Table.Th scope="col">{t('mailingsNewsletters.fields.status')}</Table.Th>
                <Table.Th scope="col">{t('mailingsNewsletters.fields.when')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {earlier.data.map((n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/newsletters/${n.id}`}>
                      {n.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={n.status} />
                  </Table.Td>
                  <Table.Td>{new Date(n.finishedAt ?? n.startedAt ?? n.scheduledAt ?? n.createdAt).toLocaleString(i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
