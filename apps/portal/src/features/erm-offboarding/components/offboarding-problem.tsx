import { isApiProblem } from '@kring/api-client';
import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';

const CODES = new Set([
  'offboarding_not_an_employee',
  'offboarding_already_scheduled',
  'offboarding_not_scheduled',
  'employee_import_not_applicable',
  'employee_import_file_invalid',
  'stay_in_touch_token_invalid',
  'offboarding_self',
  'offboarding_last_hr_admin',
  'offboarding_private_email_taken',
]);

/** True for this feature's own refusal codes (shown as a translated alert, not as field errors). */
export function isOffboardingProblem(error: unknown): boolean {
  return isApiProblem(error) && CODES.has(error.code);
}

/** An alert for this feature's own error codes (the shared problem messages do not know them); null for others. */
export function offboardingProblem(t: (key: string, options?: Record<string, unknown>) => string, error: unknown): ReactNode | null {
  if (!isApiProblem(error)) return null;
  if (error.code === 'validation_failed' && error.fieldErrors.some((e) => e.field === 'offboardMissing')) {
    return (
      <Alert color="red" variant="light" role="alert">
        <Text size="sm">{t('ermOffboarding.problems.offboard_missing_refused')}</Text>
      </Alert>
    );
  }
  if (!CODES.has(error.code)) return null;
  // Why a file was refused comes as a stable `reason` with `params`, translated here (never the server's English).
  const reason = typeof error.extra['reason'] === 'string' ? error.extra['reason'] : null;
  const params = typeof error.extra['params'] === 'object' && error.extra['params'] !== null ? (error.extra['params'] as Record<string, unknown>) : {};
  const detail = error.code === 'employee_import_file_invalid' && reason ? t(`ermOffboarding.fileProblems.${reason}`, { ...params, defaultValue: '' }) : undefined;
  return (
    <Alert color="red" variant="light" role="alert">
      <Text size="sm">{t(`ermOffboarding.problems.${error.code}`)}</Text>
      {detail ? (
        <Text size="sm" c="dimmed">
          {detail}
        </Text>
      ) : null}
    </Alert>
  );
}
