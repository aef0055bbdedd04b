import { CandidateReferralPage } from './candidate-consent-page';

export function CandidateDeclinePage() {
  return <CandidateReferralPage purpose="decline" />;
}
