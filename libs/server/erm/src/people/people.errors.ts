import { DomainError, ErrorCodes, notFound } from '@kring/shared-domain';

/** Stable error codes of the people area (defined in ErrorCodes). */
export const PeopleErrorCodes = {
  personEmailTaken: ErrorCodes.personEmailTaken,
  segmentNameTaken: ErrorCodes.segmentNameTaken,
} as const;

export const personEmailTaken = (existingPersonId: string) =>
  new DomainError('conflict', PeopleErrorCodes.personEmailTaken, 'A person with this email already exists', [
    { field: 'email', message: 'is already used by another person' },
  ], { existingPersonId });

export const segmentNameTaken = () =>
  new DomainError('conflict', PeopleErrorCodes.segmentNameTaken, 'A segment with this name already exists', [
    { field: 'name', message: 'is already used by another segment' },
  ]);

export const personNotFound = () => notFound('Person');
export const segmentNotFound = () => notFound('Segment');
