import { Alert, Button, Center, Group, Loader, Pagination, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CharitiesPanel } from '../../features/charities/components/charities-panel';
import { RewardTotals } from '../../features/my-rewards/components/reward-totals';
import { Leaderboard } from '../../features/points/components/leaderboard';
import { PointsSettingsPanel } from '../../features/points/components/points-settings-panel';
import { useProgrammes } from '../../features/programmes/api/list-programmes';
import { APPROVE_REWARDS_MAX, type ApproveRewardsOutput, useApproveRewards } from '../../features/reward-ledger/api/approve-rewards';
import { type LedgerReward, REWARD_LEDGER_PAGE_SIZE, useRewardLedger } from '../../features/reward-ledger/api/list-reward-ledger';
import { CancelRewardModal } from '../../features/reward-ledger/components/cancel-reward-modal';
import { ExportModal } from '../../features/reward-ledger/components/export-modal';
import { type FilterOption, type LedgerFilterValues, LedgerFilters } from '../../features/reward-ledger/components/ledger-filters';
import { LedgerTable } from '../../features/reward-ledger/components/ledger-table';
import { PayrollExportsTable } from '../../features/reward-ledger/components/payroll-exports-table';
import { RewardProblemAlert } from '../../features/my-rewards/components/reward-problems';
import { useUsers } from '../../features/users/api/list-users';
import { problemMessageKey } from '../../lib/problems';
import { usePageTitle } from '../../lib/use-page-title';

type View = 'ledger' | 'exports' | 'charities' | 'points' | 'leaderboard';

function useFilterOptions(): { programmes: FilterOption[]; referrers: FilterOption[] } {
  const programmes = useProgrammes({ page: 1 });
  const users = useUsers({ page: 1 });
  return {
    programmes: (programmes.data?.items ?? []).map((programme) => ({ value: programme.id, label: programme.name })),
    referrers: (users.data?.items ?? []).map((user) => ({ value: user.id, label: `${user.firstName} ${user.lastName}` })),
  };
}

function LedgerView({ filters }: { filters: LedgerFilterValues }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [toCancel, setToCancel] = useState<LedgerReward | null>(null);
  const [result, setResult] = useState<ApproveRewardsOutput | null>(null);
  const ledger = useRewardLedger({ ...filters, page });
  const approve = useApproveRewards();
  const pages = ledger.data ? Math.max(1, Math.ceil(ledger.data.total / REWARD_LEDGER_PAGE_SIZE)) : 1;

  const approveSelected = () => {
    setResult(null);
    approve.mutate([...selected], {
      onSuccess: (outcome) => {
        setResult(outcome);
        setSelected([]);
      },
    });
  };

  return (
    <Stack gap="md">
      {ledger.data ? <RewardTotals totals={ledger.data.totals} label={t('ledger.totals')} /> : null}
      <Group gap="sm" wrap="wrap">
        <Button
          disabled={selected.length === 0 || selected.length > APPROVE_REWARDS_MAX}
          loading={approve.isPending}
          onClick={approveSelected}
        >
          {t('ledger.approve', { count: selected.length })}
        </Button>
        {selected.length > APPROVE_REWARDS_MAX ? (
          <Text size="sm" c="red.8">
            {t('ledger.approveTooMany', { max: APPROVE_REWARDS_MAX })}
          </Text>
        ) : null}
      </Group>
      <RewardProblemAlert error={approve.error} />
      {result ? (
        <Alert color={result.skipped.length ? 'yellow' : 'teal'} variant="light" role="status" withCloseButton onClose={() => setResult(null)}>
          <Text size="sm">
            {t('ledger.approved', { count: result.approved.length })}{' '}
            {result.skipped.length ? t('ledger.skipped', { count: result.skipped.length }) : ''}
          </Text>
        </Alert>
      ) : null}
      {ledger.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : ledger.isError ? (
        <Alert color="red" variant="light" title={t('ledger.loadFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(problemMessageKey(ledger.error))}</Text>
            <Button size="xs" variant="light" onClick={() => void ledger.refetch()}>
              {t('rewards.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : ledger.data.items.length === 0 ? (
        <Text role="status">{t('ledger.empty')}</Text>
      ) : (
        <>
          <LedgerTable
            rewards={ledger.data.items}
            total={ledger.data.total}
            selected={selected}
            onSelectedChange={setSelected}
            onCancel={setToCancel}
          />
          {pages > 1 ? (
            <Pagination
              component="nav"
              aria-label={t('ledger.pagination')}
              total={pages}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': t(`users.paginationControls.${control}`) })}
            />
          ) : null}
        </>
      )}
      <CancelRewardModal reward={toCancel} onClose={() => setToCancel(null)} />
    </Stack>
  );
}

export function RewardLedgerPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('ledger');
  const [filters, setFilters] = useState<LedgerFilterValues>({});
  const [exportOpened, setExportOpened] = useState(false);
  const options = useFilterOptions();
  usePageTitle(t('ledger.title'));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{t('ledger.title')}</Title>
          <Text c="dimmed">{t('ledger.intro')}</Text>
        </Stack>
        <Button onClick={() => setExportOpened(true)}>{t('ledger.export.open')}</Button>
      </Group>

      <Tabs value={view} onChange={(value) => setView((value as View | null) ?? 'ledger')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="ledger">{t('ledger.views.ledger')}</Tabs.Tab>
          <Tabs.Tab value="exports">{t('ledger.views.exports')}</Tabs.Tab>
          <Tabs.Tab value="charities">{t('ledger.views.charities')}</Tabs.Tab>
          <Tabs.Tab value="points">{t('ledger.views.points')}</Tabs.Tab>
          <Tabs.Tab value="leaderboard">{t('ledger.views.leaderboard')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="ledger" pt="md">
          <Stack gap="md">
            <LedgerFilters
              values={filters}
              onChange={setFilters}
              programmeOptions={options.programmes}
              referrerOptions={options.referrers}
            />
            <LedgerView key={JSON.stringify(filters)} filters={filters} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="exports" pt="md">
          <PayrollExportsTable />
        </Tabs.Panel>
        <Tabs.Panel value="charities" pt="md">
          <CharitiesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="points" pt="md">
          <PointsSettingsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="leaderboard" pt="md">
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('ledger.leaderboardIntro')}
            </Text>
            <Leaderboard />
          </Stack>
        </Tabs.Panel>
      </Tabs>

      <ExportModal opened={exportOpened} onClose={() => setExportOpened(false)} />
    </Stack>
  );
}
