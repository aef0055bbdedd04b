import type { VacancySummary } from '@kring/api-client';
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { formatSalary } from './format-vacancy';
import { VacancyStatusBadge } from './vacancy-status-badge';

interface Props {
  vacancies: VacancySummary[];
  total: number;
}

export function VacanciesTable({ vacancies, total }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('manageVacancies.caption', { count: total })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('manageVacancies.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('manageVacancies.columns.department')}</Table.Th>
            <Table.Th scope="col">{t('manageVacancies.columns.employmentType')}</Table.Th>
            <Table.Th scope="col">{t('manageVacancies.columns.salary')}</Table.Th>
            <Table.Th scope="col">{t('manageVacancies.columns.hiringManager')}</Table.Th>
            <Table.Th scope="col">{t('manageVacancies.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('manageVacancies.columns.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {vacancies.map((vacancy) => (
            <Table.Tr key={vacancy.id}>
              <Table.Th scope="row" fw={500}>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={`/manage/vacancies/${vacancy.id}`}>
                    {vacancy.title}
                  </Anchor>
                  {vacancy.hardToFill ? (
                    <Badge color="orange" variant="light" size="sm" autoContrast miw="fit-content">
                      {t('manageVacancies.hardToFillBadge')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Th>
              <Table.Td>{[vacancy.department, vacancy.location].filter(Boolean).join(' · ') || '—'}</Table.Td>
              <Table.Td>{t(`manageVacancies.employmentTypes.${vacancy.employmentType}`)}</Table.Td>
              <Table.Td>{formatSalary(vacancy, t) ?? '—'}</Table.Td>
              <Table.Td>
                {vacancy.hiringManagerName ?? (
                  <Text span c="dimmed" size="sm">
                    {t('manageVacancies.noHiringManager')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <VacancyStatusBadge status={vacancy.status} />
              </Table.Td>
              <Table.Td>
                <time dateTime={vacancy.updatedAt}>{formatDateTime(vacancy.updatedAt)}</time>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
