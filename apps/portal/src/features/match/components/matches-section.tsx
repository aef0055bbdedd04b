import { Alert, Button, Checkbox, Group, NativeSelect, Pagination, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVacancyMatchProfile } from '../api/get-vacancy-match-profile';
import { useVacancyMatches } from '../api/list-vacancy-matches';
import type { LabelLanguage, ListMatchesQuery } from '../api/types';
import { MatchCard } from './match-card';
import { hasProblemCode, MATCH_ERROR_CODES, matchProblemKey } from './match-problem';

export const MATCHES_PAGE_SIZE = 20;
/** Phases the ranking can return (new hires in `entry` never are). */
const FILTER_PHASES = ['exit', 'employment', 'information', 'relation', 'orientation'] as const;
const FILTER_LANGUAGES = ['nl', 'en', 'de', 'fr'] as const;
const MIN_SCORES = ['25', '50', '75'] as const;
const DISTANCES = ['10', '25', '50', '100'] as const;

interface Filters {
  phases: string[];
  region: string;
  language: string;
  minScore: string;
  availableBy: string;
  maxDistanceKm: string;
}
const NO_FILTERS: Filters = { phases: [], region: '', language: '', minScore: '', availableBy: '', maxDistanceKm: '' };

function toQuery(filters: Filters, page: number, lang: LabelLanguage): ListMatchesQuery {
  const query: ListMatchesQuery = { lang, limit: MATCHES_PAGE_SIZE, offset: (page - 1) * MATCHES_PAGE_SIZE };
  if (filters.phases.length > 0) query.phases = filters.phases as ListMatchesQuery['phases'];
  if (filters.region.trim()) query.region = filters.region.trim();
  if (filters.language) query.language = filters.language;
  if (filters.minScore) query.minScore = Number(filters.minScore) / 100;
  if (filters.maxDistanceKm) query.maxDistanceKm = Number(filters.maxDistanceKm);
  if (/^\d{4}-\d{2}-\d{2}$/.test(filters.availableBy)) query.availableBy = filters.availableBy;
  return query;
}

/** Section 2: the people Kring may approach, ranked and explained, narrowed by filters with a live count. */
export function MatchesSection({ vacancyId, lang }: { vacancyId: string; lang: LabelLanguage }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [region] = useDebouncedValue(filters.region, 300);
  // A distance filter needs coordinates on the vacancy (same cached query as the profile section).
  const profile = useVacancyMatchProfile(vacancyId, lang);
  const hasCoordinates = profile.data?.latitude != null && profile.data.longitude != null;
  const matches = useVacancyMatches(vacancyId, toQuery({ ...filters, region }, page, lang));
  const change = (next: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...next }));
    setPage(1);
  };
  const notProfiled = matches.isError && hasProblemCode(matches.error, MATCH_ERROR_CODES.vacancyNotProfiled);
  const pages = matches.data ? Math.max(1, Math.ceil(matches.data.total / MATCHES_PAGE_SIZE)) : 1;

  return (
    <Stack gap="md" component="section" aria-labelledby="match-matches-title">
      <Group justify="space-between" align="flex-end">
        <Title order={2} id="match-matches-title">
          {t('match.matches.title')}
        </Title>
        {matches.data && (
          <Text fw={600} role="status" aria-live="polite" data-testid="match-total">
            {t('match.matches.total', { count: matches.data.total })}
          </Text>
        )}
      </Group>
      <Alert color="blue" variant="light">
        {t('match.matches.note')}
      </Alert>
      <Paper withBorder p="md" component="fieldset" aria-label={t('match.filters.title')}>
        <Stack gap="sm">
          <Checkbox.Group label={t('match.filters.phases')} value={filters.phases} onChange={(phases) => change({ phases })}>
            <Group gap="md" mt={4}>
              {FILTER_PHASES.map((phase) => (
                <Checkbox key={phase} value={phase} label={t(`match.phases.${phase}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group grow align="flex-end">
            <TextInput
              label={t('match.filters.region')}
              value={filters.region}
              onChange={(event) => change({ region: event.currentTarget.value })}
            />
            <NativeSelect
              label={t('match.filters.language')}
              value={filters.language}
              onChange={(event) => change({ language: event.currentTarget.value })}
              data={[
                { value: '', label: t('match.filters.anyLanguage') },
                ...FILTER_LANGUAGES.map((code) => ({ value: code, label: t(`match.languages.${code}`) })),
              ]}
            />
            <NativeSelect
              label={t('match.filters.minScore')}
              value={filters.minScore}
              onChange={(event) => change({ minScore: event.currentTarget.value })}
              data={[
                { value: '', label: t('match.filters.anyScore') },
                ...MIN_SCORES.map((score) => ({ value: score, label: `${score}%` })),
              ]}
            />
            {hasCoordinates && (
              <NativeSelect
                label={t('match.filters.maxDistance')}
                value={filters.maxDistanceKm}
                onChange={(event) => change({ maxDistanceKm: event.currentTarget.value })}
                data={[
                  { value: '', label: t('match.filters.anyDistance') },
                  ...DISTANCES.map((km) => ({ value: km, label: t('match.matches.distance', { km }) })),
                ]}
              />
            )}
            <TextInput
              type="date"
              label={t('match.filters.availableBy')}
              value={filters.availableBy}
              onChange={(event) => change({ availableBy: event.currentTarget.value })}
            />
          </Group>
          <Group>
            <Button variant="subtle" size="xs" onClick={() => change(NO_FILTERS)}>
              {t('match.filters.reset')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {matches.isPending ? (
        <Text role="status">{t('match.loading')}</Text>
      ) : notProfiled ? (
        <Alert color="yellow" variant="light" title={t('match.matches.notProfiledTitle')}>
          {t('match.matches.notProfiled')}
        </Alert>
      ) : matches.isError ? (
        <Alert color="red" variant="light" title={t('match.matches.loadFailed')} role="alert">
          {t(matchProblemKey(matches.error))}
        </Alert>
      ) : matches.data.items.length === 0 ? (
        <Text c="dimmed">{t('match.matches.empty')}</Text>
      ) : (
        <>
          <Stack gap="sm" component="ul" aria-label={t('match.matches.listLabel')} p={0} m={0}>
            {matches.data.items.map((match) => (
              <MatchCard key={match.personId} vacancyId={vacancyId} match={match} />
            ))}
          </Stack>
          {pages > 1 && (
            <Pagination total={pages} value={page} onChange={setPage} aria-label={t('match.matches.page')} />
          )}
        </>
      )}
    </Stack>
  );
}
