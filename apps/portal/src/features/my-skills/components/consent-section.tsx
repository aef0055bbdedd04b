import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import type { MatchingConsent } from '../api/types';

/** Where people manage their matching consent (its section on /preferences); this page only shows it. */
export const CONSENT_MANAGED_AT = '/preferences#matching';

export function ConsentSection({ consent }: { consent: MatchingConsent }) {
  const { t } = useTranslation();
  const text =
    consent.status === 'granted' && consent.active
      ? consent.givenAt
        ? t('mySkills.consent.grantedSince', { date: formatDate(consent.givenAt) })
        : t('mySkills.consent.granted')
      : t(`mySkills.consent.${consent.status === 'granted' ? 'expired' : consent.status}`);
  return (
    <Alert color={consent.active ? 'teal' : 'yellow'} variant="light" title={t('mySkills.consent.title')} data-testid="matching-consent">
      <Stack gap={4}>
        <Text size="sm">{text}</Text>
        {consent.active && consent.expiresAt ? <Text size="sm">{t('mySkills.consent.expires', { date: formatDate(consent.expiresAt) })}</Text> : null}
        <Anchor component={Link} to={CONSENT_MANAGED_AT} size="sm">
          {t('mySkills.consent.manage')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
