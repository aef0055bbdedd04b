import { isApiProblem } from '@kring/api-client';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
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
}

/** Declining erases at once, so it asks once more, saying exactly what goes (and, for a match referral, what stays). */
export function DeclinePanel({ token, referrerName, variant = 'colleague', organisationName }: Props) {
  const { t } = useTranslation();
  const decline = useDeclineReferral();
  const [confirming, setConfirming] = useState(false);
  const key = (name: string) => (variant === 'match' ? `candidate.match.${name}` : `candidate.${name}`);
  const values = { referrer: referrerName, organisation: organisationName };

  if (decline.isSuccess) {
    return (
      <Alert color="teal" variant="light" title={t(key('declinedTitle'))} role="status" aria-live="polite">
        <Text size="sm">{t(key('declined'), values)}</Text>
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
            <Text size="sm">{t(key('declineConfirm'), values)}</Text>
            <Group gap="sm">
              <Button color="red" loading={decline.isPending} onClick={() => decline.mutate(token)} data-autofocus>
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
