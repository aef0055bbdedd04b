import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NewsletterKind } from '../api/types';

/** Newsletter (to a segment) or activation mail (to a programme's referrers). */
export function KindBadge({ kind }: { kind: NewsletterKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kind === 'activation' ? 'grape' : 'gray'} variant="outline">
      {t(`mailingsNewsletters.kinds.${kind}`)}
    </Badge>
  );
}
