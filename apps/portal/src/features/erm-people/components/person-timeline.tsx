import { Alert, Center, Loader, Pagination, Stack, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { problemMessageKey } from '../../../lib/problems';
import { TIMELINE_PAGE_SIZE, usePersonTimeline } from '../api/get-person-timeline';
import type { TimelineItem } from '../api/types';
import { phaseReasonText } from './phase-reason';

/** Touchpoint kinds that already say through which channel they happened ("Uitgenodigd voor evenement", not "… via Evenement"). */
const OWN_CHANNEL: Record<string, string> = {
  mail_sent: 'email',
  mail_opened: 'email',
  mail_clicked: 'email',
  event_invited: 'event',
  event_attended: 'event',
  job_alert_sent: 'job_alert',
  talent_pool_joined: 'talent_pool',
  preboarding_task_done: 'preboarding',
  match_invited: 'email',
};

function useDescribe() {
  const { t } = useTranslation();
  const phase = (value?: string | null) => (value ? t(`ermPeople.phases.${value}`) : t('ermPeople.timeline.unknown'));
  const name = (value?: string | null) => value ?? t('ermPeople.timeline.unknown');
  // Referral stages are translated in the pipeline's keys (nl.hr.json); an unknown stage stays readable as its code.
  const stage = (value?: string | null) => (value ? t(`pipeline.stages.${value}`, { defaultValue: value }) : t('ermPeople.timeline.unknown'));
  return (item: TimelineItem): string => {
    const d = item.details;
    switch (item.kind) {
      case 'phase_changed':
        return d.fromPhase ? t('ermPeople.timeline.phase_changed', { from: phase(d.fromPhase), to: phase(d.toPhase) }) : t('ermPeople.timeline.phase_started', { to: phase(d.toPhase) });
      case 'touchpoint': {
        const kind = t(`ermPeople.touchpointKinds.${d.touchpointKind}`);
        if (d.touchpointKind && OWN_CHANNEL[d.touchpointKind] === d.channel) return kind;
        return t('ermPeople.timeline.touchpoint', { kind, channel: t(`ermPeople.channels.${d.channel}`).toLocaleLowerCase() });
      }
      case 'referral_made':
        return t('ermPeople.timeline.referral_made', { name: name(d.counterpartName) });
      case 'referral_received':
        return t('ermPeople.timeline.referral_received', { name: name(d.counterpartName) });
      case 'referral_stage_changed':
        return d.fromStage
          ? t('ermPeople.timeline.referral_stage_changed', { from: stage(d.fromStage), to: stage(d.stage) })
          : t('ermPeople.timeline.referral_stage_started', { to: stage(d.stage) });
      case 'reward':
        return t('ermPeople.timeline.reward', {
          amount: new Intl.NumberFormat(undefined, { style: 'currency', currency: d.currency ?? 'EUR' }).format((d.amountCents ?? 0) / 100),
          status: d.rewardStatus ? t(`rewards.statuses.${d.rewardStatus}`, { defaultValue: d.rewardStatus }) : t('ermPeople.timeline.unknown'),
        });
      case 'points':
        return t('ermPeople.timeline.points', { count: d.points ?? 0 });
      case 'consent':
        return t('ermPeople.timeline.consent', { purpose: t(`ermPeople.purposes.${d.purpose}`), status: t(`ermPeople.consentStatuses.${d.consentStatus}`) });
    }
  };
}

/** One chronological list, newest first: phase changes, touchpoints, referrals, rewards and consents. */
export function PersonTimeline({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const timeline = usePersonTimeline(personId, page);
  const describe = useDescribe();

  if (timeline.isPending) {
    return (
      <Center py="md" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (timeline.isError) {
    return (
      <Alert color="red" variant="light" title={t('ermPeople.timeline.loadFailed')} role="alert">
        <Text size="sm">{t(problemMessageKey(timeline.error))}</Text>
      </Alert>
    );
  }
  const { items, total } = timeline.data;
  if (items.length === 0) return <Text size="sm">{t('ermPeople.timeline.empty')}</Text>;
  const pages = Math.max(1, Math.ceil(total / TIMELINE_PAGE_SIZE));
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('ermPeople.timeline.total', { count: total })}
      </Text>
      <Timeline bulletSize={14} lineWidth={2} aria-label={t('ermPeople.person.timeline')}>
        {items.map((item) => (
          <Timeline.Item key={`${item.kind}-${item.id}`} title={describe(item)}>
            <Text size="xs" c="dimmed">
              {formatDateTime(item.at)}
              {item.actorName ? ` · ${t('ermPeople.timeline.by', { name: item.actorName })}` : ''}
              {item.details.vacancyTitle ? ` · ${t('ermPeople.timeline.forVacancy', { title: item.details.vacancyTitle })}` : ''}
            </Text>
            {item.details.note ? <Text size="sm">{item.details.note}</Text> : null}
            {item.details.reason ? <Text size="sm">{phaseReasonText(t, item.details.cause, item.details.reason)}</Text> : null}
          </Timeline.Item>
        ))}
      </Timeline>
      {pages > 1 ? (
        <Pagination component="nav" aria-label={t('ermPeople.timeline.pagination')} total={pages} value={page} onChange={setPage} />
      ) : null}
    </Stack>
  );
}
