import type { EmploymentType } from '@kring/shared-domain';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumberRange } from '../../../lib/format';

interface Props {
  location: string | null;
  department: string | null;
  employmentType: EmploymentType;
  hoursMin: number | null;
  hoursMax: number | null;
}

/** Location, hours, department and contract of a vacancy, in one wrapping line. */
export function VacancyFacts({ location, department, employmentType, hoursMin, hoursMax }: Props) {
  const { t } = useTranslation();
  const hours = formatNumberRange(hoursMin, hoursMax);
  const facts = [
    location,
    hours ? t('openVacancies.hours', { hours }) : null,
    department,
    t(`openVacancies.employmentTypes.${employmentType}`),
  ].filter((fact): fact is string => Boolean(fact));
  return (
    <Group component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('openVacancies.facts')}>
      {facts.map((fact, index) => (
        <Text component="li" key={fact} size="sm" c="dimmed">
          {index > 0 ? <span aria-hidden="true">· </span> : null}
          {fact}
        </Text>
      ))}
    </Group>
  );
}
