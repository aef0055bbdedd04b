import { isApiProblem } from '@kring/api-client';
import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PublicLayout } from '../../../app/layout/public-layout';
import { EventProblemAlert } from '../components/event-problem-alert';
import { usePageTitle } from '../../../lib/use-page-title';
import { useRsvp } from '../api/lookup-rsvp';
import type { RsvpAnswer } from '../api/types';
import { RsvpPanel } from '../components/rsvp-panel';

const ANSWERS = new Set(['yes', 'no', 'maybe']);

/**
 * The invitee's RSVP page, opened from the mail. Opening it never answers (mail scanners follow links);
 * `answer=yes` in the link only highlights that button.
 */
export function RsvpPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const suggested = params.get('answer');
  const rsvp = useRsvp(token);
  const title = t('ermEvents.rsvp.title');
  usePageTitle(title);

  let content;
  if (!token || (rsvp.isError && isApiProblem(rsvp.error) && rsvp.error.status === 404)) {
    content = (
      <Alert color="yellow" variant="light" role="alert">
        {t('ermEvents.rsvp.invalid')}
      </Alert>
    );
  } else if (rsvp.isPending) {
    content = (
      <Center role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  } else if (rsvp.isError) {
    content = <EventProblemAlert error={rsvp.error} />;
  } else {
    content = <RsvpPanel token={token} rsvp={rsvp.data} suggested={suggested && ANSWERS.has(suggested) ? (suggested as RsvpAnswer) : null} />;
  }
  return <PublicLayout title={title}>{content}</PublicLayout>;
}
