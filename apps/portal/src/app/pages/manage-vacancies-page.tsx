import { Alert, Button, Center, Group, Loader, Pagination, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useVacancies, VACANCIES_PAGE_SIZE } from '../../features/manage-vacancies/api/list-vacancies';
import { VacanciesTable } from '../../features/manage-vacancies/components/vacancies-table';
import { type VacancyFilterValues, VacancyFilters } from '../../features/manage-vacancies/components/vacancy-filters';
import { problemMessageKey } from '../../lib/problems';
import { usePageTitle } from '../../lib/use-page-title';

export function ManageVacanciesPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<VacancyFilterValues>({ search: '' });
  const [page, setPage] = useState(1);
  const [debouncedSearch] = useDebouncedValue(filters.search.trim(), 300);
  const vacancies = useVacancies({
    status: filters.status,
    employmentType: filters.employmentType,
    hardToFill: filters.hardToFill,
    q: debouncedSearch || undefined,
    page,
  });
  usePageTitle(t('manageVacancies.title'));

  const pages = vacancies.data ? Math.max(1, Math.ceil(vacancies.data.total / VACANCIES_PAGE_SIZE)) : 1;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{t('manageVacancies.title')}</Title>
          <Text c="dimmed">{t('manageVacancies.intro')}</Text>
        </Stack>
        <Button component={Link} to="/manage/vacancies/new">
          {t('manageVacancies.new')}
        </Button>
      </Group>

      <VacancyFilters
        values={filters}
        onChange={(values) => {
          setFilters(values);
          setPage(1);
        }}
      />

      {vacancies.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : vacancies.isError ? (
        <Alert color="red" variant="light" title={t('manageVacancies.loadFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(problemMessageKey(vacancies.error))}</Text>
            <Button size="xs" variant="light" onClick={() => void vacancies.refetch()}>
              {t('manageVacancies.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : vacancies.data.items.length === 0 ? (
        <Text role="status">{t('manageVacancies.empty')}</Text>
      ) : (
        <>
          <VacanciesTable vacancies={vacancies.data.items} total={vacancies.data.total} />
          {pages > 1 ? (
            <Pagination
              component="nav"
              aria-label={t('manageVacancies.pagination')}
              total={pages}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': t(`users.paginationControls.${control}`) })}
            />
          ) : null}
        </>
      )}
    </Stack>
  );
}
