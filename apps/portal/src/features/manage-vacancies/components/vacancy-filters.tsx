import { EMPLOYMENT_TYPES, type EmploymentType, VACANCY_STATUSES, type VacancyStatus } from '@kring/shared-domain';
import { Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface VacancyFilterValues {
  status?: VacancyStatus;
  employmentType?: EmploymentType;
  hardToFill?: boolean;
  search: string;
}

interface Props {
  values: VacancyFilterValues;
  onChange: (values: VacancyFilterValues) => void;
}

export function VacancyFilters({ values, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Group component="search" aria-label={t('manageVacancies.filters')} gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        type="search"
        label={t('manageVacancies.search')}
        placeholder={t('manageVacancies.searchPlaceholder')}
        value={values.search}
        onChange={(event) => onChange({ ...values, search: event.currentTarget.value })}
        style={{ flex: '1 1 14rem' }}
      />
      <NativeSelect
        label={t('manageVacancies.status')}
        value={values.status ?? ''}
        onChange={(event) => onChange({ ...values, status: (event.currentTarget.value || undefined) as VacancyStatus | undefined })}
        data={[
          { value: '', label: t('manageVacancies.allStatuses') },
          ...VACANCY_STATUSES.map((value) => ({ value, label: t(`manageVacancies.statuses.${value}`) })),
        ]}
        style={{ flex: '0 1 11rem' }}
      />
      <NativeSelect
        label={t('manageVacancies.fields.employmentType')}
        value={values.employmentType ?? ''}
        onChange={(event) =>
          onChange({ ...values, employmentType: (event.currentTarget.value || undefined) as EmploymentType | undefined })
        }
        data={[
          { value: '', label: t('manageVacancies.allEmploymentTypes') },
          ...EMPLOYMENT_TYPES.map((value) => ({ value, label: t(`manageVacancies.employmentTypes.${value}`) })),
        ]}
        style={{ flex: '0 1 11rem' }}
      />
      <Checkbox
        label={t('manageVacancies.onlyHardToFill')}
        checked={values.hardToFill === true}
        onChange={(event) => onChange({ ...values, hardToFill: event.currentTarget.checked ? true : undefined })}
        mb={8}
      />
    </Group>
  );
}
