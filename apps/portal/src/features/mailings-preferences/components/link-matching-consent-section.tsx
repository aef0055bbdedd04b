import { useUpdateLinkMatchingConsent } from '../api/update-link-matching-consent';
import type { MatchingConsent } from '../api/types';
import { MatchingConsentPanel, MatchingConsentSwitch } from './matching-consent-section';

interface Props {
  token: string;
  organisationName: string;
  consent: MatchingConsent;
}

/**
 * The `matching` consent in the preference centre behind the mailed link, for people without an account (shown only
 * when they have a `matching` consent row). Same texts and switch as on /preferences; saves through the link.
 */
export function LinkMatchingConsentSection({ token, organisationName, consent }: Props) {
  const save = useUpdateLinkMatchingConsent();
  return (
    <MatchingConsentPanel organisationName={organisationName} variant="link">
      <MatchingConsentSwitch
        consent={consent}
        pending={save.isPending}
        saved={save.isSuccess ? save.data.matching : null}
        error={save.isError ? save.error : null}
        onChange={(granted) => save.mutate({ token, granted })}
      />
    </MatchingConsentPanel>
  );
}
