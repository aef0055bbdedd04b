import type { ReferralSummary } from '@kring/api-client';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConsentBadge } from './consent-badge';
import { daysSince } from './format';
import { MatchSourceBadge } from './match-source-badge';

interface Props {
  referral: ReferralSummary;
  now: number;
  onMove: (referral: ReferralSummary) => void;
}

/** A card on the board. Only consented referrals can move; the rest say why not. */
export function ReferralCard({ referral, now, onMove }: Props) {
  const { t } = useTranslation();
  const awaiting = referral.consentState === 'awaiting_consent';
  const movable = referral.consentState === 'consented';
  const name = referral.candidateName ?? t('pipeline.nameErased');
  const days = daysSince(referral.stageChangedAt, now);
  return (
    <Paper
      component="article"
      aria-label={name}
      withBorder
      p="sm"
      bg={movable ? undefined : 'gray.1'}
      data-awaiting-consent={awaiting || undefined}
    >
      <Stack gap={4}>
        <Anchor component={Link} to={`/referrals/${referral.id}`} fw={600} c={movable ? undefined : 'gray.8'}>
          {name}
        </Anchor>
        <Text size="sm">{referral.vacancy?.name ?? t('pipeline.generalReferral')}</Text>
        <Text size="sm" c="dimmed">
          {t('pipeline.referredBy', { name: referral.referrer.name })}
        </Text>
        {referral.source === 'match' ? <MatchSourceBadge /> : null}
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('pipeline.daysInStage', { count: days })}
          </Text>
          {awaiting ? (
            <Badge color="yellow" variant="light" autoContrast size="sm" miw="fit-content">
              {t('pipeline.awaitingConsentCard')}
            </Badge>
          ) : movable ? null : (
            <ConsentBadge state={referral.consentState} />
          )}
        </Group>
        {movable ? (
          <Button size="xs" variant="light" onClick={() => onMove(referral)} aria-label={t('pipeline.moveLabel', { name })}>
            {t('pipeline.move')}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}
