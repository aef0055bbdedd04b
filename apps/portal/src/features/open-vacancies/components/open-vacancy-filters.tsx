import { EMPLOYMENT_TYPES, type EmploymentType } from '@kring/shared-domain';
import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface OpenVacancyFilterValues {
  search: string;
  location: string;
  department: string;
  employmentType: EmploymentType | '';
}

interface Props {
  values: OpenVacancyFilterValues;
  /** Locations and departments to choose from. */
  locations: readonly string[];
  departments: readonly string[];
  onChange: (values: OpenVacancyFilterValues) => void;
}

function options(all: string, values: readonly string[]) {
  return [{ value: '', label: all }, ...values.map((value) => ({ value, label: value }))];
}

export function OpenVacancyFilters({ values, locations, departments, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<OpenVacancyFilterValues>) => onChange({ ...values, ...patch });
  return (
    <SimpleGrid component="search" aria-label={t('openVacancies.filters')} cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      <TextInput
        type="search"
        label={t('openVacancies.search')}
        placeholder={t('openVacancies.searchPlaceholder')}
        value={values.search}
        onChange={(event) => set({ search: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('openVacancies.location')}
        value={values.location}
        onChange={(event) => set({ location: event.currentTarget.value })}
        data={options(t('openVacancies.allLocations'), locations)}
      />
      <NativeSelect
        label={t('openVacancies.department')}
        value={values.department}
        onChange={(event) => set({ department: event.currentTarget.value })}
        data={options(t('openVacancies.allDepartments'), departments)}
      />
      <NativeSelect
        label={t('openVacancies.employmentType')}
        value={values.employmentType}
        onChange={(event) => set({ employmentType: event.currentTarget.value as EmploymentType | '' })}
        data={[
          { value: '', label: t('openVacancies.allEmploymentTypes') },
          ...EMPLOYMENT_TYPES.map((value) => ({ value, label: t(`openVacancies.employmentTypes.${value}`) })),
        ]}
      />
    </SimpleGrid>
  );
}
