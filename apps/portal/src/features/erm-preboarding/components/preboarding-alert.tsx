import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { preboardingProblemKey } from './preboarding-problems';

/** A failed request, with preboarding's own messages for its problem codes. */
export function PreboardingAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      <Text size="sm">{t(preboardingProblemKey(error))}</Text>
    </Alert>
  );
}
