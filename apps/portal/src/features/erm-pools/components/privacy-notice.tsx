import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TalentPoolForm } from '../api/types';

/** What is kept, why and for how long: shown next to the form, before anyone types anything. */
export function PrivacyNotice({ form }: { form: TalentPoolForm }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} component="section" aria-labelledby="join-privacy-title">
      <Title order={2} size="h4" id="join-privacy-title">
        {t('ermPools.join.privacy.title')}
      </Title>
      <Text size="sm">{t('ermPools.join.privacy.what', { organisation: form.organisationName })}</Text>
      <List size="sm" aria-label={t('ermPools.join.privacy.keptLabel')}>
        {form.privacy.kept.map((item) => (
          <List.Item key={item}>{t(`ermPools.join.privacy.kept.${item}`, { defaultValue: item })}</List.Item>
        ))}
      </List>
      <Text size="sm">{t('ermPools.join.privacy.howLong', { months: form.privacy.retentionMonths, days: form.privacy.confirmDays })}</Text>
      <Text size="sm">{t('ermPools.join.privacy.rights')}</Text>
    </Stack>
  );
}
