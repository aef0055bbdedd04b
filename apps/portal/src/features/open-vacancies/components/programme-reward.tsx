import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';

interface Props {
  rewardSummary: string;
  /** Set for a time-boxed referral action. */
  endsAt: string | null;
}

/** What a referrer earns, and until when a referral action runs. */
export function ProgrammeReward({ rewardSummary, endsAt }: Props) {
  const { t } = useTranslation();
  if (!rewardSummary && !endsAt) return null;
  return (
    <Group gap="xs" wrap="wrap">
      {rewardSummary ? (
        <Text size="sm" fw={600} c="teal.9">
          {t('openVacancies.reward', { reward: rewardSummary })}
        </Text>
      ) : null}
      {endsAt ? (
        <Badge color="orange" variant="light" autoContrast styles={{ label: { overflow: 'visible' } }}>
          <time dateTime={endsAt}>{t('openVacancies.actionUntil', { date: formatDate(endsAt, { length: 'long' }) })}</time>
        </Badge>
      ) : null}
    </Group>
  );
}
