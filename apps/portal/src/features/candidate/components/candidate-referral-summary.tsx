import type { CandidateReferral } from '@kring/api-client';
import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';

/** Who referred the candidate, for what, which data is held and until when they can answer (GDPR Art. 14). */
export function CandidateReferralSummary({ referral }: { referral: CandidateReferral }) {
  const { t } = useTranslation();
  const values = { referrer: referral.referrerName, organisation: referral.organisationName, vacancy: referral.vacancyTitle };
  return (
    <Stack gap="sm">
      <Text>{t('candidate.greeting', { name: referral.candidateName })}</Text>
      <Text>{referral.vacancyTitle ? t('candidate.referredFor', values) : t('candidate.referredGenerally', values)}</Text>
      <Text fw={600} id="candidate-data-held">
        {t('candidate.dataHeldIntro', { organisation: referral.organisationName })}
      </Text>
      <List size="sm" spacing={2} aria-labelledby="candidate-data-held">
        {referral.dataHeld.map((item) => (
          <List.Item key={item}>{t(`candidate.dataHeld.${item}`)}</List.Item>
        ))}
      </List>
      <Text size="sm">
        {t('candidate.respondBefore', { date: formatDateTime(referral.respondBefore, { length: 'long' }) })}
      </Text>
    </Stack>
  );
}
