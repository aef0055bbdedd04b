import { DomainError, ErrorCodes, notFound } from '@kring/shared-domain';

/** Stable error codes of the newsletters area (defined in ErrorCodes). */
export const NewsletterErrorCodes = {
  notEditable: ErrorCodes.newsletterNotEditable,
  notSendable: ErrorCodes.newsletterNotSendable,
  notCancellable: ErrorCodes.newsletterNotCancellable,
  scheduleInPast: ErrorCodes.newsletterScheduleInPast,
  programmeClosed: ErrorCodes.activationProgrammeClosed,
} as const;

export const newsletterNotFound = () => notFound('Newsletter');

/** Only drafts and scheduled newsletters change; once sending starts, the content is what was sent. */
export const newsletterNotEditable = (status: string) =>
  new DomainError('conflict', NewsletterErrorCodes.notEditable, `A ${status} newsletter cannot be changed`, [], { newsletterStatus: status });

export const newsletterNotSendable = (reason: 'status' | 'no_segment' | 'no_default_variant', status?: string) =>
  new DomainError(
    'conflict',
    NewsletterErrorCodes.notSendable,
    reason === 'status'
      ? `A ${status} newsletter cannot be sent or scheduled`
      : reason === 'no_segment'
        ? 'Choose a segment before sending'
        : "Write the variant in the organisation's default language before sending",
    [],
    { reason },
  );

export const newsletterNotCancellable = (status: string) =>
  new DomainError('conflict', NewsletterErrorCodes.notCancellable, `A ${status} newsletter cannot be cancelled`, [], { newsletterStatus: status });

export const newsletterScheduleInPast = () =>
  new DomainError('validation', NewsletterErrorCodes.scheduleInPast, 'The send time must lie in the future', [
    { field: 'scheduledAt', message: 'must lie in the future' },
  ]);

/** An activation mail is about a programme that can still be referred for: not archived, not ended. */
export const activationProgrammeClosed = () =>
  new DomainError('conflict', NewsletterErrorCodes.programmeClosed, 'The programme is archived or has ended: no activation mail can be sent about it');
