import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../../lib/use-page-title';
import type { LabelLanguage } from '../api/types';
import { MatchesSection } from '../components/matches-section';
import { ProfileSection } from '../components/profile-section';

/** HR: "Kandidaten zoeken" for one vacancy — confirm its skills, then see who in the organisation's network fits. */
export function MatchPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('match.title'));
  const { id = '' } = useParams();
  const lang: LabelLanguage = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  return (
    <Stack gap="xl" maw={1000}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/manage/vacancies/${id}`} size="sm">
          {t('match.backToVacancy')}
        </Anchor>
        <Title order={1}>{t('match.title')}</Title>
        <Text c="dimmed">{t('match.intro')}</Text>
      </Stack>
      <ProfileSection vacancyId={id} lang={lang} />
      <MatchesSection vacancyId={id} lang={lang} />
    </Stack>
  );
}
