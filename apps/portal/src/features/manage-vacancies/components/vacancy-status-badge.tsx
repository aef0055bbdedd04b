import type { VacancyStatus } from '@kring/shared-domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<VacancyStatus, string> = { draft: 'gray', open: 'teal', closed: 'red' };

export function VacancyStatusBadge({ status }: { status: VacancyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" autoContrast miw="fit-content" styles={{ label: { overflow: 'visible' } }}>
      {t(`manageVacancies.statuses.${status}`)}
    </Badge>
  );
}
