import type { MyReferral } from '@kring/api-client';
import { Blockquote, Button, Card, Collapse, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { StageBadge } from '../../../components/stage-badge';
import { formatDate } from '../../../lib/format';
import { ConsentStateBadge } from './consent-state-badge';
import { ReferralTimeline } from './referral-timeline';

/** One referral: who, for what, where it stands, and (on request) how it got there. */
export function MyReferralCard({ referral }: { referral: MyReferral }) {
  const { t } = useTranslation();
  const [expanded, { toggle }] = useDisclosure(false);
  const name = referral.candidateName ?? t('myReferrals.erasedCandidate');
  const timelineId = `timeline-${referral.id}`;
  const titleId = `referral-${referral.id}`;
  const erased = referral.consentState === 'declined' || referral.consentState === 'expired';

  return (
    <Card component="article" withBorder radius="md" padding="md" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} miw={0}>
            <Title order={2} size="h4" id={titleId} fs={referral.candidateName ? undefined : 'italic'}>
              {name}
            </Title>
            <Text size="sm" c="dimmed">
              {referral.vacancy ? referral.vacancy.name : t('myReferrals.generalReferral')}
              {' · '}
              {t('myReferrals.referredOn', { date: formatDate(referral.createdAt) })}
            </Text>
          </Stack>
          <Group gap={6}>
            {erased ? null : <StageBadge stage={referral.stage} name={referral.stageName} variant="filled" />}
            <ConsentStateBadge state={referral.consentState} />
          </Group>
        </Group>
        <Text size="sm">{t(`myReferrals.consentExplanations.${referral.consentState}`)}</Text>
        {referral.rejectionReason ? (
          <Blockquote color="gray" p="sm">
            <Text size="sm" fw={600} component="span" display="block">
              {t('myReferrals.rejectionReason')}
            </Text>
            <Text size="sm" component="span">
              {referral.rejectionReason}
            </Text>
          </Blockquote>
        ) : null}
        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={toggle}
            aria-expanded={expanded}
            aria-controls={timelineId}
            aria-label={t(expanded ? 'myReferrals.hideTimelineFor' : 'myReferrals.showTimelineFor', { name })}
          >
            {t(expanded ? 'myReferrals.hideTimeline' : 'myReferrals.showTimeline')}
          </Button>
        </div>
        <Collapse expanded={expanded} id={timelineId}>
          <ReferralTimeline referral={referral} />
        </Collapse>
      </Stack>
    </Card>
  );
}
