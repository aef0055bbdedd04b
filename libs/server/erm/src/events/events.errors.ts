import { DomainError, ErrorCodes, type FieldError } from '@kring/shared-domain';

/** Error codes of the events area (defined in ErrorCodes; stable, clients may switch on them). */
export const EventErrorCodes = {
  rsvpTokenInvalid: ErrorCodes.eventRsvpTokenInvalid,
  rsvpClosed: ErrorCodes.eventRsvpClosed,
  eventCancelled: ErrorCodes.eventCancelled,
  eventStarted: ErrorCodes.eventStarted,
  capacityBelowConfirmed: ErrorCodes.eventCapacityBelowConfirmed,
  attendanceTooEarly: ErrorCodes.eventAttendanceTooEarly,
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
