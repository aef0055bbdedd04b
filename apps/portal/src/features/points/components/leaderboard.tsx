import { Alert, Badge, Button, Center, Group, Loader, NativeSelect, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { FormAlert } from '../../../lib/form-alert';
import { problemMessageKey } from '../../../lib/problems';
import { useOpenVacancies } from '../../open-vacancies/api/list-open-vacancies';
import { useMyPoints } from '../api/get-my-points';
import { type LeaderboardEntry, useLeaderboard } from '../api/get-leaderboard';
import { useSetMyRecognition } from '../api/set-my-recognition';
import { LEADERBOARD_PERIODS, type LeaderboardPeriod, periodFrom } from './leaderboard-period';

/** Programmes and departments a referrer can pick: those of the open vacancies they see. */
function useFilterOptions() {
  const vacancies = useOpenVacancies({ page: 1 });
  const items = vacancies.data?.items ?? [];
  const programmes = new Map(items.map((vacancy) => [vacancy.programme.id, vacancy.programme.name]));
  const departments = [...new Set(items.map((vacancy) => vacancy.department).filter((value): value is string => Boolean(value)))];
  return {
    programmes: [...programmes].map(([value, label]) => ({ value, label })),
    departments: departments.sort().map((value) => ({ value, label: value })),
  };
}

function OptInSwitch() {
  const { t } = useTranslation();
  const points = useMyPoints();
  const recognition = useSetMyRecognition();
  return (
    <Stack gap="xs">
      <Switch
        label={t('points.optIn')}
        description={t('points.optInHelp')}
        checked={points.data?.leaderboardOptIn ?? false}
        disabled={!points.data || recognition.isPending}
        onChange={(event) => recognition.mutate({ leaderboardOptIn: event.currentTarget.checked })}
      />
      <FormAlert error={recognition.error} />
    </Stack>
  );
}

function EntryName({ entry }: { entry: LeaderboardEntry }) {
  const { t } = useTranslation();
  // Whoever did not opt in is never named: the API sends null and we show nothing identifying.
  const name = entry.name ?? t('points.anonymous');
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" fw={entry.isYou ? 700 : undefined} c={entry.name ? undefined : 'dimmed'}>
        {name}
      </Text>
      {entry.isYou ? (
        <Badge size="sm" variant="light" radius="sm">
          {t('points.you')}
        </Badge>
      ) : null}
    </Group>
  );
}

/** The opt-in leaderboard for a period, per programme or department. */
export function Leaderboard() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<LeaderboardPeriod>('month');
  const [programmeId, setProgrammeId] = useState('');
  const [department, setDepartment] = useState('');
  const options = useFilterOptions();
  const board = useLeaderboard({ from: periodFrom(period), programmeId: programmeId || undefined, department: department || undefined });
  const youListed = board.data?.items.some((entry) => entry.isYou) ?? false;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="leaderboard-title">
      <Stack gap="md">
        <Title order={3} size="h4" id="leaderboard-title">
          {t('points.leaderboard')}
        </Title>
        <OptInSwitch />
        <Group component="search" aria-label={t('points.filters')} gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('points.period')}
            value={period}
            onChange={(event) => setPeriod(event.currentTarget.value as LeaderboardPeriod)}
            data={LEADERBOARD_PERIODS.map((value) => ({ value, label: t(`points.periods.${value}`) }))}
            style={{ flex: '1 1 9rem' }}
          />
          <NativeSelect
            label={t('points.programme')}
            value={programmeId}
            onChange={(event) => setProgrammeId(event.currentTarget.value)}
            data={[{ value: '', label: t('points.allProgrammes') }, ...options.programmes]}
            style={{ flex: '1 1 11rem' }}
          />
          <NativeSelect
            label={t('points.department')}
            value={department}
            onChange={(event) => setDepartment(event.currentTarget.value)}
            data={[{ value: '', label: t('points.allDepartments') }, ...options.departments]}
            style={{ flex: '1 1 11rem' }}
          />
        </Group>
        {board.isPending ? (
          <Center py="md" role="status" aria-live="polite">
            <Loader aria-label={t('app.loading')} />
          </Center>
        ) : board.isError ? (
          <Alert color="red" variant="light" title={t('points.leaderboardFailed')} role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t(problemMessageKey(board.error))}</Text>
              <Button size="xs" variant="light" onClick={() => void board.refetch()}>
                {t('rewards.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : board.data.items.length === 0 ? (
          <Text size="sm" role="status">
            {t('points.leaderboardEmpty')}
          </Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Caption>{t('points.leaderboardCaption', { count: board.data.participants })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={64}>
                  {t('points.rank')}
                </Table.Th>
                <Table.Th scope="col">{t('points.name')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('points.points')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...board.data.items, ...(board.data.you && !youListed ? [board.data.you] : [])].map((entry, index) => (
                <Table.Tr key={`${entry.rank}:${index}`} aria-current={entry.isYou ? 'true' : undefined}>
                  <Table.Td>{formatNumber(entry.rank)}</Table.Td>
                  <Table.Th scope="row" fw={400}>
                    <EntryName entry={entry} />
                  </Table.Th>
                  <Table.Td ta="right">{formatNumber(entry.points)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
