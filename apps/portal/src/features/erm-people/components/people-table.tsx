import { Anchor, Checkbox, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../api/types';
import { BoomerangMark, EngagementBadge, PhaseBadge } from './badges';

interface Props {
  people: Person[];
  total: number;
  /** Without a selection the table has no checkboxes. */
  selection?: { selected: readonly string[]; onChange: (ids: string[]) => void };
}

export const fullName = (person: Pick<Person, 'firstName' | 'lastName'>) => `${person.firstName} ${person.lastName}`.trim();

export function PeopleTable({ people, total, selection }: Props) {
  const { t } = useTranslation();
  const pageIds = people.map((person) => person.id);
  const selected = selection?.selected ?? [];
  const selectedOnPage = pageIds.filter((id) => selected.includes(id));
  const all = selectedOnPage.length === pageIds.length && pageIds.length > 0;
  const toggleAll = () =>
    selection?.onChange(all ? selected.filter((id) => !pageIds.includes(id)) : [...new Set([...selected, ...pageIds])]);
  const toggle = (id: string) =>
    selection?.onChange(selected.includes(id) ? selected.filter((value) => value !== id) : [...selected, id]);

  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('ermPeople.people.caption', { count: total })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {selection ? (
              <Table.Th scope="col" w={40}>
                <Checkbox
                  aria-label={t('ermPeople.people.selectAll')}
                  checked={all}
                  indeterminate={selectedOnPage.length > 0 && !all}
                  onChange={toggleAll}
                />
              </Table.Th>
            ) : null}
            <Table.Th scope="col">{t('ermPeople.people.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('ermPeople.people.columns.email')}</Table.Th>
            <Table.Th scope="col">{t('ermPeople.people.columns.phase')}</Table.Th>
            <Table.Th scope="col">{t('ermPeople.people.columns.engagement')}</Table.Th>
            <Table.Th scope="col">{t('ermPeople.people.columns.location')}</Table.Th>
            <Table.Th scope="col">{t('ermPeople.people.columns.tags')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => {
            const name = fullName(person) || t('ermPeople.people.noName');
            return (
              <Table.Tr key={person.id}>
                {selection ? (
                  <Table.Td>
                    <Checkbox
                      aria-label={t('ermPeople.people.select', { name })}
                      checked={selected.includes(person.id)}
                      onChange={() => toggle(person.id)}
                    />
                  </Table.Td>
                ) : null}
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={`/people/${person.id}`}>
                      {name}
                    </Anchor>
                    {person.boomerangAt ? <BoomerangMark since={person.boomerangAt} /> : null}
                  </Group>
                  {person.functionTitle ? (
                    <Text size="xs" c="dimmed">
                      {person.functionTitle}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{person.email ?? '—'}</Table.Td>
                <Table.Td>
                  <PhaseBadge phase={person.phase} />
                </Table.Td>
                <Table.Td>
                  <EngagementBadge level={person.engagementLevel} score={person.engagementScore} />
                </Table.Td>
                <Table.Td>{person.location ?? '—'}</Table.Td>
                <Table.Td>{person.tags.join(', ') || '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
