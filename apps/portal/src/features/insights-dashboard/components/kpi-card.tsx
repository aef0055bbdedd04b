import { Alert, Button, Card, Center, Code, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { problemMessageKey } from '../../../lib/problems';
import type { KpiOutput, KpiPeriod, KpiQuery, KpiTable as KpiTableData } from '../api/types';
import type { KpiSpec } from '../lib/kpi-catalogue';
import { useKpiLabels } from '../lib/labels';
import { FigureStat } from './figure-stat';
import { KpiChart } from './kpi-chart';
import { KpiTable } from './kpi-table';
import { MissingData } from './missing-data';

/** Tables with at most this many columns fit beside their chart. */
const SIDE_BY_SIDE_COLUMNS = 3;

/** One KPI: its own request, so a slow or failing KPI never blanks the others. */
export function KpiCard({ spec, query }: { spec: KpiSpec; query: KpiQuery }) {
  const { t } = useKpiLabels();
  const result = spec.useKpi(query);
  const headingId = useId();
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={headingId}>
            {t(`insightsDashboard.kpis.${spec.id}.title`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`insightsDashboard.kpis.${spec.id}.description`)}
          </Text>
        </div>
        {result.isPending ? (
          <Center py="xl" role="status" aria-live="polite">
            <Loader size="sm" aria-label={t('insightsDashboard.loading', { title: t(`insightsDashboard.kpis.${spec.id}.title`) })} />
          </Center>
        ) : result.isError ? (
          <Alert color="red" variant="light" role="alert" title={t('insightsDashboard.loadFailed')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t(problemMessageKey(result.error))}</Text>
              <Button size="xs" variant="light" onClick={() => void result.refetch()}>
                {t('insightsDashboard.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <KpiBody spec={spec} output={result.data} />
        )}
      </Stack>
    </Card>
  );
}

function KpiBody({ spec, output }: { spec: KpiSpec; output: KpiOutput }) {
  const { t } = useKpiLabels();
  const headline = spec.headline;
  const figures = headline ? output.figures.filter((f) => headline.includes(f.key)) : output.figures;
  const formula = output.formula ? t(`insightsDashboard.kpis.${spec.id}.formula`, { defaultValue: '' }) : '';
  const showFormula = output.formula !== null && spec.name === 'roi';
  return (
    <Stack gap="md">
      {output.ignoredFilters.length ? (
        <Alert color="gray" variant="light" role="note">
          <Text size="sm">
            {t('insightsDashboard.ignoredFilters', {
              filters: output.ignoredFilters.map((f) => t(`insightsDashboard.filters.${f}`)).join(t('insightsDashboard.and')),
              count: output.ignoredFilters.length,
            })}
          </Text>
        </Alert>
      ) : null}
      <MissingData codes={output.missing} />
      {figures.length || showFormula ? (
        <Group align="stretch" gap="md" wrap="wrap">
          <SimpleGrid cols={{ base: 1, xs: 2, md: Math.min(showFormula ? 3 : 4, Math.max(1, figures.length)) }} spacing="sm" style={{ flex: '3 1 24rem' }}>
            {figures.map((figure) => (
              <FigureStat key={figure.key} kpiId={spec.id} figure={figure} />
            ))}
          </SimpleGrid>
          {showFormula ? (
            <Card withBorder bg="gray.0" padding="sm" style={{ flex: '1 1 18rem' }} component="section" aria-label={t('insightsDashboard.formula')}>
              <Text size="sm" fw={600}>
                {t('insightsDashboard.formula')}
              </Text>
              {formula ? <Text size="sm">{formula}</Text> : null}
              <Code block mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                {output.formula}
              </Code>
            </Card>
          ) : null}
        </Group>
      ) : null}
      {!showFormula && formula ? (
        <Text size="xs" c="dimmed">
          {t('insightsDashboard.computedAs', { formula })}
        </Text>
      ) : null}
      {output.tables.map((table) => (
        <KpiTableSection key={table.key} spec={spec} table={table} period={output.period} />
      ))}
    </Stack>
  );
}

function KpiTableSection({ spec, table, period }: { spec: KpiSpec; table: KpiTableData; period: KpiPeriod }) {
  const { t } = useKpiLabels();
  const titleId = useId();
  const tableSpec = spec.tables[table.key] ?? { rowKind: 'named' as const };
  const title = t(`insightsDashboard.kpis.${spec.id}.tables.${table.key}`, { defaultValue: table.key });
  return (
    <Stack gap="xs">
      <Title order={3} size="h5" id={titleId}>
        {title}
      </Title>
      {table.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('insightsDashboard.noRows')}
        </Text>
      ) : (
        // Narrow tables sit beside their chart on wide screens; wider ones go under it, so neither has to scroll.
        <SimpleGrid cols={{ base: 1, lg: tableSpec.chart && table.columns.length <= SIDE_BY_SIDE_COLUMNS ? 2 : 1 }} spacing="lg">
          {tableSpec.chart ? <KpiChart kpiId={spec.id} table={table} chart={tableSpec.chart} rowKind={tableSpec.rowKind} title={title} /> : null}
          <KpiTable
            kpiName={spec.name}
            kpiId={spec.id}
            table={table}
            rowKind={tableSpec.rowKind}
            period={period}
            titleId={titleId}
            title={title}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
