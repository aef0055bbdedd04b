import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { useAddTalentPoolMembers } from '../api/add-talent-pool-members';
import { useSearchPeople } from '../api/search-people';

/** Find people by name or email and add them to the pool one by one. */
export function AddMembers({ poolId, disabled }: { poolId: string; disabled: boolean }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const people = useSearchPeople(debounced);
  const add = useAddTalentPoolMembers();

  return (
    <Stack gap="sm" component="section" aria-labelledby="add-members-title">
      <Title order={2} size="h4" id="add-members-title">
        {t('ermPools.detail.addTitle')}
      </Title>
      {disabled ? <Text size="sm">{t('ermPools.detail.archivedHint')}</Text> : null}
      <TextInput label={t('ermPools.detail.searchPeople')} value={q} onChange={(event) => setQ(event.currentTarget.value)} disabled={disabled} />
      <FormAlert error={add.error} />
      {add.isSuccess ? (
        <Text size="sm" role="status" c="teal">
          {t('ermPools.detail.added', { count: add.data.added })}
        </Text>
      ) : null}
      {people.data && debounced.trim().length >= 2 ? (
        people.data.length === 0 ? (
          <Text size="sm" role="status">
            {t('ermPools.detail.noPeople')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table>
              <Table.Tbody>
                {people.data.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      {`${person.firstName} ${person.lastName}`.trim()}
                      <Text size="xs" c="dimmed">
                        {person.email ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`ermPools.phases.${person.phase}`)}</Table.Td>
                    <Table.Td>
                      <Group justify="flex-end">
                        <Button
                          size="xs"
                          disabled={disabled}
                          loading={add.isPending && add.variables?.personIds[0] === person.id}
                          onClick={() => add.mutate({ id: poolId, personIds: [person.id] })}
                          aria-label={t('ermPools.detail.addNamed', { name: `${person.firstName} ${person.lastName}`.trim() })}
                        >
                          {t('ermPools.detail.add')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      ) : null}
    </Stack>
  );
}
