import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { usePersonSkillProfile } from '../api/get-person-skill-profile';
import { matchKeys } from '../api/keys';
import { usePutPersonSkills } from '../api/put-person-skills';
import { useSearchSkills } from '../api/search-skills';
import { useSuggestPersonSkills } from '../api/suggest-person-skills';
import type {
  LabelLanguage,
  PersonMatchingConsent,
  PersonSkillProfile,
  ProfileConcept,
  PutPersonSkillsInput,
  SkillSearchResult,
} from '../api/types';
import { matchProblemKey, percent } from './match-problem';
import { SkillHits } from './skill-hits';

type ConceptType = 'skill' | 'occupation';
/** HR's unsaved choice on a concept: accept a suggestion, or remove a skill HR set. */
type Decision = 'accepted' | 'removed';
type Drafts = Record<string, Decision>;

const conceptKey = (type: ConceptType, uri: string) => `${type}:${uri}`;

/** Rows of the person's own (`confirmed_by_person`) are always sent again: HR never drops them. */
function kept(type: ConceptType, concept: ProfileConcept, drafts: Drafts): boolean {
  const decision = drafts[conceptKey(type, concept.uri)];
  if (concept.source === 'confirmed_by_person') return true;
  if (concept.source === 'hr') return decision !== 'removed';
  return decision === 'accepted';
}

/**
 * The body of PUT /api/people/:id/skills, which replaces HR's list: the person's own confirmations (kept as theirs by
 * the server), HR's skills not removed, accepted suggestions and added skills. Suggestions not listed stay suggestions
 * (the server never removes the person's confirmations or suggestions through HR's list). No match facts: left out,
 * the server keeps them as they are, so this panel never undoes a change the person made meanwhile.
 */
export function personSkillsBody(profile: PersonSkillProfile, drafts: Drafts, added: SkillSearchResult[]): PutPersonSkillsInput {
  const present = new Set(profile.skills.map((s) => s.uri));
  return {
    skills: [
      ...profile.skills.filter((s) => kept('skill', s, drafts)).map((s) => ({ uri: s.uri })),
      ...added.filter((s) => !present.has(s.uri)).map((s) => ({ uri: s.uri })),
    ],
    occupations: profile.occupations.filter((o) => kept('occupation', o, drafts)).map((o) => ({ uri: o.uri })),
  };
}

/**
 * HR's view of a person's skills for Search & Match, on the person page: what the person confirmed, what HR set and what
 * Kring suggested (with the words it found), the matching consent, suggestions from the profile fields, and HR's edits.
 */
export function PersonSkillsPanel({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const lang: LabelLanguage = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const queryClient = useQueryClient();
  const profile = usePersonSkillProfile(personId, lang);
  const suggest = useSuggestPersonSkills(personId, lang);
  const save = usePutPersonSkills(personId, lang);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [added, setAdded] = useState<SkillSearchResult[]>([]);
  const [saved, setSaved] = useState(false);
  const changed = Object.keys(drafts).length > 0 || added.length > 0;

  const decide = (type: ConceptType, uri: string, decision: Decision | null) => {
    save.reset();
    setSaved(false);
    setDrafts((current) => {
      const next = { ...current };
      if (decision) next[conceptKey(type, uri)] = decision;
      else delete next[conceptKey(type, uri)];
      return next;
    });
  };
  const add = (hit: SkillSearchResult) => {
    const existing = profile.data?.skills.find((s) => s.uri === hit.uri);
    if (existing) {
      if (existing.status === 'suggested') decide('skill', hit.uri, 'accepted');
      return;
    }
    save.reset();
    setSaved(false);
    setAdded((current) => (current.some((s) => s.uri === hit.uri) ? current : [...current, hit]));
  };
  const discard = () => {
    setDrafts({});
    setAdded([]);
    save.reset();
  };
  const submit = () => {
    if (!profile.data) return;
    save.mutate(personSkillsBody(profile.data, drafts, added), {
      onSuccess: async () => {
        setDrafts({});
        setAdded([]);
        setSaved(true);
        // The suggestions HR accepted are HR's now; the earlier announcement no longer holds.
        suggest.reset();
        await queryClient.invalidateQueries({ queryKey: matchKeys.personSkillProfiles(personId) });
      },
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="person-skills-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="person-skills-title">
          {t('match.personSkills.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('match.personSkills.intro')}
        </Text>
        {profile.isPending ? (
          <Group gap="xs" role="status" aria-live="polite">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{t('match.personSkills.loading')}</Text>
          </Group>
        ) : profile.isError ? (
          <Alert color="red" variant="light" title={t('match.personSkills.loadFailed')} role="alert">
            <Text size="sm">{t(matchProblemKey(profile.error))}</Text>
          </Alert>
        ) : (
          <>
            <ConsentNote consent={profile.data.matchingConsent} />
            <SuggestBlock
              pending={suggest.isPending}
              error={suggest.error}
              result={suggest.data}
              onSuggest={() => suggest.mutate()}
            />
            <ConceptGroups profile={profile.data} drafts={drafts} added={added} onDecide={decide} onUnadd={(uri) => setAdded((a) => a.filter((s) => s.uri !== uri))} />
            <AddSkill lang={lang} profile={profile.data} added={added} drafts={drafts} onAdd={add} />
            <SaveBar
              changed={changed}
              saving={save.isPending}
              error={save.error}
              saved={saved}
              onSave={submit}
              onDiscard={discard}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function ConsentNote({ consent }: { consent: PersonMatchingConsent }) {
  const { t } = useTranslation();
  const text =
    consent.status === 'granted' && consent.active
      ? consent.givenAt
        ? t('match.personSkills.consent.grantedSince', { date: formatDate(consent.givenAt) })
        : t('match.personSkills.consent.granted')
      : t(`match.personSkills.consent.${consent.status === 'granted' ? 'expired' : consent.status}`);
  return (
    <Alert color={consent.active ? 'teal' : 'yellow'} variant="light" title={t('match.personSkills.consent.title')} role="note" data-testid="person-matching-consent">
      <Stack gap={4}>
        <Text size="sm">{text}</Text>
        {consent.active && consent.expiresAt ? (
          <Text size="sm">{t('match.personSkills.consent.expires', { date: formatDate(consent.expiresAt) })}</Text>
        ) : null}
        {consent.active ? null : (
          <Text size="sm" fw={600}>
            {t('match.personSkills.consent.never')}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

interface SuggestProps {
  pending: boolean;
  error: unknown;
  result: { suggestedSkills: ProfileConcept[] } | undefined;
  onSuggest: () => void;
}

/** The "suggest from profile" button; its outcome is announced in a live region. */
function SuggestBlock({ pending, error, result, onSuggest }: SuggestProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group gap="sm" align="center">
        <Button variant="light" onClick={onSuggest} loading={pending}>
          {t('match.personSkills.suggest.button')}
        </Button>
        <Text size="xs" c="dimmed" style={{ flex: 1, minWidth: 200 }}>
          {t('match.personSkills.suggest.hint')}
        </Text>
      </Group>
      <div aria-live="polite" role="status">
        {pending ? (
          <Text size="sm">{t('match.personSkills.suggest.reading')}</Text>
        ) : result && !error ? (
          result.suggestedSkills.length === 0 ? (
            <Text size="sm">{t('match.personSkills.suggest.nothing')}</Text>
          ) : (
            <Stack gap={4}>
              <Text size="sm">{t('match.personSkills.suggest.done', { count: result.suggestedSkills.length })}</Text>
              <Stack component="ul" gap={2} p={0} m={0} aria-label={t('match.personSkills.suggest.results')} style={{ listStyle: 'none' }}>
                {result.suggestedSkills.map((skill) => (
                  <Text component="li" size="sm" key={skill.uri}>
                    <strong>{skill.label}</strong>
                    {skill.status === 'confirmed' ? ` (${t('match.personSkills.suggest.alreadyConfirmed')})` : ''}
                    {words(skill).length ? ` — ${words(skill).map((w) => `“${w}”`).join(', ')}` : ''}
                  </Text>
                ))}
              </Stack>
            </Stack>
          )
        ) : null}
      </div>
      {error && !pending ? (
        <Alert color="red" variant="light" title={t('match.personSkills.suggest.failed')} role="alert">
          <Text size="sm">{t(matchProblemKey(error))}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}

const words = (concept: ProfileConcept) => [...new Set(concept.evidence.map((e) => e.text).filter(Boolean))];

interface GroupsProps {
  profile: PersonSkillProfile;
  drafts: Drafts;
  added: SkillSearchResult[];
  onDecide: (type: ConceptType, uri: string, decision: Decision | null) => void;
  onUnadd: (uri: string) => void;
}

function ConceptGroups({ profile, drafts, added, onDecide, onUnadd }: GroupsProps) {
  const { t } = useTranslation();
  const skills = profile.skills;
  const own = skills.filter((s) => s.source === 'confirmed_by_person');
  const hr = skills.filter((s) => s.source === 'hr');
  const suggested = skills.filter((s) => s.status === 'suggested');
  const present = new Set(skills.map((s) => s.uri));
  const fresh = added.filter((s) => !present.has(s.uri));
  if (!skills.length && !profile.occupations.length && !fresh.length) {
    return (
      <Text size="sm" c="dimmed">
        {t('match.personSkills.empty')}
      </Text>
    );
  }
  const item = (type: ConceptType) => (concept: ProfileConcept) => (
    <ConceptItem key={concept.uri} concept={concept} decision={drafts[conceptKey(type, concept.uri)]} onDecide={(d) => onDecide(type, concept.uri, d)} />
  );
  return (
    <Stack gap="md">
      <ConceptGroup title={t('match.personSkills.groups.person')} hint={t('match.personSkills.groups.personHint')} count={own.length}>
        {own.map(item('skill'))}
      </ConceptGroup>
      <ConceptGroup title={t('match.personSkills.groups.hr')} count={hr.length + fresh.length}>
        {hr.map(item('skill'))}
        {fresh.map((hit) => (
          <Paper key={hit.uri} withBorder p="xs" component="li" aria-label={hit.label} style={{ listStyle: 'none' }}>
            <Group justify="space-between" wrap="nowrap">
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {hit.label}
                </Text>
                <Badge variant="light" color="blue" size="sm">
                  {t('match.personSkills.new')}
                </Badge>
              </Group>
              <Button size="xs" variant="subtle" color="red" aria-label={t('match.personSkills.removeLabel', { label: hit.label })} onClick={() => onUnadd(hit.uri)}>
                {t('match.personSkills.remove')}
              </Button>
            </Group>
          </Paper>
        ))}
      </ConceptGroup>
      <ConceptGroup title={t('match.personSkills.groups.suggested')} hint={t('match.personSkills.groups.suggestedHint')} count={suggested.length}>
        {suggested.map(item('skill'))}
      </ConceptGroup>
      {profile.occupations.length ? (
        <ConceptGroup title={t('match.personSkills.groups.occupations')} count={profile.occupations.length}>
          {profile.occupations.map(item('occupation'))}
        </ConceptGroup>
      ) : null}
    </Stack>
  );
}

function ConceptGroup({ title, hint, count, children }: { title: string; hint?: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          {t('match.personSkills.groups.none')}
        </Text>
      ) : (
        <Stack component="ul" gap={6} p={0} m={0} aria-label={title}>
          {children}
        </Stack>
      )}
    </Stack>
  );
}

interface ItemProps {
  concept: ProfileConcept;
  decision: Decision | undefined;
  onDecide: (decision: Decision | null) => void;
}

/** One concept: source, confidence and evidence for suggestions, and the actions HR may take on it. */
function ConceptItem({ concept, decision, onDecide }: ItemProps) {
  const { t } = useTranslation();
  const label = concept.label;
  const suggestion = concept.status === 'suggested';
  return (
    <Paper withBorder p="xs" component="li" aria-label={label} style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Text size="sm" fw={600} td={decision === 'removed' ? 'line-through' : undefined}>
              {label}
            </Text>
            <Badge variant="light" size="sm" color={suggestion ? 'yellow' : concept.source === 'hr' ? 'blue' : 'teal'}>
              {t(`match.personSkills.source.${concept.source}`)}
            </Badge>
            {decision ? (
              <Badge variant="outline" size="sm" color={decision === 'removed' ? 'red' : 'teal'}>
                {t(`match.personSkills.${decision}`)}
              </Badge>
            ) : null}
            {suggestion && concept.confidence !== null ? (
              <Text size="xs" c="dimmed">
                {t('match.personSkills.confidence', { percent: percent(concept.confidence) })}
              </Text>
            ) : null}
          </Group>
          {suggestion
            ? concept.evidence.map((e, i) => (
                <Text key={i} size="xs" c="dimmed">
                  {t('match.personSkills.evidence', {
                    text: e.text,
                    origin: t(`match.personSkills.origin.${e.origin}`, { defaultValue: '' }),
                    interpolation: { escapeValue: false },
                  })}
                </Text>
              ))
            : null}
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {suggestion ? (
            decision === 'accepted' ? (
              <Button size="xs" variant="default" aria-label={t('match.personSkills.unacceptLabel', { label })} onClick={() => onDecide(null)}>
                {t('match.personSkills.unaccept')}
              </Button>
            ) : (
              <Button size="xs" variant="light" aria-label={t('match.personSkills.acceptLabel', { label })} onClick={() => onDecide('accepted')}>
                {t('match.personSkills.accept')}
              </Button>
            )
          ) : concept.source === 'hr' ? (
            decision === 'removed' ? (
              <Button size="xs" variant="default" aria-label={t('match.personSkills.restoreLabel', { label })} onClick={() => onDecide(null)}>
                {t('match.personSkills.restore')}
              </Button>
            ) : (
              <Button size="xs" variant="subtle" color="red" aria-label={t('match.personSkills.removeLabel', { label })} onClick={() => onDecide('removed')}>
                {t('match.personSkills.remove')}
              </Button>
            )
          ) : null}
        </Group>
      </Group>
    </Paper>
  );
}

interface AddProps {
  lang: LabelLanguage;
  profile: PersonSkillProfile;
  added: SkillSearchResult[];
  drafts: Drafts;
  onAdd: (hit: SkillSearchResult) => void;
}

/** ESCO search; a hit is added as an HR skill on save (a hit that is a suggestion is accepted instead). */
function AddSkill({ lang, profile, added, drafts, onAdd }: AddProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const search = useSearchSkills(debounced, lang);
  const active = debounced.length >= 2;
  const results = active ? (search.data ?? []) : [];
  const byUri = new Map(profile.skills.map((s) => [s.uri, s]));
  const present = (uri: string) => {
    const skill = byUri.get(uri);
    if (skill) return skill.status === 'confirmed' || drafts[conceptKey('skill', uri)] === 'accepted';
    return added.some((s) => s.uri === uri);
  };
  return (
    <Stack gap="xs">
      <TextInput
        label={t('match.personSkills.add.label')}
        description={t('match.personSkills.add.hint')}
        placeholder={t('match.personSkills.add.placeholder')}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
      />
      <div aria-live="polite" role="status">
        {active && search.isFetching && !search.data ? (
          <Text size="sm">{t('match.personSkills.add.searching')}</Text>
        ) : active && search.isSuccess && !search.isPlaceholderData ? (
          <Text size="sm" c="dimmed">
            {results.length === 0 ? t('match.personSkills.add.none', { q: debounced }) : t('match.personSkills.add.count', { count: results.length })}
          </Text>
        ) : null}
      </div>
      {active && search.isError ? (
        <Alert color="red" variant="light" title={t('match.personSkills.add.failed')} role="alert">
          <Text size="sm">{t(matchProblemKey(search.error))}</Text>
        </Alert>
      ) : null}
      {results.length ? (
        <SkillHits
          hits={results}
          isPresent={present}
          onAdd={onAdd}
          texts={{
            results: t('match.personSkills.add.results'),
            matched: (label) => t('match.personSkills.add.matched', { label }),
            presentText: t('match.personSkills.add.present'),
            addText: t('match.personSkills.add.add'),
            addLabel: (label) => t('match.personSkills.add.addLabel', { label }),
          }}
        />
      ) : null}
    </Stack>
  );
}

interface SaveProps {
  changed: boolean;
  saving: boolean;
  error: unknown;
  saved: boolean;
  onSave: () => void;
  onDiscard: () => void;
}

/** Save and discard. */
function SaveBar({ changed, saving, error, saved, onSave, onDiscard }: SaveProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button onClick={onSave} disabled={!changed} loading={saving}>
          {t('match.personSkills.save')}
        </Button>
        {changed ? (
          <>
            <Button variant="subtle" onClick={onDiscard} disabled={saving}>
              {t('match.personSkills.discard')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('match.personSkills.unsaved')}
            </Text>
          </>
        ) : null}
      </Group>
      {error ? (
        <Alert color="red" variant="light" title={t('match.personSkills.saveFailed')} role="alert">
          <Text size="sm">{t(matchProblemKey(error))}</Text>
        </Alert>
      ) : null}
      <div aria-live="polite" role="status">
        {saved && !changed ? (
          <Text size="sm" c="teal">
            {t('match.personSkills.saved')}
          </Text>
        ) : null}
      </div>
    </Stack>
  );
}
