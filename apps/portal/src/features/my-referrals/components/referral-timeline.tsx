import type { MyReferral, MyReferralEvent } from '@kring/api-client';
import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';

interface Props {
  referral: MyReferral;
}

function describe(t: (key: string, options?: Record<string, unknown>) => string, event: MyReferralEvent, referral: MyReferral) {
  if (event.kind === 'consent') return t(`myReferrals.consentEvents.${event.to}`, { defaultValue: event.to });
  // The stage names in the timeline are codes; the organisation's name is only known for the current stage.
  const name = event.to === referral.stage ? referral.stageName : t(`myReferrals.stages.${event.to}`, { defaultValue: event.to });
  return t('myReferrals.stageEvent', { stage: name });
}

/** Every step of a referral, oldest first, with its date in Dutch time. */
export function ReferralTimeline({ referral }: Props) {
  const { t } = useTranslation();
  const events = [...referral.timeline].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Timeline active={events.length} bulletSize={14} lineWidth={2} aria-label={t('myReferrals.timeline')}>
      <Timeline.Item title={t('myReferrals.submitted')}>
        <Text size="xs" c="dimmed">
          <time dateTime={referral.createdAt}>{formatDateTime(referral.createdAt)}</time>
        </Text>
      </Timeline.Item>
      {events.map((event) => (
        <Timeline.Item key={`${event.kind}-${event.to}-${event.at}`} title={describe(t, event, referral)}>
          <Text size="xs" c="dimmed">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
