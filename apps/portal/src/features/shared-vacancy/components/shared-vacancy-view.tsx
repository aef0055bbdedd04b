import type { SharedVacancy } from '@kring/api-client';
import { Group, Stack, Text, Title, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumberRange } from '../../../lib/format';

/** The vacancy as a candidate sees it through a colleague's link. */
export function SharedVacancyView({ shared }: { shared: SharedVacancy }) {
  const { t } = useTranslation();
  const { vacancy } = shared;
  const perWeek = formatNumberRange(vacancy.hoursMin, vacancy.hoursMax);
  const facts = [
    vacancy.location,
    perWeek ? t('sharedVacancy.hours', { hours: perWeek }) : null,
    vacancy.department,
    t(`sharedVacancy.employmentTypes.${vacancy.employmentType}`, { defaultValue: '' }) || null,
  ].filter((fact): fact is string => Boolean(fact));
  return (
    <Stack gap="sm">
      <Text c="dimmed" size="sm">
        {t('sharedVacancy.invitedBy', { referrer: shared.referrerFirstName, organisation: shared.organisationName })}
      </Text>
      <Title order={1}>{vacancy.title}</Title>
      <Group gap="xs" c="dimmed">
        <Text size="sm">{facts.join(' · ')}</Text>
      </Group>
      {/* Sanitised by the server. */}
      <Typography dangerouslySetInnerHTML={{ __html: vacancy.descriptionHtml }} style={{ overflowWrap: 'anywhere' }} />
    </Stack>
  );
}
