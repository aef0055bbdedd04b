import type { BulkRejectOutput, ReferralSummary } from '@kring/api-client';
import { Alert, Button, Center, Group, Loader, Pagination, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVacancies } from '../../features/manage-vacancies/api/list-vacancies';
import { BULK_REJECT_MAX } from '../../features/pipeline/api/bulk-reject-referrals';
import { REFERRALS_PAGE_SIZE, useReferrals } from '../../features/pipeline/api/list-referrals';
import { BulkRejectModal } from '../../features/pipeline/components/bulk-reject-modal';
import { MoveReferralModal } from '../../features/pipeline/components/move-referral-modal';
import { PipelineBoard } from '../../features/pipeline/components/pipeline-board';
import {
  type FilterOption,
  type PipelineFilterValues,
  PipelineFilters,
} from '../../features/pipeline/components/pipeline-filters';
import { ReferralsTable } from '../../features/pipeline/components/referrals-table';
import { RefusedReferralsTable } from '../../features/pipeline/components/refused-referrals-table';
import { StageNamesModal } from '../../features/pipeline/components/stage-names-modal';
import { useProgrammes } from '../../features/programmes/api/list-programmes';
import { problemMessageKey } from '../../lib/problems';
import { usePageTitle } from '../../lib/use-page-title';

type View = 'board' | 'table' | 'refused';

function useFilterOptions(): { vacancies: FilterOption[]; programmes: FilterOption[] } {
  const vacancies = useVacancies({ page: 1, pageSize: 100 });
  const programmes = useProgrammes({ page: 1 });
  return {
    vacancies: (vacancies.data?.items ?? []).map((vacancy) => ({ value: vacancy.id, label: vacancy.title })),
    programmes: (programmes.data?.items ?? []).map((programme) => ({ value: programme.id, label: programme.name })),
  };
}

function TableView({ filters }: { filters: Omit<PipelineFilterValues, 'search'> & { q?: string } }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [rejectOpened, setRejectOpened] = useState(false);
  const [result, setResult] = useState<BulkRejectOutput | null>(null);
  const referrals = useReferrals({ ...filters, page });
  const pages = referrals.data ? Math.max(1, Math.ceil(referrals.data.total / REFERRALS_PAGE_SIZE)) : 1;

  return (
    <Stack gap="md">
      <Group gap="sm" wrap="wrap">
        <Button
          color="red"
          variant="light"
          disabled={selected.length === 0 || selected.length > BULK_REJECT_MAX}
          onClick={() => {
            setResult(null);
            setRejectOpened(true);
          }}
        >
          {t('pipeline.bulkReject', { count: selected.length })}
        </Button>
        {selected.length > BULK_REJECT_MAX ? (
          <Text size="sm" c="red.8">
            {t('pipeline.bulkRejectTooMany', { max: BULK_REJECT_MAX })}
          </Text>
        ) : null}
      </Group>
      {result ? (
        <Alert color={result.skipped.length ? 'yellow' : 'teal'} variant="light" role="status" withCloseButton onClose={() => setResult(null)}>
          <Text size="sm">
            {t('pipeline.bulkRejected', { count: result.rejected.length })}{' '}
            {result.skipped.length ? t('pipeline.bulkSkipped', { count: result.skipped.length }) : ''}
          </Text>
        </Alert>
      ) : null}
      {referrals.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : referrals.isError ? (
        <Alert color="red" variant="light" title={t('pipeline.loadFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(problemMessageKey(referrals.error))}</Text>
            <Button size="xs" variant="light" onClick={() => void referrals.refetch()}>
              {t('pipeline.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : referrals.data.items.length === 0 ? (
        <Text role="status">{t('pipeline.empty')}</Text>
      ) : (
        <>
          <ReferralsTable referrals={referrals.data.items} total={referrals.data.total} selected={selected} onSelectedChange={setSelected} />
          {pages > 1 ? (
            <Pagination
              component="nav"
              aria-label={t('pipeline.pagination')}
              total={pages}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': t(`users.paginationControls.${control}`) })}
            />
          ) : null}
        </>
      )}
      <BulkRejectModal
        ids={selected}
        opened={rejectOpened}
        onClose={() => setRejectOpened(false)}
        onDone={(outcome) => {
          setResult(outcome);
          setSelected([]);
        }}
      />
    </Stack>
  );
}

export function PipelinePage() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('board');
  const [filters, setFilters] = useState<PipelineFilterValues>({ search: '' });
  const [debouncedSearch] = useDebouncedValue(filters.search.trim(), 300);
  const [toMove, setToMove] = useState<ReferralSummary | null>(null);
  const [stageNamesOpened, setStageNamesOpened] = useState(false);
  const options = useFilterOptions();
  usePageTitle(t('pipeline.title'));

  const { search: _search, stage, ...shared } = filters;
  const queryFilters = { ...shared, q: debouncedSearch || undefined };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{t('pipeline.title')}</Title>
          <Text c="dimmed">{t('pipeline.intro')}</Text>
        </Stack>
        <Button variant="default" onClick={() => setStageNamesOpened(true)}>
          {t('pipeline.stageNames')}
        </Button>
      </Group>

      <Tabs value={view} onChange={(value) => setView((value as View | null) ?? 'board')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="board">{t('pipeline.views.board')}</Tabs.Tab>
          <Tabs.Tab value="table">{t('pipeline.views.table')}</Tabs.Tab>
          <Tabs.Tab value="refused">{t('pipeline.views.refused')}</Tabs.Tab>
        </Tabs.List>

        {view !== 'refused' ? (
          <Stack mt="md">
            <PipelineFilters
              values={filters}
              onChange={setFilters}
              vacancyOptions={options.vacancies}
              programmeOptions={options.programmes}
              showStage={view === 'table'}
            />
          </Stack>
        ) : null}

        <Tabs.Panel value="board" pt="md">
          <PipelineBoard filters={queryFilters} onMove={setToMove} />
        </Tabs.Panel>
        <Tabs.Panel value="table" pt="md">
          <TableView key={JSON.stringify({ ...queryFilters, stage })} filters={{ ...queryFilters, stage }} />
        </Tabs.Panel>
        <Tabs.Panel value="refused" pt="md">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('pipeline.refusedIntro')}
            </Text>
            <RefusedReferralsTable />
          </Stack>
        </Tabs.Panel>
      </Tabs>

      <MoveReferralModal referral={toMove} onClose={() => setToMove(null)} />
      <StageNamesModal opened={stageNamesOpened} onClose={() => setStageNamesOpened(false)} />
    </Stack>
  );
}
