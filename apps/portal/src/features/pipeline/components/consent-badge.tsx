import type { ConsentState } from '@kring/shared-domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ConsentState, string> = { awaiting_consent: 'yellow', consented: 'teal', declined: 'gray', expired: 'gray' };

export function ConsentBadge({ state }: { state: ConsentState }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[state]} variant="light" autoContrast miw="fit-content" styles={{ label: { overflow: 'visible' } }}>
      {t(`pipeline.consentStates.${state}`)}
    </Badge>
  );
}
