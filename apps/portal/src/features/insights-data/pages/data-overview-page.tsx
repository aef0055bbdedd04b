import { Badge, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRatingsDue } from '../api/list-ratings-due';
import { DATA_SECTIONS, DataPage, type DataSection, sectionPath } from '../components/data-page';

/** The inputs of the HR dashboard at a glance, each linking to its page; shows how many quality ratings are due. */
export function DataOverviewPage() {
  const { t } = useTranslation();
  const due = useRatingsDue(1);
  const dueText = due.data ? t('insightsData.overview.ratingsDue', { count: due.data.total }) : null;
  const badge = (section: DataSection) =>
    section === 'ratings' && due.data ? (
      <Badge color={due.data.total > 0 ? 'orange' : 'teal'} variant="light">
        {dueText}
      </Badge>
    ) : null;
  // The card is one link: its name is the title, plus the count on the ratings card.
  const cardName = (section: DataSection) => [t(`insightsData.overview.cards.${section}.title`), section === 'ratings' ? dueText : null].filter(Boolean).join(', ');

  return (
    <DataPage title={t('insightsData.overview.title')} intro={t('insightsData.overview.intro')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {DATA_SECTIONS.map((section) => (
          <Card key={section} withBorder padding="lg" component={Link} to={sectionPath(section)} aria-label={cardName(section)}>
            <Group justify="space-between" align="flex-start" mb="xs">
              <Title order={2} size="h4">
                {t(`insightsData.overview.cards.${section}.title`)}
              </Title>
              {badge(section)}
            </Group>
            <Text size="sm" c="dimmed">
              {t(`insightsData.overview.cards.${section}.text`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </DataPage>
  );
}
