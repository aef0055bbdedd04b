import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format';

interface Props {
  rewardSummary: string;
  /** Set for a time-boxed referral action. */
  endsAt: string | null;
}

/** What a referrer earns, and until when a referral action runs. */
export function ProgrammeReward({ rewardSummary, endsAt }: Props) {
  const { t, i18n } = useTranslation();
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
          <time dateTime={endsAt}>{t('openVacancies.actionUntil', { date: formatDate(endsAt, i18n.language) })}</time>
        </Badge>
      ) : null}
    </Group>
  );
}
