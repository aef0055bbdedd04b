import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeStatus } from '../api/types';

const COLORS: Record<ProgrammeStatus, string> = { scheduled: 'blue', active: 'teal', ended: 'orange', archived: 'gray' };

export function ProgrammeStatusBadge({ status }: { status: ProgrammeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" autoContrast miw="fit-content" styles={{ label: { overflow: 'visible' } }}>
      {t(`programmes.statuses.${status}`)}
    </Badge>
  );
}
