import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HireSource } from '../api/types';

const COLORS: Record<HireSource, string> = { referral: 'grape', manual: 'blue', import: 'cyan' };

/** How a row got into Kring; referral rows say that the pipeline keeps them. */
export function SourceBadge({ source }: { source: HireSource }) {
  const { t } = useTranslation();
  const badge = (
    <Badge variant="light" color={COLORS[source]}>
      {t(`insightsData.sources.${source}`)}
    </Badge>
  );
  return source === 'referral' ? <Tooltip label={t('insightsData.fromPipeline')}>{badge}</Tooltip> : badge;
}
