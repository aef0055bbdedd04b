import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A used-up, expired or incomplete link: say so plainly. */
export function LinkInvalid({ reason }: { reason: 'missing' | 'invalid' | 'expired' }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" title={t('ermPools.link.invalidTitle')} role="alert">
      <Text size="sm">{t(`ermPools.link.${reason}`)}</Text>
    </Alert>
  );
}

export const linkProblemReason = (code: string | undefined): 'invalid' | 'expired' | null =>
  code === 'talent_pool_link_expired' ? 'expired' : code === 'talent_pool_link_invalid' ? 'invalid' : null;
