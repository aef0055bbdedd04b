import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Marks a referral HR made from Search & Match (source 'match'): HR's own sourcing, not a colleague's referral. */
export function MatchSourceBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="grape" variant="light" size="sm" miw="fit-content">
      {t('match.refer.source')}
    </Badge>
  );
}
