import { isApiProblem } from '@kring/api-client';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { i18n } from './i18n';

/** Codes with their own translated message under `problems.<code>`. */
const KNOWN_CODES = new Set([
  'validation_failed',
  'invalid_credentials',
  'rate_limited',
  'magic_link_invalid',
  'invitation_invalid',
  'unauthenticated',
  'forbidden',
  'not_found',
  'user_already_exists',
  'account_deactivated',
  'csrf_failed',
  'cannot_deactivate_self',
  'password_required',
  // Referrals
  'candidate_already_referred',
  'referrer_not_eligible',
  'programme_ended',
  'no_programme_applies',
  'vacancy_not_open',
  'self_referral',
  'hiring_team_referral',
  'invalid_stage_change',
  'candidate_token_invalid',
  'file_too_large',
  'file_type_not_allowed',
  // ERM
  'person_email_taken',
  'segment_name_taken',
  'talent_pool_name_taken',
  'talent_pool_archived',
  'talent_pool_link_invalid',
  'talent_pool_link_expired',
  'talent_pool_form_unknown',
  'offboarding_not_an_employee',
  'offboarding_already_scheduled',
  'offboarding_not_scheduled',
  'stay_in_touch_token_invalid',
  'employee_import_not_applicable',
  'employee_import_file_invalid',
  'event_rsvp_token_invalid',
  'event_rsvp_closed',
  'event_cancelled',
  'event_started',
  'event_capacity_below_confirmed',
  'event_attendance_too_early',
  'phase_change_needs_process',
  'preboarding_token_invalid',
  'preboarding_no_template',
  'preboarding_template_name_taken',
  'preboarding_already_started',
  'preboarding_not_a_starter',
  'preboarding_task_not_yours',
  'preboarding_no_email',
  'preboarding_default_required',
  'erasure_current_employee',
  'erasure_hr_admin',
  'offboarding_self',
  'offboarding_last_hr_admin',
  'offboarding_private_email_taken',
  'mailing_link_invalid',
  'job_alert_limit_reached',
  'newsletter_not_editable',
  'newsletter_not_sendable',
  'newsletter_not_cancellable',
  'newsletter_schedule_in_past',
  'activation_programme_closed',
  // Dashboard inputs
  'candidate_survey_token_invalid',
  'hire_managed_by_referral',
  'quality_rating_not_due',
  'hire_import_not_applicable',
  'hire_import_file_invalid',
  'external_ref_taken',
]);

/** The translated general message for a failed request. */
export function problemMessage(t: (key: string, options?: Record<string, unknown>) => string, error: unknown): string {
  if (isApiProblem(error) && error.code === 'rate_limited' && error.retryAfterSeconds) {
    return t('problems.rate_limited_wait', { count: Math.ceil(error.retryAfterSeconds) });
  }
  return t(problemMessageKey(error));
}

/** The i18n key of the general message for a failed request. */
export function problemMessageKey(error: unknown): string {
  if (isApiProblem(error) && KNOWN_CODES.has(error.code)) return `problems.${error.code}`;
  if (isApiProblem(error) && error.status >= 500) return 'problems.server';
  if (error instanceof TypeError) return 'problems.network';
  return 'problems.generic';
}

/**
 * Puts the server's field errors (problem+json `errors[]`) on the matching form fields.
 * Returns true when every field error found a field; otherwise the caller shows a general alert too.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): boolean {
  if (!isApiProblem(error) || error.fieldErrors.length === 0) return false;
  let allPlaced = true;
  let focused = false;
  for (const fieldError of error.fieldErrors) {
    const field = fields.find((name) => name === fieldError.field);
    if (!field) {
      allPlaced = false;
      continue;
    }
    setError(field, { type: 'server', message: fieldError.message }, { shouldFocus: !focused });
    focused = true;
  }
  return allPlaced;
}

/** An i18n key (`validation.required`, `refer.validation.phone`, `problems.file_too_large`): no spaces, dotted. */
const KEY_SHAPE = /^[A-Za-z][\w-]*(\.[\w-]+)+$/;

/**
 * The message of a field error: client-side messages (zod, problem codes placed on a field) are i18n keys and get
 * translated, whichever feature they belong to; anything else (a server's own message) is shown as sent.
 */
export function fieldMessage(t: (key: string) => string, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return KEY_SHAPE.test(message) && i18n.exists(message) ? t(message) : message;
}
