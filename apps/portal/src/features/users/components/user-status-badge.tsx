import type { UserStatus } from '@kring/api-client';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<UserStatus, string> = { invited: 'blue', active: 'teal', deactivated: 'gray' };

export function UserStatusBadge({ status }: { status: UserStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" autoContrast miw="fit-content" styles={{ label: { overflow: 'visible' } }}>
      {t(`users.statuses.${status}`)}
    </Badge>
  );
}
