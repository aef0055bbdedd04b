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

export const importFileInvalid = (message: string) =>
  new DomainError('validation', OffboardingErrorCodes.importFileInvalid, message, [{ field: 'file', message }]);

export const pastLeavingDateNotAllowed = () =>
  new DomainError('validation', ErrorCodes.validationFailed, 'The leaving date is too far in the past', [
    { field: 'leavingDate', message: 'must be at most a year ago' },
  ]);
