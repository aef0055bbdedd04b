import type { ReferralEvent } from '@kring/api-client';
import type { Stage } from '@kring/shared-domain';
import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useStageLabel } from './use-stage-label';

/** Every change, oldest first: who, when, from → to, and the note. */
export function ReferralHistory({ events }: { events: ReferralEvent[] }) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const label = (event: ReferralEvent, value: string) =>
    event.kind === 'stage' ? stageLabel(value as Stage) : t(`pipeline.consentStates.${value}`);

  if (events.length === 0) return <Text size="sm">{t('referral.noHistory')}</Text>;
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2}>
      {events.map((event, index) => (
        <Timeline.Item
          key={`${event.at}-${index}`}
          title={
            event.from
              ? t('referral.historyChange', { from: label(event, event.from), to: label(event, event.to) })
              : label(event, event.to)
          }
        >
          <Text size="xs" c="dimmed">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
            {' · '}
            {event.actorName ?? t(event.kind === 'consent' ? 'referral.byCandidate' : 'referral.bySystem')}
          </Text>
          {event.note ? (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {event.note}
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
