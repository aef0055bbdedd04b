import { type CandidateReferral, isApiProblem } from '@kring/api-client';
import { Anchor, Blockquote, Center, Divider, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useCandidateReferral } from '../../features/candidate/api/lookup-candidate-referral';
import { CandidateLinkInvalid } from '../../features/candidate/components/candidate-link-invalid';
import { CandidateReferralSummary } from '../../features/candidate/components/candidate-referral-summary';
import { ConsentForm } from '../../features/candidate/components/consent-form';
import { DeclinePanel } from '../../features/candidate/components/decline-panel';
import { MATCHING_SECTION_ID } from '../../features/mailings-preferences/components/matching-consent-section';
import { FormAlert } from '../../lib/form-alert';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { PublicLayout } from '../layout/public-layout';

type Purpose = 'consent' | 'decline';
type MatchReferral = CandidateReferral & { match: NonNullable<CandidateReferral['match']> };

const isMatch = (referral: CandidateReferral): referral is MatchReferral => referral.source === 'match' && referral.match !== null;

/** Matched people withdraw their matching consent in this section of /preferences (signed in). */
const MATCHING_PREFERENCES = `/preferences#${MATCHING_SECTION_ID}`;

/** How a matched person stops being found: online with an account, else by answering the mail. */
function WithdrawMatching({ referral }: { referral: MatchReferral }) {
  const { t } = useTranslation();
  if (!referral.match.hasAccount) return <Text size="sm">{t('candidate.match.withdrawWithoutAccount')}</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm">{t('candidate.match.withdrawWithAccount')}</Text>
      <Anchor component={Link} to={MATCHING_PREFERENCES} size="sm">
        {t('candidate.match.withdrawLink')}
      </Anchor>
    </Stack>
  );
}

/**
 * A Search & Match referral (GDPR Art. 14): HR found the candidate in the organisation's own data because they had
 * consented to matching; it says who, where, why (skills, HR's note), what is held, and what each answer does.
 */
function MatchReferralSummary({ referral }: { referral: MatchReferral }) {
  const { t } = useTranslation();
  const values = { referrer: referral.referrerName, organisation: referral.organisationName, vacancy: referral.vacancyTitle };
  const { skills, note } = referral.match;
  return (
    <Stack gap="sm">
      <Text>{t('candidate.greeting', { name: referral.candidateName })}</Text>
      <Text>{referral.vacancyTitle ? t('candidate.match.referredFor', values) : t('candidate.match.referredGenerally', values)}</Text>
      <Text size="sm">{t('candidate.match.where', values)}</Text>
      {skills.length ? (
        <>
          <Text fw={600} id="candidate-match-skills">
            {t('candidate.match.skillsIntro')}
          </Text>
          <List size="sm" spacing={2} aria-labelledby="candidate-match-skills">
            {skills.map((skill) => (
              <List.Item key={skill}>{skill}</List.Item>
            ))}
          </List>
        </>
      ) : (
        <Text>{t('candidate.match.noSkills')}</Text>
      )}
      {note ? (
        <Stack gap={4}>
          <Text fw={600}>{t('candidate.match.noteIntro', values)}</Text>
          <Blockquote p="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {note}
          </Blockquote>
        </Stack>
      ) : null}
      <Text fw={600} id="candidate-data-held">
        {t('candidate.match.dataHeldIntro', values)}
      </Text>
      <List size="sm" spacing={2} aria-labelledby="candidate-data-held">
        {referral.dataHeld.map((item) => (
          <List.Item key={item}>{t(`candidate.match.dataHeld.${item}`)}</List.Item>
        ))}
      </List>
      <Text size="sm">{t('candidate.match.respondBefore', { date: formatDateTime(referral.respondBefore, { length: 'long' }) })}</Text>
      <Title order={2} size="h4">
        {t('candidate.match.choiceTitle')}
      </Title>
      <Text size="sm">{t('candidate.match.ifConsent', values)}</Text>
      <Text size="sm">{t('candidate.match.ifDecline', values)}</Text>
      <WithdrawMatching referral={referral} />
    </Stack>
  );
}

function ReferralAnswer({ purpose, token, referral }: { purpose: Purpose; token: string; referral: CandidateReferral }) {
  if (isMatch(referral)) {
    return (
      <Stack gap="lg">
        <MatchReferralSummary referral={referral} />
        <Divider />
        {purpose === 'consent' ? (
          <ConsentForm token={token} hasCv={referral.hasCv} organisationName={referral.organisationName} />
        ) : (
          <DeclinePanel token={token} referrerName={referral.referrerName} variant="match" organisationName={referral.organisationName} />
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <CandidateReferralSummary referral={referral} />
      <Divider />
      {purpose === 'consent' ? (
        <ConsentForm token={token} hasCv={referral.hasCv} organisationName={referral.organisationName} />
      ) : (
        <DeclinePanel token={token} referrerName={referral.referrerName} />
      )}
    </Stack>
  );
}

/**
 * The candidate's answer to a referral (GDPR Art. 14), reached through a single-purpose link in the mail: a colleague's
 * referral, or HR putting forward a person Search & Match found.
 */
export function CandidateReferralPage({ purpose }: { purpose: Purpose }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const lookup = useCandidateReferral(token);
  const title = t(purpose === 'consent' ? 'candidate.consentTitle' : 'candidate.declineTitle');
  usePageTitle(title);

  let content;
  if (!token) {
    content = <CandidateLinkInvalid missing />;
  } else if (lookup.isPending) {
    content = (
      <Center role="status" aria-live="polite">
        <Loader aria-label={t('candidate.loading')} />
      </Center>
    );
  } else if (lookup.isError) {
    const dead = isApiProblem(lookup.error) && (lookup.error.code === 'candidate_token_invalid' || lookup.error.status === 410 || lookup.error.status === 404);
    content = dead ? <CandidateLinkInvalid /> : <FormAlert error={lookup.error} />;
  } else if (lookup.data.purpose !== purpose) {
    // A link is for one purpose; if it was opened on the other page, go where it belongs.
    return <Navigate to={`/candidate/${lookup.data.purpose}?token=${encodeURIComponent(token)}`} replace />;
  } else {
    content = <ReferralAnswer purpose={purpose} token={token} referral={lookup.data} />;
  }
  return <PublicLayout title={title}>{content}</PublicLayout>;
}

export function CandidateConsentPage() {
  return <CandidateReferralPage purpose="consent" />;
}
