import { isApiProblem } from '@kring/api-client';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';

/** A refused file says why (a stable `reason` with `params`, translated here); other problems get the general alert. */
export function ImportProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!isApiProblem(error) || error.code !== 'hire_import_file_invalid') return <FormAlert error={error} />;
  const reason = typeof error.extra['reason'] === 'string' ? error.extra['reason'] : null;
  const params = typeof error.extra['params'] === 'object' && error.extra['params'] !== null ? (error.extra['params'] as Record<string, unknown>) : {};
  const detail = reason ? t(`insightsData.import.fileProblems.${reason}`, { ...params, defaultValue: '' }) : '';
  return (
    <Alert color="red" variant="light" role="alert">
      <Text size="sm">{t('problems.hire_import_file_invalid')}</Text>
      {detail ? (
        <Text size="sm" c="dimmed">
          {detail}
        </Text>
      ) : null}
    </Alert>
  );
}
