import { type CandidateReferral, isApiProblem } from '@kring/api-client';
import { Alert, Anchor, Blockquote, Button, Center, Divider, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutationState } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { candidateReferralKeys } from '../../features/candidate/api/keys';
import { useCandidateReferral } from '../../features/candidate/api/lookup-candidate-referral';
import { useWithdrawCandidateMatching } from '../../features/candidate/api/withdraw-candidate-matching';
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

/**
 * The link is used up once the candidate consented or declined on this page; `stopped`: the decline also withdrew the
 * matching consent (its answer says `matchingConsent: false`).
 */
function useLinkAnswer(): { answered: boolean; stopped: boolean } {
  const answers = useMutationState({
    filters: { status: 'success', mutationKey: candidateReferralKeys.answers() },
    select: (m) => m.state.data as { matchingConsent?: boolean } | undefined,
  });
  return { answered: answers.length > 0, stopped: answers.some((data) => data?.matchingConsent === false) };
}

function PreferencesLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={MATCHING_PREFERENCES} size="sm">
      {t('candidate.match.withdrawLink')}
    </Anchor>
  );
}

/**
 * How a matched person stops being found. With the link, while it works: one click on the consent page, a checkbox with
 * the decline on the decline page. Once the link is used, only the preferences (with an account) or a reply remain.
 */
function StopMatching({ referral, purpose, token }: { referral: MatchReferral; purpose: Purpose; token: string }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawCandidateMatching(token);
  const { answered, stopped } = useLinkAnswer();
  const { hasAccount, matchingConsent } = referral.match;
  const values = { organisation: referral.organisationName };

  if (withdraw.isSuccess) {
    return (
      <Alert color="teal" variant="light" title={t('candidate.match.stop.doneTitle')} role="status" aria-live="polite">
        <Stack gap={4}>
          <Text size="sm">{t('candidate.match.stop.done', values)}</Text>
          <Text size="sm">{t(hasAccount ? 'candidate.match.stop.undoWithAccount' : 'candidate.match.stop.undoWithoutAccount')}</Text>
          {hasAccount ? <PreferencesLink /> : null}
        </Stack>
      </Alert>
    );
  }
  if (!matchingConsent || stopped) return <Text size="sm">{t('candidate.match.stop.already')}</Text>;
  if (answered) {
    return (
      <Stack gap={2}>
        <Text size="sm">{t(hasAccount ? 'candidate.match.stop.afterAnswerWithAccount' : 'candidate.match.stop.afterAnswerWithoutAccount')}</Text>
        {hasAccount ? <PreferencesLink /> : null}
      </Stack>
    );
  }
  if (purpose === 'decline') return <Text size="sm">{t('candidate.match.stop.onDecline')}</Text>;
  if (isApiProblem(withdraw.error) && withdraw.error.code === 'candidate_token_invalid') return <CandidateLinkInvalid />;
  return (
    <Stack gap="xs" aria-live="polite">
      <Title order={3} size="h5">
        {t('candidate.match.stop.title')}
      </Title>
      <Text size="sm">{t('candidate.match.stop.intro', values)}</Text>
      <FormAlert error={withdraw.error} />
      <div>
        <Button variant="light" color="gray" loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
          {t('candidate.match.stop.submit')}
        </Button>
      </div>
    </Stack>
  );
}

/**
 * A Search & Match referral (GDPR Art. 14): HR found the candidate in the organisation's own data because they had
 * consented to matching; it says who, where, why (skills, HR's note), what is held, and what each answer does.
 */
function MatchReferralSummary({ referral, purpose, token }: { referral: MatchReferral; purpose: Purpose; token: string }) {
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
      <StopMatching referral={referral} purpose={purpose} token={token} />
    </Stack>
  );
}

function ReferralAnswer({ purpose, token, referral }: { purpose: Purpose; token: string; referral: CandidateReferral }) {
  if (isMatch(referral)) {
    return (
      <Stack gap="lg">
        <MatchReferralSummary referral={referral} purpose={purpose} token={token} />
        <Divider />
        {purpose === 'consent' ? (
          <ConsentForm token={token} hasCv={referral.hasCv} organisationName={referral.organisationName} />
        ) : (
          <DeclinePanel
            token={token}
            referrerName={referral.referrerName}
            variant="match"
            organisationName={referral.organisationName}
            matchingConsent={referral.match.matchingConsent}
          />
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
