import type { ReferralDetail } from '@kring/api-client';
import { Alert, Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { referralCvUrl } from '../api/get-referral';
import { formatCalendarDate, formatDateTime, formatNumber } from '../../../lib/format';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function formatBytes(bytes: number): string {
  const unit = bytes >= 1024 * 1024 ? 'megabyte' : 'kilobyte';
  const value = unit === 'megabyte' ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024));
  return formatNumber(value, { style: 'unit', unit, maximumFractionDigits: 1 });
}

/** The candidate's personal details, which the API only sends after consent; before that, a clear notice. */
export function CandidateDetails({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const none = t('referral.notGiven');

  let body: ReactNode;
  if (referral.consentState === 'awaiting_consent') {
    body = (
      <Alert color="yellow" variant="light" title={t('referral.hiddenTitle')}>
        <Text size="sm">
          {t('referral.hiddenUntilConsent', { date: formatDateTime(referral.consentDueAt) })}
        </Text>
      </Alert>
    );
  } else if (referral.consentState !== 'consented') {
    body = (
      <Alert color="gray" variant="light" title={t('referral.erasedTitle')}>
        <Text size="sm">{t(`referral.erased.${referral.consentState}`)}</Text>
      </Alert>
    );
  } else {
    body = (
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
        <Detail label={t('referral.email')}>
          {referral.candidateEmail ? <Anchor href={`mailto:${referral.candidateEmail}`}>{referral.candidateEmail}</Anchor> : none}
        </Detail>
        <Detail label={t('referral.phone')}>
          {referral.candidatePhone ? <Anchor href={`tel:${referral.candidatePhone}`}>{referral.candidatePhone}</Anchor> : none}
        </Detail>
        <Detail label={t('referral.relationship')}>
          {referral.relationship ? t(`referral.relationships.${referral.relationship}`) : none}
        </Detail>
        <Detail label={t('referral.informed')}>{t(referral.candidateInformed ? 'referral.yes' : 'referral.no')}</Detail>
        <Detail label={t('referral.motivation')}>{referral.motivation || none}</Detail>
        <Detail label={t('referral.candidateNote')}>{referral.candidateNote || none}</Detail>
        <Detail label={t('referral.cv')}>
          {referral.cv ? (
            <Anchor href={referralCvUrl(referral.id)} download={referral.cv.fileName}>
              {t('referral.downloadCv', { fileName: referral.cv.fileName, size: formatBytes(referral.cv.sizeBytes) })}
            </Anchor>
          ) : (
            t('referral.noCv')
          )}
        </Detail>
        {referral.stage === 'hired' && referral.startDate ? (
          <Detail label={t('referral.hire')}>
            {t('referral.hireDetails', {
              date: formatCalendarDate(referral.startDate),
              count: referral.probationMonths ?? 0,
            })}
          </Detail>
        ) : null}
        {referral.stage === 'rejected' ? (
          <Detail label={t('referral.rejectionReason')}>
            {referral.rejectionReason || none}
            {referral.rejectionReason ? ` (${t(referral.rejectionReasonShareable ? 'referral.reasonShared' : 'referral.reasonInternal')})` : ''}
          </Detail>
        ) : null}
      </SimpleGrid>
    );
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="candidate-details-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="candidate-details-title">
          {t('referral.candidate')}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}
