import type { OpenVacancySummary } from '@kring/api-client';
import { Anchor, Badge, Card, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProgrammeReward } from './programme-reward';
import { VacancyFacts } from './vacancy-facts';

export function OpenVacancyCard({ vacancy }: { vacancy: OpenVacancySummary }) {
  const { t } = useTranslation();
  return (
    <Card component="article" withBorder radius="md" padding="md" aria-labelledby={`vacancy-${vacancy.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={2} size="h4" id={`vacancy-${vacancy.id}`}>
            <Anchor component={Link} to={`/vacancies/${vacancy.id}`} c="inherit">
              {vacancy.title}
            </Anchor>
          </Title>
          {vacancy.hardToFill ? (
            <Badge color="grape" variant="light" autoContrast miw="fit-content" styles={{ label: { overflow: 'visible' } }}>
              {t('openVacancies.hardToFill')}
            </Badge>
          ) : null}
        </Group>
        <VacancyFacts {...vacancy} />
        <ProgrammeReward rewardSummary={vacancy.programme.rewardSummary} endsAt={vacancy.programme.endsAt} />
      </Stack>
    </Card>
  );
}
