import { Autocomplete, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useDepartmentOptions } from '../api/list-department-options';
import { useProgrammeOptions } from '../api/list-programme-options';
import { useKpiLabels } from '../lib/labels';
import { customPeriodProblem, type DashboardFilters, parseIsoDate, PERIOD_PRESETS, type PeriodPreset } from '../lib/period';

interface Props {
  filters: DashboardFilters;
  /** The period the filters stand for now (seeds the custom dates). */
  period: { from: string; to: string };
  onChange: (filters: DashboardFilters) => void;
}

/** Period, programme and department; every change lands in the URL (see the page), so a view can be shared. */
export function FilterBar({ filters, period, onChange }: Props) {
  const { t } = useKpiLabels();
  const programmes = useProgrammeOptions();
  const departments = useDepartmentOptions();
  const commitDepartment = (next: string) => {
    const trimmed = next.trim();
    if (trimmed === (filters.department ?? '')) return;
    const { department: _dropped, ...rest } = filters;
    onChange(trimmed ? { ...rest, department: trimmed } : rest);
  };
  const setPreset = (preset: PeriodPreset) =>
    onChange(preset === 'custom' ? { ...filters, preset, from: period.from, to: period.to } : { ...filters, preset, from: undefined, to: undefined });
  const setDate = (which: 'from' | 'to', raw: string) => {
    const date = parseIsoDate(raw);
    if (date) onChange({ ...filters, preset: 'custom', [which]: date });
  };
  const problem = filters.preset === 'custom' ? customPeriodProblem(filters.from, filters.to) : null;

  return (
    <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label={t('insightsDashboard.filters.label')}>
      <Select
        label={t('insightsDashboard.filters.period')}
        data={PERIOD_PRESETS.map((preset) => ({ value: preset, label: t(`insightsDashboard.presets.${preset}`) }))}
        value={filters.preset}
        onChange={(value) => value && setPreset(value as PeriodPreset)}
        allowDeselect={false}
        w={220}
      />
      {filters.preset === 'custom' ? (
        <>
          <TextInput
            type="date"
            label={t('insightsDashboard.filters.from')}
            value={filters.from ?? period.from}
            onChange={(event) => setDate('from', event.currentTarget.value)}
            error={problem ? t(`insightsDashboard.filters.${problem}`) : undefined}
            w={180}
          />
          <TextInput
            type="date"
            label={t('insightsDashboard.filters.to')}
            value={filters.to ?? period.to}
            onChange={(event) => setDate('to', event.currentTarget.value)}
            w={180}
          />
        </>
      ) : null}
      <Select
        label={t('insightsDashboard.filters.programmeId')}
        placeholder={t('insightsDashboard.filters.allProgrammes')}
        data={programmes.data ?? []}
        value={filters.programmeId ?? null}
        onChange={(value) => {
          const { programmeId: _dropped, ...rest } = filters;
          onChange(value ? { ...rest, programmeId: value } : rest);
        }}
        clearable
        searchable
        disabled={programmes.isError}
        description={programmes.isError ? t('insightsDashboard.filters.programmesFailed') : undefined}
        w={260}
      />
      <DepartmentFilter
        key={filters.department ?? ''}
        value={filters.department ?? ''}
        suggestions={departments.data ?? []}
        onCommit={commitDepartment}
      />
    </Group>
  );
}

interface DepartmentFilterProps {
  value: string;
  suggestions: string[];
  onCommit: (department: string) => void;
}

/**
 * A department from the suggestions or typed by hand; it is applied when chosen, on Enter or on leaving the field (not
 * on every keystroke, which would ask every KPI again). Keyed by the applied value, so a URL change resets the text.
 */
function DepartmentFilter({ value, suggestions, onCommit }: DepartmentFilterProps) {
  const { t } = useKpiLabels();
  const [text, setText] = useState(value);
  return (
    <Autocomplete
      label={t('insightsDashboard.filters.department')}
      placeholder={t('insightsDashboard.filters.allDepartments')}
      data={suggestions}
      value={text}
      onChange={setText}
      onOptionSubmit={onCommit}
      onBlur={() => onCommit(text)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onCommit(event.currentTarget.value);
      }}
      clearable
      onClear={() => onCommit('')}
      w={240}
    />
  );
}
