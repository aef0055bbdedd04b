import { DomainError, ErrorCodes, type FieldError } from '@kring/shared-domain';

/** Error codes of the events area (stable; clients may switch on them). Candidates for ErrorCodes in shared-domain. */
export const EventErrorCodes = {
  rsvpTokenInvalid: 'event_rsvp_token_invalid',
  rsvpClosed: 'event_rsvp_closed',
  eventCancelled: 'event_cancelled',
  eventStarted: 'event_started',
  capacityBelowConfirmed: 'event_capacity_below_confirmed',
  attendanceTooEarly: 'event_attendance_too_early',
} as const;

export const invalidEventFields = (errors: FieldError[]) =>
  new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields', errors);

export const rsvpTokenInvalid = () =>
  new DomainError('not_found', EventErrorCodes.rsvpTokenInvalid, 'This invitation link is unknown or has expired');

export const rsvpClosed = (closesAt: Date) =>
  new DomainError('gone', EventErrorCodes.rsvpClosed, 'Answers can no longer be changed for this event', [], {
    closedAt: closesAt.toISOString(),
  });

export const eventCancelled = () => new DomainError('gone', EventErrorCodes.eventCancelled, 'This event was cancelled');

export const eventStarted = () =>
  new DomainError('conflict', EventErrorCodes.eventStarted, 'This event has already started; it can no longer be changed this way');

export const capacityBelowConfirmed = (confirmed: number) =>
  new DomainError(
    'conflict',
    EventErrorCodes.capacityBelowConfirmed,
    `The capacity cannot be lower than the ${confirmed} people who already have a seat`,
    [{ field: 'capacity', message: `must be at least ${confirmed}` }],
    { confirmed },
  );

export const attendanceTooEarly = () =>
  new DomainError('conflict', EventErrorCodes.attendanceTooEarly, 'Attendance can be recorded once the event has started');
