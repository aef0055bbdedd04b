import { Checkbox, Fieldset, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VacancyMatchProfile } from '../api/types';

/** The languages offered for a vacancy (any the vacancy already asks for are offered too). */
export const CRITERIA_LANGUAGES = ['nl', 'en', 'de', 'fr'] as const;

/** The vacancy's matching criteria as the form edits them (empty strings for "not set"). */
export interface Criteria {
  region: string;
  languages: string[];
  startBy: string;
  latitude: number | '';
  longitude: number | '';
}

export const criteriaOf = (profile: VacancyMatchProfile): Criteria => ({
  region: profile.region ?? '',
  languages: profile.languages,
  startBy: profile.startBy ?? '',
  latitude: profile.latitude ?? '',
  longitude: profile.longitude ?? '',
});

/** The PUT's criteria fields: blanks become null; the server checks ranges and that coordinates come in pairs. */
export const criteriaBody = (c: Criteria) => ({
  region: c.region.trim() || null,
  latitude: c.latitude === '' ? null : c.latitude,
  longitude: c.longitude === '' ? null : c.longitude,
  languages: c.languages,
  startBy: c.startBy || null,
});

/** Null when the criteria can be sent, else the translation key of what is wrong. */
export function criteriaProblem(c: Criteria): string | null {
  return (c.latitude === '') !== (c.longitude === '') ? 'match.profile.criteria.coordinatesPair' : null;
}

/**
 * Where, from when and in which languages: the vacancy facts the score's location, availability and language parts
 * compare with people's. Parts the vacancy leaves empty do not count (their weight goes to the others).
 */
export function CriteriaFields({ value, onChange }: { value: Criteria; onChange: (next: Criteria) => void }) {
  const { t } = useTranslation();
  const set = (change: Partial<Criteria>) => onChange({ ...value, ...change });
  const languages = [...new Set<string>([...CRITERIA_LANGUAGES, ...value.languages])];
  const problem = criteriaProblem(value);
  const coordinate = (v: string | number) => (typeof v === 'number' ? v : v.trim() === '' ? '' : Number(v));
  return (
    <Fieldset legend={t('match.profile.criteria.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('match.profile.criteria.intro')}
        </Text>
        <Group grow align="flex-start">
          <TextInput
            label={t('match.profile.criteria.region')}
            description={t('match.profile.criteria.regionHint')}
            value={value.region}
            maxLength={100}
            onChange={(event) => set({ region: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('match.profile.criteria.startBy')}
            description={t('match.profile.criteria.startByHint')}
            value={value.startBy}
            onChange={(event) => set({ startBy: event.currentTarget.value })}
          />
        </Group>
        <Checkbox.Group label={t('match.profile.criteria.languages')} value={value.languages} onChange={(next) => set({ languages: next })}>
          <Group gap="md" mt={4}>
            {languages.map((code) => (
              <Checkbox key={code} value={code} label={t(`match.languages.${code}`, { defaultValue: code.toUpperCase() })} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group grow align="flex-start">
          <NumberInput
            label={t('match.profile.criteria.latitude')}
            description={t('match.profile.criteria.coordinatesHint')}
            value={value.latitude}
            min={-90}
            max={90}
            decimalScale={5}
            onChange={(v) => set({ latitude: coordinate(v) })}
            error={problem ? t(problem) : undefined}
          />
          <NumberInput
            label={t('match.profile.criteria.longitude')}
            description={t('match.profile.criteria.coordinatesHint')}
            value={value.longitude}
            min={-180}
            max={180}
            decimalScale={5}
            onChange={(v) => set({ longitude: coordinate(v) })}
          />
        </Group>
      </Stack>
    </Fieldset>
  );
}
