import { isApiProblem } from '@kring/api-client';
import { Center, Divider, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { useCandidateReferral } from '../../features/candidate/api/lookup-candidate-referral';
import { CandidateLinkInvalid } from '../../features/candidate/components/candidate-link-invalid';
import { CandidateReferralSummary } from '../../features/candidate/components/candidate-referral-summary';
import { ConsentForm } from '../../features/candidate/components/consent-form';
import { DeclinePanel } from '../../features/candidate/components/decline-panel';
import { FormAlert } from '../../lib/form-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { PublicLayout } from '../layout/public-layout';

type Purpose = 'consent' | 'decline';

/** The candidate's answer to a referral (GDPR Art. 14), reached through a single-purpose link in the mail. */
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
    content = (
      <Stack gap="lg">
        <CandidateReferralSummary referral={lookup.data} />
        <Divider />
        {purpose === 'consent' ? (
          <ConsentForm token={token} hasCv={lookup.data.hasCv} organisationName={lookup.data.organisationName} />
        ) : (
          <DeclinePanel token={token} referrerName={lookup.data.referrerName} />
        )}
      </Stack>
    );
  }
  return <PublicLayout title={title}>{content}</PublicLayout>;
}

export function CandidateConsentPage() {
  return <CandidateReferralPage purpose="consent" />;
}
