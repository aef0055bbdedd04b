import { Alert, Button, Center, Group, Loader, Pagination, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { myReferralKeys } from '../../features/my-referrals/api/keys';
import { OPEN_VACANCIES_PAGE_SIZE, useOpenVacancies } from '../../features/open-vacancies/api/list-open-vacancies';
import { OpenVacancyCard } from '../../features/open-vacancies/components/open-vacancy-card';
import { OpenVacancyFilters, type OpenVacancyFilterValues } from '../../features/open-vacancies/components/open-vacancy-filters';
import { ReferModal } from '../../features/refer/components/refer-modal';
import { problemMessageKey } from '../../lib/problems';
import { usePageTitle } from '../../lib/use-page-title';

const NO_FILTERS: OpenVacancyFilterValues = { search: '', location: '', department: '', employmentType: '' };

function distinct(values: (string | null)[], selected: string): string[] {
  return [...new Set([...values, selected].filter((value): value is string => Boolean(value)))].sort((a, b) => a.localeCompare(b));
}

export function VacanciesPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [referOpened, setReferOpened] = useState(false);
  const [search] = useDebouncedValue(filters.search.trim(), 300);
  const vacancies = useOpenVacancies({
    q: search || undefined,
    location: filters.location || undefined,
    department: filters.department || undefined,
    employmentType: filters.employmentType || undefined,
    page,
  });
  usePageTitle(t('openVacancies.title'));

  const items = useMemo(() => vacancies.data?.items ?? [], [vacancies.data]);
  const locations = useMemo(() => distinct(items.map((v) => v.location), filters.location), [items, filters.location]);
  const departments = useMemo(() => distinct(items.map((v) => v.department), filters.department), [items, filters.department]);
  const pages = vacancies.data ? Math.max(1, Math.ceil(vacancies.data.total / OPEN_VACANCIES_PAGE_SIZE)) : 1;
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} maw={640}>
          <Title order={1}>{t('openVacancies.title')}</Title>
          <Text c="dimmed">{t('openVacancies.intro')}</Text>
        </Stack>
        <Button variant="light" onClick={() => setReferOpened(true)}>
          {t('openVacancies.generalReferral')}
        </Button>
      </Group>

      <OpenVacancyFilters
        values={filters}
        locations={locations}
        departments={departments}
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
        <Alert color="red" variant="light" title={t('openVacancies.loadFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(problemMessageKey(vacancies.error))}</Text>
            <Button size="xs" variant="light" onClick={() => void vacancies.refetch()}>
              {t('openVacancies.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : items.length === 0 ? (
        <Stack gap="sm" align="flex-start" role="status">
          <Text fw={600}>{filtered ? t('openVacancies.emptyFiltered') : t('openVacancies.empty')}</Text>
          <Text>{t('openVacancies.emptyHint')}</Text>
          <Group gap="sm">
            {filtered ? (
              <Button variant="default" onClick={() => setFilters(NO_FILTERS)}>
                {t('openVacancies.clearFilters')}
              </Button>
            ) : null}
            <Button onClick={() => setReferOpened(true)}>{t('openVacancies.generalReferral')}</Button>
          </Group>
        </Stack>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('openVacancies.count', { count: vacancies.data.total })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {items.map((vacancy) => (
              <OpenVacancyCard key={vacancy.id} vacancy={vacancy} />
            ))}
          </SimpleGrid>
          {pages > 1 ? (
            <Pagination
              component="nav"
              aria-label={t('openVacancies.pagination')}
              total={pages}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': t(`users.paginationControls.${control}`) })}
            />
          ) : null}
        </>
      )}

      <ReferModal opened={referOpened} onClose={() => setReferOpened(false)} vacancy={null} invalidates={[myReferralKeys.lists()]} />
    </Stack>
  );
}
