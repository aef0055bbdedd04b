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
]);

/** An alert for this feature's own error codes (the shared problem messages do not know them); null for others. */
export function offboardingProblem(t: (key: string) => string, error: unknown): ReactNode | null {
  if (!isApiProblem(error) || !CODES.has(error.code)) return null;
  const detail = error.code === 'employee_import_file_invalid' ? error.fieldErrors[0]?.message : undefined;
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
