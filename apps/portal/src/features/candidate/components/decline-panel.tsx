import { isApiProblem } from '@kring/api-client';
import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { useDeclineReferral } from '../api/decline-referral';
import { CandidateLinkInvalid } from './candidate-link-invalid';

interface Props {
  token: string;
  referrerName: string;
  /** 'match': HR referred a person Search & Match found; declining erases the referral only (texts candidate.match.*). */
  variant?: 'colleague' | 'match';
  organisationName?: string;
  /** Match only: the person can be found now, so the confirmation offers "stop finding me" with the decline. */
  matchingConsent?: boolean;
}

/** Declining erases at once, so it asks once more, saying exactly what goes (and, for a match referral, what stays). */
export function DeclinePanel({ token, referrerName, variant = 'colleague', organisationName, matchingConsent = false }: Props) {
  const { t } = useTranslation();
  const decline = useDeclineReferral();
  const [confirming, setConfirming] = useState(false);
  const [stopMatching, setStopMatching] = useState(false);
  const key = (name: string) => (variant === 'match' ? `candidate.match.${name}` : `candidate.${name}`);
  const values = { referrer: referrerName, organisation: organisationName };
  const offerStop = variant === 'match' && matchingConsent;
  const stopping = offerStop && stopMatching;

  if (decline.isSuccess) {
    return (
      <Alert color="teal" variant="light" title={t(key('declinedTitle'))} role="status" aria-live="polite">
        <Text size="sm">{t(decline.data.matchingConsent === false ? 'candidate.match.declinedStopped' : key('declined'), values)}</Text>
      </Alert>
    );
  }
  if (isApiProblem(decline.error) && decline.error.code === 'candidate_token_invalid') return <CandidateLinkInvalid />;

  return (
    <Stack gap="sm" aria-live="polite">
      <FormAlert error={decline.error} />
      {confirming ? (
        <Alert color="red" variant="light" title={t('candidate.declineConfirmTitle')}>
          <Stack gap="sm">
            <Text size="sm">{t(stopping ? 'candidate.match.declineConfirmStop' : key('declineConfirm'), values)}</Text>
            {offerStop ? (
              <Checkbox
                checked={stopMatching}
                onChange={(event) => setStopMatching(event.currentTarget.checked)}
                label={t('candidate.match.stop.checkbox')}
                description={t('candidate.match.stop.checkboxHint', values)}
                disabled={decline.isPending}
              />
            ) : null}
            <Group gap="sm">
              <Button color="red" loading={decline.isPending} onClick={() => decline.mutate({ token, stopMatching: stopping })} data-autofocus>
                {t(key('declineSubmit'))}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)} disabled={decline.isPending}>
                {t('candidate.declineBack')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <>
          <Text size="sm">{t(key('declineIntro'))}</Text>
          <div>
            <Button color="red" variant="light" onClick={() => setConfirming(true)}>
              {t(key('declineStart'))}
            </Button>
          </div>
        </>
      )}
    </Stack>
  );
}
