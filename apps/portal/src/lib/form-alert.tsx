import { isApiProblem } from '@kring/api-client';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from './problems';

/** The general (not field-bound) error of a form, announced to screen readers. */
export function FormAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      <Text size="sm">{problemMessage(t, error)}</Text>
      {isApiProblem(error) && error.requestId && error.status >= 500 ? (
        <Text size="xs" c="dimmed">
          {t('problems.requestId', { requestId: error.requestId })}
        </Text>
      ) : null}
    </Alert>
  );
}
