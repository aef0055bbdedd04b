import { DomainError, ErrorCodes } from '@kring/shared-domain';

/** Stable error codes of the talent-pool area (defined in ErrorCodes). */
export const PoolErrorCodes = {
  nameTaken: ErrorCodes.talentPoolNameTaken,
  archived: ErrorCodes.talentPoolArchived,
  linkInvalid: ErrorCodes.talentPoolLinkInvalid,
  linkExpired: ErrorCodes.talentPoolLinkExpired,
  organisationUnknown: ErrorCodes.talentPoolFormUnknown,
} as const;

export const poolNameTaken = (name: string) =>
  new DomainError('conflict', PoolErrorCodes.nameTaken, `There is already a talent pool named "${name}"`, [
    { field: 'name', message: 'is already used by another talent pool' },
  ]);

export const poolArchived = () =>
  new DomainError('conflict', PoolErrorCodes.archived, 'This talent pool is archived; restore it before adding people');

export const linkInvalid = () =>
  new DomainError('gone', PoolErrorCodes.linkInvalid, 'This link is not valid (any more)');

export const linkExpired = () =>
  new DomainError('gone', PoolErrorCodes.linkExpired, 'This link has expired');

export const formUnknown = () =>
  new DomainError('not_found', PoolErrorCodes.organisationUnknown, 'There is no talent pool form at this address');
