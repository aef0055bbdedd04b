import { CONSENT_PURPOSES, ENGAGEMENT_LEVELS, LOCALES, PHASES } from '@kring/shared-domain';
import { MultiSelect, Select, SimpleGrid, TagsInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SegmentFilter } from '../api/types';

interface Props {
  value: SegmentFilter;
  onChange: (value: SegmentFilter) => void;
  pools: ReadonlyArray<{ id: string; name: string }>;
}

/** The fields of a segment filter, used by the people list and the segment editor. */
export function FilterFields({ value, onChange, pools }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof SegmentFilter>(key: K, next: SegmentFilter[K]) => onChange({ ...value, [key]: next });
  const lower = (values: string[]) => [...new Set(values.map((v) => v.trim().toLowerCase()).filter(Boolean))];

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <MultiSelect
          label={t('ermPeople.filter.phases')}
          data={PHASES.map((phase) => ({ value: phase, label: t(`ermPeople.phases.${phase}`) }))}
          value={value.phases ?? []}
          onChange={(next) => set('phases', next as SegmentFilter['phases'])}
          clearable
        />
        <MultiSelect
          label={t('ermPeople.filter.engagementLevels')}
          data={ENGAGEMENT_LEVELS.map((level) => ({ value: level, label: t(`ermPeople.engagement.${level}`) }))}
          value={value.engagementLevels ?? []}
          onChange={(next) => set('engagementLevels', next as SegmentFilter['engagementLevels'])}
          clearable
        />
        <TagsInput
          label={t('ermPeople.filter.tags')}
          description={t('ermPeople.filter.addHint')}
          value={value.tags ?? []}
          onChange={(next) => set('tags', lower(next))}
          clearable
        />
        <TagsInput
          label={t('ermPeople.filter.skills')}
          description={t('ermPeople.filter.addHint')}
          value={value.skills ?? []}
          onChange={(next) => set('skills', lower(next))}
          clearable
        />
        <TagsInput
          label={t('ermPeople.filter.locations')}
          description={t('ermPeople.filter.addHint')}
          value={value.locations ?? []}
          onChange={(next) => set('locations', next.map((v) => v.trim()).filter(Boolean))}
          clearable
        />
        <MultiSelect
          label={t('ermPeople.filter.locales')}
          data={LOCALES.map((locale) => ({ value: locale, label: t(`ermPeople.locales.${locale}`) }))}
          value={value.locales ?? []}
          onChange={(next) => set('locales', next as SegmentFilter['locales'])}
          clearable
        />
        <MultiSelect
          label={t('ermPeople.filter.pools')}
          data={pools.map((pool) => ({ value: pool.id, label: pool.name }))}
          value={value.poolIds ?? []}
          onChange={(next) => set('poolIds', next)}
          clearable
          disabled={pools.length === 0 && !(value.poolIds ?? []).length}
        />
        <Select
          label={t('ermPeople.filter.consentPurpose')}
          placeholder={t('ermPeople.filter.anyConsent')}
          data={CONSENT_PURPOSES.map((purpose) => ({ value: purpose, label: t(`ermPeople.purposes.${purpose}`) }))}
          value={value.consentPurpose ?? null}
          onChange={(next) => set('consentPurpose', (next ?? null) as SegmentFilter['consentPurpose'])}
          clearable
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('ermPeople.filter.hint')}
      </Text>
    </>
  );
}

/** Drops empty fields, so equal filters have equal query keys. */
export function compactFilter(filter: SegmentFilter): SegmentFilter {
  return Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as SegmentFilter;
}
