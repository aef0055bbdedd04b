import { DomainError, ErrorCodes } from '@kring/shared-domain';

/**
 * Error codes of open/click tracking. A tampered or unknown click link is a validation failure (400, problem+json),
 * never a redirect. Kept in this area until a dedicated code is added to ErrorCodes.
 */
export const TrackingErrorCodes = {
  clickInvalid: ErrorCodes.validationFailed,
} as const;

export const clickLinkInvalid = () =>
  new DomainError('validation', TrackingErrorCodes.clickInvalid, 'This link is not valid', [{ field: 's', message: 'does not match this link' }]);
