import '@mantine/charts/styles.css';
import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { formatCalendarDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/use-page-title';
import { FilterBar } from '../components/filter-bar';
import { KpiCard } from '../components/kpi-card';
import { KPI_CATALOGUE } from '../lib/kpi-catalogue';
import { useKpiLabels } from '../lib/labels';
import { addDays, amsterdamToday, daysIn, type DashboardFilters, filtersFromSearchParams, filtersToSearchParams, kpiQuery } from '../lib/period';

/** HR's dashboard: every KPI for the chosen period against the period of equal length before it. */
export function InsightsDashboardPage() {
  const { t } = useKpiLabels();
  usePageTitle(t('insightsDashboard.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const today = useMemo(() => amsterdamToday(), []);
  const search = searchParams.toString();
  const filters = useMemo(() => filtersFromSearchParams(new URLSearchParams(search)), [search]);
  const query = useMemo(() => kpiQuery(filters, today), [filters, today]);
  const previousTo = addDays(query.from, -1);
  const previousFrom = addDays(previousTo, 1 - daysIn(query.from, query.to));
  const onChange = (next: DashboardFilters) => setSearchParams(filtersToSearchParams(next));

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('insightsDashboard.title')}</Title>
        <Text c="dimmed">{t('insightsDashboard.intro')}</Text>
      </div>
      <FilterBar filters={filters} period={query} onChange={onChange} />
      <Text size="sm" aria-live="polite">
        {t('insightsDashboard.periodSummary', {
          from: formatCalendarDate(query.from),
          to: formatCalendarDate(query.to),
          previousFrom: formatCalendarDate(previousFrom),
          previousTo: formatCalendarDate(previousTo),
        })}
      </Text>
      {KPI_CATALOGUE.map((spec) => (
        <KpiCard key={spec.name} spec={spec} query={query} />
      ))}
    </Stack>
  );
}
