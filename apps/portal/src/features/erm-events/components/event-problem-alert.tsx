import { isApiProblem } from '@kring/api-client';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';

/** Codes of the events API with their own message under `ermEvents.problems.<code>`. */
const EVENT_CODES = new Set([
  'event_rsvp_token_invalid',
  'event_rsvp_closed',
  'event_cancelled',
  'event_started',
  'event_capacity_below_confirmed',
  'event_attendance_too_early',
]);

/** A failed events request: our own words for the events codes, the general alert for anything else. */
export function EventProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isApiProblem(error) && EVENT_CODES.has(error.code)) {
    return (
      <Alert color="red" variant="light" role="alert">
        <Text size="sm">{t(`ermEvents.problems.${error.code}`)}</Text>
      </Alert>
    );
  }
  return <FormAlert error={error} />;
}
