import type { Programme } from '@kring/api-client';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { ProgrammeStatusBadge } from './programme-status-badge';

interface Props {
  programmes: Programme[];
  total: number;
}

export function ProgrammesTable({ programmes, total }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('programmes.caption', { count: total })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('programmes.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('programmes.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('programmes.columns.audiences')}</Table.Th>
            <Table.Th scope="col">{t('programmes.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('programmes.columns.ends')}</Table.Th>
            <Table.Th scope="col">{t('programmes.columns.vacancies')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programmes.map((programme) => (
            <Table.Tr key={programme.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/manage/programmes/${programme.id}`}>
                  {programme.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(`programmes.kinds.${programme.kind}`)}</Table.Td>
              <Table.Td>{programme.audiences.map((audience) => t(`programmes.audiences.${audience}`)).join(', ')}</Table.Td>
              <Table.Td>
                <ProgrammeStatusBadge status={programme.status} />
              </Table.Td>
              <Table.Td>
                {programme.endsAt ? (
                  <Text span size="sm">
                    {t('programmes.actionEnds')}{' '}
                    <time dateTime={programme.endsAt}>{formatDateTime(programme.endsAt)}</time>
                  </Text>
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('programmes.ongoing')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {programme.vacancyScope === 'all_open'
                  ? t('programmes.vacancyScopes.all_open')
                  : t('programmes.selectedCount', { count: programme.vacancyIds.length })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
