import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A used, expired or incomplete link: say so plainly, and what that means. */
export function CandidateLinkInvalid({ missing }: { missing?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" title={t('candidate.invalidTitle')} role="alert">
      <Text size="sm">{missing ? t('candidate.missingToken') : t('candidate.invalid')}</Text>
    </Alert>
  );
}
