import { Alert, Badge, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVacancyMatchProfile } from '../api/get-vacancy-match-profile';
import { usePutVacancyMatchProfile } from '../api/put-vacancy-match-profile';
import { useSuggestVacancyMatchProfile } from '../api/suggest-vacancy-match-profile';
import { evidenceWords, type LabelLanguage, type VacancyConcept, type VacancyMatchProfile } from '../api/types';
import { type Criteria, criteriaBody, CriteriaFields, criteriaOf, criteriaProblem } from './criteria-fields';
import { matchProblemKey, percent } from './match-problem';

type Decision = 'pending' | 'accepted' | 'removed';
type Kind = 'essential' | 'optional';
interface Draft {
  decision: Decision;
  kind: Kind;
}

const conceptKey = (type: 'skill' | 'occupation', uri: string) => `${type}:${uri}`;

function initial(concept: VacancyConcept): Draft {
  return { decision: concept.status === 'confirmed' ? 'accepted' : 'pending', kind: concept.kind ?? 'essential' };
}

/** HR's choices on top of the saved profile; concepts and criteria HR did not touch keep their saved state. */
function buildBody(profile: VacancyMatchProfile, drafts: Record<string, Draft>, criteria: Criteria | null) {
  const state = (type: 'skill' | 'occupation', concept: VacancyConcept) => drafts[conceptKey(type, concept.uri)] ?? initial(concept);
  return {
    skills: profile.skills
      .filter((skill) => state('skill', skill).decision === 'accepted')
      .map((skill) => ({ uri: skill.uri, kind: state('skill', skill).kind })),
    occupations: profile.occupations
      .filter((occupation) => state('occupation', occupation).decision === 'accepted')
      .map((occupation) => ({ uri: occupation.uri })),
    ...criteriaBody(criteria ?? criteriaOf(profile)),
  };
}

/** Section 1: the vacancy's skills and occupations; suggestions from the text, accepted or removed by HR, then saved. */
export function ProfileSection({ vacancyId, lang }: { vacancyId: string; lang: LabelLanguage }) {
  const { t } = useTranslation();
  const profile = useVacancyMatchProfile(vacancyId, lang);
  const suggest = useSuggestVacancyMatchProfile(vacancyId, lang);
  const save = usePutVacancyMatchProfile(vacancyId, lang);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  /** HR's edit of the criteria; null while untouched (the saved ones apply). */
  const [criteria, setCriteria] = useState<Criteria | null>(null);
  const changed = Object.keys(drafts).length > 0 || criteria !== null;

  const update = (key: string, concept: VacancyConcept, change: Partial<Draft>) => {
    save.reset();
    setDrafts((current) => ({ ...current, [key]: { ...(current[key] ?? initial(concept)), ...change } }));
  };

  const renderConcept = (type: 'skill' | 'occupation', concept: VacancyConcept) => {
    const key = conceptKey(type, concept.uri);
    const draft = drafts[key] ?? initial(concept);
    const words = evidenceWords(concept.evidence);
    const label = concept.label;
    return (
      <Paper key={key} withBorder p="sm" component="li" aria-label={label} style={{ listStyle: 'none' }}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={600} td={draft.decision === 'removed' ? 'line-through' : undefined}>
                {label}
              </Text>
              <Badge variant="light" color={draft.decision === 'accepted' ? 'teal' : draft.decision === 'removed' ? 'gray' : 'yellow'}>
                {t(
                  draft.decision === 'accepted'
                    ? 'match.profile.confirmed'
                    : draft.decision === 'removed'
                      ? 'match.profile.removed'
                      : 'match.profile.suggested',
                )}
              </Badge>
              {concept.confidence !== null && (
                <Text size="xs" c="dimmed">
                  {t('match.profile.confidence', { percent: percent(concept.confidence) })}
                </Text>
              )}
            </Group>
            {words.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('match.profile.evidence', {
                  words: words.map((word) => `“${word}”`).join(', '),
                  interpolation: { escapeValue: false },
                })}
              </Text>
            )}
          </Stack>
          <Group gap="xs" wrap="nowrap">
            {type === 'skill' && draft.decision === 'accepted' && (
              <Switch
                label={t('match.profile.essential')}
                aria-label={t('match.profile.essentialLabel', { label })}
                checked={draft.kind === 'essential'}
                onChange={(event) => update(key, concept, { kind: event.currentTarget.checked ? 'essential' : 'optional' })}
              />
            )}
            {draft.decision === 'pending' && (
              <Button
                size="xs"
                aria-label={t('match.profile.acceptLabel', { label })}
                onClick={() => update(key, concept, { decision: 'accepted' })}
              >
                {t('match.profile.accept')}
              </Button>
            )}
            {draft.decision === 'removed' ? (
              <Button
                size="xs"
                variant="default"
                aria-label={t('match.profile.restoreLabel', { label })}
                onClick={() => update(key, concept, { decision: concept.status === 'confirmed' ? 'accepted' : 'pending' })}
              >
                {t('match.profile.restore')}
              </Button>
            ) : (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                aria-label={t('match.profile.removeLabel', { label })}
                onClick={() => update(key, concept, { decision: 'removed' })}
              >
                {t('match.profile.remove')}
              </Button>
            )}
          </Group>
        </Group>
      </Paper>
    );
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="match-profile-title">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} id="match-profile-title">
            {t('match.profile.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('match.profile.intro')}
          </Text>
        </Stack>
        <Button variant="light" loading={suggest.isPending} disabled={!profile.data} onClick={() => suggest.mutate()}>
          {t('match.profile.suggest')}
        </Button>
      </Group>
      {suggest.isError && (
        <Alert color="red" variant="light" title={t('match.profile.suggestFailed')} role="alert">
          {t(matchProblemKey(suggest.error))}
        </Alert>
      )}
      {profile.isPending ? (
        <Text role="status">{t('match.loading')}</Text>
      ) : profile.isError ? (
        <Alert color="red" variant="light" title={t('match.profile.loadFailed')} role="alert">
          {t(matchProblemKey(profile.error))}
        </Alert>
      ) : profile.data.skills.length === 0 && profile.data.occupations.length === 0 ? (
        <Text c="dimmed">{t('match.profile.empty')}</Text>
      ) : (
        <form
          aria-label={t('match.profile.title')}
          onSubmit={(event) => {
            event.preventDefault();
            if (criteria && criteriaProblem(criteria)) return;
            save.mutate(buildBody(profile.data, drafts, criteria), {
              onSuccess: () => {
                setDrafts({});
                setCriteria(null);
              },
            });
          }}
        >
          <Stack gap="md">
            {(['skill', 'occupation'] as const).map((type) => {
              const concepts = type === 'skill' ? profile.data.skills : profile.data.occupations;
              const heading = t(type === 'skill' ? 'match.profile.skills' : 'match.profile.occupations');
              return (
                <Stack gap="xs" key={type}>
                  <Title order={3} size="h5">
                    {heading}
                  </Title>
                  {concepts.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('match.profile.noneOfKind')}
                    </Text>
                  ) : (
                    <Stack gap="xs" component="ul" aria-label={heading} p={0} m={0}>
                      {concepts.map((concept) => renderConcept(type, concept))}
                    </Stack>
                  )}
                </Stack>
              );
            })}
            <CriteriaFields
              value={criteria ?? criteriaOf(profile.data)}
              onChange={(next) => {
                save.reset();
                setCriteria(next);
              }}
            />
            <Group>
              <Button type="submit" disabled={!changed} loading={save.isPending}>
                {t('match.profile.save')}
              </Button>
              {changed && (
                <Text size="sm" c="dimmed">
                  {t('match.profile.unsaved')}
                </Text>
              )}
              {save.isSuccess && !changed && (
                <Text size="sm" c="teal" role="status">
                  {t('match.profile.saved')}
                </Text>
              )}
              {save.isError && (
                <Text size="sm" c="red" role="alert">
                  {t(matchProblemKey(save.error))}
                </Text>
              )}
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
