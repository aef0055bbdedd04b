import { DomainError, ErrorCodes, notFound } from '@kring/shared-domain';

/** Stable error codes of the people area (defined in ErrorCodes). */
export const PeopleErrorCodes = {
  personEmailTaken: ErrorCodes.personEmailTaken,
  segmentNameTaken: ErrorCodes.segmentNameTaken,
  phaseChangeNeedsProcess: ErrorCodes.phaseChangeNeedsProcess,
} as const;

export const personEmailTaken = (existingPersonId: string) =>
  new DomainError('conflict', PeopleErrorCodes.personEmailTaken, 'A person with this email already exists', [
    { field: 'email', message: 'is already used by another person' },
  ], { existingPersonId });

export const segmentNameTaken = () =>
  new DomainError('conflict', PeopleErrorCodes.segmentNameTaken, 'A segment with this name already exists', [
    { field: 'name', message: 'is already used by another segment' },
  ]);

/** A person with a user account moved by hand into or out of entry, employment or exit: that goes through hiring or offboarding. */
export const phaseChangeNeedsProcess = () =>
  new DomainError(
    'conflict',
    PeopleErrorCodes.phaseChangeNeedsProcess,
    'This person has an account: moving them into or out of entry, employment or exit goes through hiring or offboarding',
  );

export const personNotFound = () => notFound('Person');
export const segmentNotFound = () => notFound('Segment');
