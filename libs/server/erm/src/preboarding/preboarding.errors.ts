import { DomainError, ErrorCodes } from '@kring/shared-domain';

/** Stable codes of preboarding refusals (defined in ErrorCodes); clients may switch on them, so never rename one. */
export const PreboardingErrorCodes = {
  tokenInvalid: ErrorCodes.preboardingTokenInvalid,
  noTemplate: ErrorCodes.preboardingNoTemplate,
  templateNameTaken: ErrorCodes.preboardingTemplateNameTaken,
  alreadyStarted: ErrorCodes.preboardingAlreadyStarted,
  notAStarter: ErrorCodes.preboardingNotAStarter,
  taskNotYours: ErrorCodes.preboardingTaskNotYours,
  noEmail: ErrorCodes.preboardingNoEmail,
  defaultRequired: ErrorCodes.preboardingDefaultRequired,
} as const;

export const invalidPreboardingToken = () =>
  new DomainError('gone', PreboardingErrorCodes.tokenInvalid, 'This checklist link has expired or does not exist');

export const noTemplate = () =>
  new DomainError('conflict', PreboardingErrorCodes.noTemplate, 'There is no default checklist template; create one or choose a template', [
    { field: 'templateId', message: 'choose a template or create a default one' },
  ]);

export const templateNameTaken = () =>
  new DomainError('conflict', PreboardingErrorCodes.templateNameTaken, 'A template with this name already exists', [
    { field: 'name', message: 'is already used by another template' },
  ]);

export const alreadyStarted = () =>
  new DomainError('conflict', PreboardingErrorCodes.alreadyStarted, 'This person already has a checklist for this start date');

export const notAStarter = (message = 'This person is not a starter (phase entry with a start date)') =>
  new DomainError('conflict', PreboardingErrorCodes.notAStarter, message);

export const taskNotYours = (message: string) => new DomainError('forbidden', PreboardingErrorCodes.taskNotYours, message);

export const noEmail = () =>
  new DomainError('conflict', PreboardingErrorCodes.noEmail, 'This starter has no email address, so no link can be sent');

export const defaultRequired = () =>
  new DomainError('conflict', PreboardingErrorCodes.defaultRequired, 'There must be a default template: mark another template as default first', [
    { field: 'isDefault', message: 'mark another template as default first' },
  ]);

export const startDateOutOfRange = (range: { min: string; max: string }) =>
  new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields', [
    { field: 'startDate', message: `must be between ${range.min} and ${range.max}` },
  ]);
