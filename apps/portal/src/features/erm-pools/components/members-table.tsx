import { Alert, Anchor, Button, Center, Group, Loader, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { FormAlert } from '../../../lib/form-alert';
import { problemMessageKey } from '../../../lib/problems';
import { MEMBERS_PAGE_SIZE, useTalentPoolMembers } from '../api/list-talent-pool-members';
import { useRemoveTalentPoolMember } from '../api/remove-talent-pool-member';

/** The people in a pool, newest first, with search, paging and removal. */
export function MembersTable({ poolId }: { poolId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const members = useTalentPoolMembers(poolId, { page, q: debounced || undefined });
  const remove = useRemoveTalentPoolMember();
  const total = members.data?.total;
  const lastPage = Math.max(1, Math.ceil((total ?? 0) / MEMBERS_PAGE_SIZE));
  // Removing the last member of the last page leaves that page empty: go back to the page that now is the last.
  const pastTheEnd = total !== undefined && !members.isPlaceholderData && page > lastPage;
  if (pastTheEnd) setPage(lastPage); // state adjusted while rendering (React re-renders at once, before painting)

  return (
    <Stack gap="sm" component="section" aria-labelledby="members-title">
      <Title order={2} size="h4" id="members-title">
        {t('ermPools.detail.membersTitle')}
      </Title>
      <TextInput
        label={t('ermPools.detail.searchMembers')}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          setPage(1);
        }}
      />
      <FormAlert error={remove.error} />
      {members.isPending || pastTheEnd ? (
        <Center py="md" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : members.isError ? (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm">{t(problemMessageKey(members.error))}</Text>
        </Alert>
      ) : members.data.items.length === 0 ? (
        <Text role="status">{t('ermPools.detail.noMembers')}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ermPools.detail.columns.name')}</Table.Th>
                  <Table.Th>{t('ermPools.detail.columns.phase')}</Table.Th>
                  <Table.Th>{t('ermPools.detail.columns.joined')}</Table.Th>
                  <Table.Th>{t('ermPools.detail.columns.consentUntil')}</Table.Th>
                  <Table.Th>{t('ermPools.list.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data.items.map((member) => (
                  <Table.Tr key={member.personId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/people/${member.personId}`}>
                        {member.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {member.email ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`ermPools.phases.${member.phase}`)}</Table.Td>
                    <Table.Td>
                      {formatDate(member.joinedAt)}
                      <Text size="xs" c="dimmed">
                        {t(`ermPools.sources.${member.source}`, { defaultValue: member.source })}
                      </Text>
                    </Table.Td>
                    <Table.Td>{member.consentExpiresAt ? formatDate(member.consentExpiresAt) : t('ermPools.detail.noConsent')}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={remove.isPending && remove.variables?.personId === member.personId}
                        onClick={() => remove.mutate({ id: poolId, personId: member.personId })}
                        aria-label={t('ermPools.detail.removeNamed', { name: member.name })}
                      >
                        {t('ermPools.detail.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {members.data.total > MEMBERS_PAGE_SIZE ? (
            <Group justify="center">
              <Pagination total={lastPage} value={page} onChange={setPage} aria-label={t('ermPools.detail.pages')} />
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}
