import type { EngagementLevel, Phase } from '@kring/shared-domain';
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';

const PHASE_COLOURS: Record<Phase, string> = {
  information: 'gray',
  relation: 'blue',
  orientation: 'cyan',
  entry: 'teal',
  employment: 'green',
  exit: 'grape',
};

/** Badges are short labels: never cut them off ("OR…", "EN…"), a table column grows to fit them instead. */
export const FULL_BADGE_STYLES = { root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } } as const;

const ENGAGEMENT_COLOURS: Record<EngagementLevel, string> = { none: 'gray', low: 'yellow', moderate: 'orange', high: 'green' };

export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return (
    <Badge color={PHASE_COLOURS[phase]} variant="light" radius="sm" styles={FULL_BADGE_STYLES}>
      {t(`ermPeople.phases.${phase}`)}
    </Badge>
  );
}

export function EngagementBadge({ level, score }: { level: EngagementLevel; score: number }) {
  const { t } = useTranslation();
  const label = t('ermPeople.engagement.label', { level: t(`ermPeople.engagement.${level}`), score });
  return (
    <Badge color={ENGAGEMENT_COLOURS[level]} variant="dot" radius="sm" aria-label={label} title={label} styles={FULL_BADGE_STYLES}>
      {t(`ermPeople.engagement.${level}`)}
    </Badge>
  );
}

/** A former employee who came back. */
export function BoomerangMark({ since }: { since: string }) {
  const { t } = useTranslation();
  const label = t('ermPeople.boomerangSince', { date: formatDate(since) });
  return (
    <Tooltip label={label}>
      <Badge color="violet" variant="outline" radius="sm" aria-label={label} styles={FULL_BADGE_STYLES}>
        ↩ {t('ermPeople.boomerang')}
      </Badge>
    </Tooltip>
  );
}
