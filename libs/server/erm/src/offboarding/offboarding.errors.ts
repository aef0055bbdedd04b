import { DomainError, ErrorCodes } from '@kring/shared-domain';

/** Error codes of the offboarding area (defined in ErrorCodes). Never rename one. */
export const OffboardingErrorCodes = {
  notAnEmployee: ErrorCodes.offboardingNotAnEmployee,
  alreadyScheduled: ErrorCodes.offboardingAlreadyScheduled,
  notScheduled: ErrorCodes.offboardingNotScheduled,
  stayInTouchTokenInvalid: ErrorCodes.stayInTouchTokenInvalid,
  importNotApplicable: ErrorCodes.employeeImportNotApplicable,
  importFileInvalid: ErrorCodes.employeeImportFileInvalid,
} as const;

export const notAnEmployee = () =>
  new DomainError('conflict', OffboardingErrorCodes.notAnEmployee, 'Only current employees (entry or employment phase) can be offboarded', [
    { field: 'personId', message: 'is not a current employee' },
  ]);

export const alreadyScheduled = () =>
  new DomainError('conflict', OffboardingErrorCodes.alreadyScheduled, 'This employee already has a scheduled offboarding; change that one', [
    { field: 'personId', message: 'already has a scheduled offboarding' },
  ]);

export const notScheduled = () =>
  new DomainError('conflict', OffboardingErrorCodes.notScheduled, 'This offboarding was already carried out or cancelled');

export const stayInTouchTokenInvalid = () =>
  new DomainError('gone', OffboardingErrorCodes.stayInTouchTokenInvalid, 'This link has expired or is not valid');

export const importNotApplicable = (status: string) =>
  new DomainError('conflict', OffboardingErrorCodes.importNotApplicable, `This import cannot be applied (it is ${status})`);

/** Why a file was refused (the problem's `reason`, with `params`): the portal translates these. */
export type ImportFileProblem = 'too_large' | 'not_utf8' | 'nul_character' | 'syntax' | 'empty' | 'too_many_rows' | 'missing_columns';

export const importFileInvalid = (message: string, reason: ImportFileProblem, params: Record<string, string | number> = {}) =>
  new DomainError('validation', OffboardingErrorCodes.importFileInvalid, message, [{ field: 'file', message }], { reason, params });

export const pastLeavingDateNotAllowed = () =>
  new DomainError('validation', ErrorCodes.validationFailed, 'The leaving date is too far in the past', [
    { field: 'leavingDate', message: 'must be at most a year ago' },
  ]);

/** Refusing yourself: an HR admin cannot offboard their own account (another HR admin does). */
export const OFFBOARDING_SELF = ErrorCodes.offboardingSelf;
/** Refusing the last active HR admin: the organisation would have nobody to manage it. */
export const OFFBOARDING_LAST_HR_ADMIN = ErrorCodes.offboardingLastHrAdmin;

/** The private email is already the login email of another account. */
export const OFFBOARDING_PRIVATE_EMAIL_TAKEN = ErrorCodes.offboardingPrivateEmailTaken;

export const privateEmailTaken = () =>
  new DomainError('conflict', OFFBOARDING_PRIVATE_EMAIL_TAKEN, 'This private email is already used by another account', [
    { field: 'privateEmail', message: 'is already used by another account' },
  ]);

export const cannotOffboardSelf = () =>
  new DomainError('conflict', OFFBOARDING_SELF, 'You cannot offboard yourself; ask another HR admin', [{ field: 'personId', message: 'is you' }]);

export const cannotOffboardLastHrAdmin = () =>
  new DomainError('conflict', OFFBOARDING_LAST_HR_ADMIN, 'This is the last active HR admin; give someone else the HR admin role first', [
    { field: 'personId', message: 'is the last active HR admin' },
  ]);

export const offboardMissingRefused = (why: string) =>
  new DomainError('validation', ErrorCodes.validationFailed, `"Offboard employees missing from the file" cannot be used: ${why}`, [
    { field: 'offboardMissing', message: `cannot be used: ${why}` },
  ]);
