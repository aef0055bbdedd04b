import type { ProgrammeStatus } from '@kring/api-client';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ProgrammeStatus, string> = { scheduled: 'blue', active: 'teal', ended: 'orange', archived: 'gray' };

export function ProgrammeStatusBadge({ status }: { status: ProgrammeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" autoContrast miw="fit-content" styles={{ label: { overflow: 'visible' } }}>
      {t(`programmes.statuses.${status}`)}
    </Badge>
  );
}
