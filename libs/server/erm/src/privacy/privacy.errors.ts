import { DomainError } from '@kring/shared-domain';

/**
 * Error codes of the privacy area. Stable: the portal shows a message per code. To be moved into ErrorCodes
 * (libs/shared/domain/src/errors.ts) by the lead; the values never change.
 */
export const PrivacyErrorCodes = {
  /** The person is a current employee (entry or employment phase): offboard them first, then erase. */
  erasureCurrentEmployee: 'erasure_current_employee',
  /** The person has an account with the HR admin role that is not deactivated: remove the role or deactivate first. */
  erasureHrAdmin: 'erasure_hr_admin',
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
