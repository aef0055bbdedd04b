import { DomainError } from '@kring/shared-domain';

/**
 * Stable error codes of the talent-pool area. They belong in ErrorCodes (shared-domain) once the lead merges
 * this area; until then they live here so the codes are fixed from the start.
 */
export const PoolErrorCodes = {
  nameTaken: 'talent_pool_name_taken',
  archived: 'talent_pool_archived',
  linkInvalid: 'talent_pool_link_invalid',
  linkExpired: 'talent_pool_link_expired',
  organisationUnknown: 'talent_pool_form_unknown',
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
