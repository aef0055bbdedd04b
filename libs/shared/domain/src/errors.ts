/**
 * Domain errors carry a stable, machine-readable code. The API maps the kind to an HTTP
 * status and answers with application/problem+json; the worker logs the same code.
 */
export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'rate_limited'
  | 'unavailable';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `email` or `items.0.amount`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Stable error codes. Clients may switch on these; never rename one. */
export const ErrorCodes = {
  validationFailed: 'validation_failed',
  malformedRequest: 'malformed_request',
  unauthenticated: 'unauthenticated',
  invalidCredentials: 'invalid_credentials',
  accountDeactivated: 'account_deactivated',
  csrfFailed: 'csrf_failed',
  forbidden: 'forbidden',
  notFound: 'not_found',
  routeNotFound: 'route_not_found',
  rateLimited: 'rate_limited',
  magicLinkInvalid: 'magic_link_invalid',
  invitationInvalid: 'invitation_invalid',
  passwordRequired: 'password_required',
  userAlreadyExists: 'user_already_exists',
  cannotDeactivateSelf: 'cannot_deactivate_self',
  payloadTooLarge: 'payload_too_large',
  unsupportedMediaType: 'unsupported_media_type',
  referrerNotEligible: 'referrer_not_eligible',
  noProgrammeApplies: 'no_programme_applies',
  programmeEnded: 'programme_ended',
  selfReferral: 'self_referral',
  hiringTeamReferral: 'hiring_team_referral',
  candidateAlreadyReferred: 'candidate_already_referred',
  vacancyNotOpen: 'vacancy_not_open',
  candidateTokenInvalid: 'candidate_token_invalid',
  invalidStageChange: 'invalid_stage_change',
  fileTooLarge: 'file_too_large',
  fileTypeNotAllowed: 'file_type_not_allowed',
  invalidRewardChange: 'invalid_reward_change',
  nothingToExport: 'nothing_to_export',
  referralNotHired: 'referral_not_hired',
  personEmailTaken: 'person_email_taken',
  segmentNameTaken: 'segment_name_taken',
  talentPoolNameTaken: 'talent_pool_name_taken',
  talentPoolArchived: 'talent_pool_archived',
  talentPoolLinkInvalid: 'talent_pool_link_invalid',
  talentPoolLinkExpired: 'talent_pool_link_expired',
  talentPoolFormUnknown: 'talent_pool_form_unknown',
  offboardingNotAnEmployee: 'offboarding_not_an_employee',
  offboardingAlreadyScheduled: 'offboarding_already_scheduled',
  offboardingNotScheduled: 'offboarding_not_scheduled',
  stayInTouchTokenInvalid: 'stay_in_touch_token_invalid',
  employeeImportNotApplicable: 'employee_import_not_applicable',
  employeeImportFileInvalid: 'employee_import_file_invalid',
  eventRsvpTokenInvalid: 'event_rsvp_token_invalid',
  eventRsvpClosed: 'event_rsvp_closed',
  eventCancelled: 'event_cancelled',
  eventStarted: 'event_started',
  eventCapacityBelowConfirmed: 'event_capacity_below_confirmed',
  eventAttendanceTooEarly: 'event_attendance_too_early',
  phaseChangeNeedsProcess: 'phase_change_needs_process',
  preboardingTokenInvalid: 'preboarding_token_invalid',
  preboardingNoTemplate: 'preboarding_no_template',
  preboardingTemplateNameTaken: 'preboarding_template_name_taken',
  preboardingAlreadyStarted: 'preboarding_already_started',
  preboardingNotAStarter: 'preboarding_not_a_starter',
  preboardingTaskNotYours: 'preboarding_task_not_yours',
  preboardingNoEmail: 'preboarding_no_email',
  preboardingDefaultRequired: 'preboarding_default_required',
  erasureCurrentEmployee: 'erasure_current_employee',
  erasureHrAdmin: 'erasure_hr_admin',
  offboardingSelf: 'offboarding_self',
  offboardingLastHrAdmin: 'offboarding_last_hr_admin',
  offboardingPrivateEmailTaken: 'offboarding_private_email_taken',
  mailingLinkInvalid: 'mailing_link_invalid',
  mailWebhookUnauthorised: 'mail_webhook_unauthorised',
  mailWebhookDisabled: 'mail_webhook_disabled',
  mailPreferencesNoPerson: 'mail_preferences_no_person',
  jobAlertLimitReached: 'job_alert_limit_reached',
  newsletterNotEditable: 'newsletter_not_editable',
  newsletterNotSendable: 'newsletter_not_sendable',
  newsletterNotCancellable: 'newsletter_not_cancellable',
  newsletterScheduleInPast: 'newsletter_schedule_in_past',
  activationProgrammeClosed: 'activation_programme_closed',
  candidateSurveyTokenInvalid: 'candidate_survey_token_invalid',
  hireManagedByReferral: 'hire_managed_by_referral',
  qualityRatingNotDue: 'quality_rating_not_due',
  hireImportNotApplicable: 'hire_import_not_applicable',
  hireImportFileInvalid: 'hire_import_file_invalid',
  externalRefTaken: 'external_ref_taken',
  internal: 'internal_error',
  unavailable: 'service_unavailable',
} as const;
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export const notFound = (what: string) =>
  new DomainError('not_found', ErrorCodes.notFound, `${what} not found`);
