import { isApiProblem } from '@kring/api-client';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';

const CODES = new Set(['erasure_current_employee', 'erasure_hr_admin']);

/** The server's refusal, in words for HR: this area's own codes here, the general messages otherwise. */
export function PrivacyProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!isApiProblem(error) || !CODES.has(error.code)) return <FormAlert error={error} />;
  return (
    <Alert color="red" variant="light" role="alert" title={t('ermPrivacy.erase.refused')}>
      <Text size="sm">{t(`ermPrivacy.problems.${error.code}`)}</Text>
    </Alert>
  );
}
