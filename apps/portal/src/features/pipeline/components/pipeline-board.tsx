import type { ReferralSummary } from '@kring/api-client';
import { OPEN_STAGES, type OpenStage } from '@kring/shared-domain';
import { Alert, Badge, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralFilters } from '../api/keys';
import { useReferrals } from '../api/list-referrals';
import { problemMessageKey } from '../../../lib/problems';
import { ReferralCard } from './referral-card';
import { useStageLabel } from './use-stage-label';

/** Cards per column; the count in the header is the full number, the table shows the rest. */
const CARDS_PER_COLUMN = 50;

type BoardFilters = Omit<ReferralFilters, 'stage' | 'page' | 'pageSize'>;

interface ColumnProps {
  stage: OpenStage;
  filters: BoardFilters;
  now: number;
  onMove: (referral: ReferralSummary) => void;
}

function BoardColumn({ stage, filters, now, onMove }: ColumnProps) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const referrals = useReferrals({ ...filters, stage, page: 1, pageSize: CARDS_PER_COLUMN });
  const headingId = `board-column-${stage}`;
  // countsByStage ignores the stage filter, so any column's answer has every column's count.
  const count = referrals.data?.countsByStage[stage] ?? 0;
  const shown = referrals.data?.items.length ?? 0;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs" p="xs" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h5" id={headingId}>
          {stageLabel(stage)}
        </Title>
        <Badge variant="filled" color="gray.7" aria-label={t('pipeline.columnCount', { count })}>
          {count}
        </Badge>
      </Group>
      {referrals.isPending ? (
        <Center py="md" role="status">
          <Loader size="sm" aria-label={t('app.loading')} />
        </Center>
      ) : referrals.isError ? (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm">{t(problemMessageKey(referrals.error))}</Text>
        </Alert>
      ) : shown === 0 ? (
        <Text size="sm" c="dimmed">
          {t('pipeline.columnEmpty')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {referrals.data.items.map((referral) => (
            <li key={referral.id}>
              <ReferralCard referral={referral} now={now} onMove={onMove} />
            </li>
          ))}
        </Stack>
      )}
      {count > shown && shown > 0 ? (
        <Text size="xs" c="dimmed">
          {t('pipeline.moreInTable', { count: count - shown })}
        </Text>
      ) : null}
    </Stack>
  );
}

interface Props {
  filters: BoardFilters;
  onMove: (referral: ReferralSummary) => void;
}

/** The open stages side by side; on a narrow screen they stack. Moving is by button, so it works by keyboard. */
export function PipelineBoard({ filters, onMove }: Props) {
  const [now] = useState(() => Date.now());
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      {OPEN_STAGES.map((stage) => (
        <BoardColumn key={stage} stage={stage} filters={filters} now={now} onMove={onMove} />
      ))}
    </SimpleGrid>
  );
}
