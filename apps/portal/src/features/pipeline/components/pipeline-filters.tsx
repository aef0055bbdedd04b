import { CONSENT_STATES, type ConsentState, type Stage, STAGES } from '@kring/shared-domain';
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStageLabel } from './use-stage-label';

export interface PipelineFilterValues {
  vacancyId?: string;
  programmeId?: string;
  consentState?: ConsentState;
  stage?: Stage;
  search: string;
}

export interface FilterOption {
  value: string;
  label: string;
}

interface Props {
  values: PipelineFilterValues;
  onChange: (values: PipelineFilterValues) => void;
  vacancyOptions: FilterOption[];
  programmeOptions: FilterOption[];
  /** The board shows stages as columns; the table filters on one. */
  showStage: boolean;
}

export function PipelineFilters({ values, onChange, vacancyOptions, programmeOptions, showStage }: Props) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  return (
    <Group component="search" aria-label={t('pipeline.filters')} gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        type="search"
        label={t('pipeline.search')}
        placeholder={t('pipeline.searchPlaceholder')}
        value={values.search}
        onChange={(event) => onChange({ ...values, search: event.currentTarget.value })}
        style={{ flex: '1 1 12rem' }}
      />
      <NativeSelect
        label={t('pipeline.filterVacancy')}
        value={values.vacancyId ?? ''}
        onChange={(event) => onChange({ ...values, vacancyId: event.currentTarget.value || undefined })}
        data={[{ value: '', label: t('pipeline.allVacancies') }, ...vacancyOptions]}
        style={{ flex: '1 1 12rem' }}
      />
      <NativeSelect
        label={t('pipeline.filterProgramme')}
        value={values.programmeId ?? ''}
        onChange={(event) => onChange({ ...values, programmeId: event.currentTarget.value || undefined })}
        data={[{ value: '', label: t('pipeline.allProgrammes') }, ...programmeOptions]}
        style={{ flex: '1 1 12rem' }}
      />
      <NativeSelect
        label={t('pipeline.filterConsent')}
        value={values.consentState ?? ''}
        onChange={(event) => onChange({ ...values, consentState: (event.currentTarget.value || undefined) as ConsentState | undefined })}
        data={[
          { value: '', label: t('pipeline.allConsentStates') },
          ...CONSENT_STATES.map((value) => ({ value, label: t(`pipeline.consentStates.${value}`) })),
        ]}
        style={{ flex: '0 1 12rem' }}
      />
      {showStage ? (
        <NativeSelect
          label={t('pipeline.filterStage')}
          value={values.stage ?? ''}
          onChange={(event) => onChange({ ...values, stage: (event.currentTarget.value || undefined) as Stage | undefined })}
          data={[{ value: '', label: t('pipeline.allStages') }, ...STAGES.map((value) => ({ value, label: stageLabel(value) }))]}
          style={{ flex: '0 1 11rem' }}
        />
      ) : null}
    </Group>
  );
}
