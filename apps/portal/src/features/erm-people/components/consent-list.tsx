import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { PersonConsent } from '../api/types';

export function ConsentList({ consents }: { consents: PersonConsent[] }) {
  const { t } = useTranslation();
  if (consents.length === 0) return <Text size="sm">{t('ermPeople.person.noConsents')}</Text>;
  return (
    <Stack gap="xs">
      {consents.map((consent) => (
        <Group key={consent.purpose} gap="xs">
          <Text size="sm" fw={500}>
            {t(`ermPeople.purposes.${consent.purpose}`)}
          </Text>
          <Badge color={consent.active ? 'teal' : 'gray'} variant="light">
            {consent.active ? t('ermPeople.person.consentActive') : t('ermPeople.person.consentInactive')}
          </Badge>
          <Text size="xs" c="dimmed">
            {t(`ermPeople.consentStatuses.${consent.status}`)}
            {consent.expiresAt ? ` · ${t('ermPeople.person.expires', { date: formatDate(consent.expiresAt) })}` : ''}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
