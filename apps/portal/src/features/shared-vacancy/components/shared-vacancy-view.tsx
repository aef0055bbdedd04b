import { Group, Stack, Text, Title, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SharedVacancy } from '../api/get-shared-vacancy';

function hours(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return min === max ? `${min}` : `${min}–${max}`;
  if (min !== null) return `≥ ${min}`;
  if (max !== null) return `≤ ${max}`;
  return null;
}

/** The vacancy as a candidate sees it through a colleague's link. */
export function SharedVacancyView({ shared }: { shared: SharedVacancy }) {
  const { t } = useTranslation();
  const { vacancy } = shared;
  const perWeek = hours(vacancy.hoursMin, vacancy.hoursMax);
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
