import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RewardStatus } from '../api/list-my-rewards';

const COLORS: Record<RewardStatus, string> = { pending: 'yellow', approved: 'blue', paid: 'teal', cancelled: 'gray' };

export function RewardStatusBadge({ status }: { status: RewardStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm">
      {t(`rewards.statuses.${status}`)}
    </Badge>
  );
}
