import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NewsletterSummary } from '../api/types';

const COLOURS: Record<NewsletterSummary['status'], string> = {
  draft: 'gray',
  scheduled: 'blue',
  sending: 'orange',
  sent: 'green',
  cancelled: 'red',
};

export function StatusBadge({ status }: { status: NewsletterSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light">
      {t(`mailingsNewsletters.status.${status}`)}
    </Badge>
  );
}
