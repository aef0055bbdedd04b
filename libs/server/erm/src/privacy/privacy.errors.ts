import { DomainError, ErrorCodes } from '@kring/shared-domain';

/** Error codes of the privacy area (defined in ErrorCodes). Stable: the portal shows a message per code. */
export const PrivacyErrorCodes = {
  /** The person is a current employee (entry or employment phase): offboard them first, then erase. */
  erasureCurrentEmployee: ErrorCodes.erasureCurrentEmployee,
  /** The person has an account with the HR admin role that is not deactivated: remove the role or deactivate first. */
  erasureHrAdmin: ErrorCodes.erasureHrAdmin,
} as const;

export const erasureOfCurrentEmployee = () =>
  new DomainError(
    'conflict',
    PrivacyErrorCodes.erasureCurrentEmployee,
    'This person is a current employee; record their offboarding first, then erase their data',
    [{ field: 'personId', message: 'is a current employee' }],
  );

export const erasureOfHrAdmin = () =>
  new DomainError(
    'conflict',
    PrivacyErrorCodes.erasureHrAdmin,
    'This person has an active HR admin account; deactivate it or remove the role first',
    [{ field: 'personId', message: 'has an active HR admin account' }],
  );
