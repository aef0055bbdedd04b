import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EscoIndex } from '@kring/server-esco';
import { Clock } from '@kring/server-config';
import type { AuthContext } from '@kring/server-identity';
import { DomainError, ErrorCodes, FieldError, notFound } from '@kring/shared-domain';
import { extract } from '../extraction';
import { conceptLabel, EscoCatalog, UiLanguage } from './esco-catalog';
import { ListMatchesInput, PutPersonSkillsInput, PutVacancyMatchProfileInput } from './inputs/match.inputs';
import { MatchDisplayRepository, MatchDisplayRow } from './match-display.repository';
import { MatchErrorCodes } from './match.errors';
import { MatchListOutput, MatchOutput, PersonSkillsOutput, VacancyMatchProfileOutput } from './outputs/match.outputs';
import { PersonConceptSource, PersonMatchFacts, PersonProfileRepository } from './person-profile.repository';
import { buildRankingPlan, RankingPlan, SCORE_PARTS, SkillKind } from './ranking-plan';
import { RankedRow, RankingRepository } from './ranking.repository';
import { VacancyProfileRepository, VacancySuggestion } from './vacancy-profile.repository';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** Vacancy profiles (suggest, confirm), people's skills, and ranked matches with their explanation. */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacancyProfileRepository,
    private readonly people: PersonProfileRepository,
    private readonly ranking: RankingRepository,
    private readonly display: MatchDisplayRepository,
    private readonly catalog: EscoCatalog,
    private readonly clock: Clock,
  ) {}

  async vacancyProfile(auth: AuthContext, vacancyId: string, lang: UiLanguage = 'nl'): Promise<VacancyMatchProfileOutput> {
    await this.findVacancy(auth, vacancyId);
    const [rows, index] = await Promise.all([this.vacancies.read(auth.organisationId, vacancyId), this.catalog.index()]);
    const concept = (row: (typeof rows.skills)[number]) => ({
      uri: row.uri,
      label: conceptLabel(index, row.uri, lang),
      ...(row.kind ? { kind: row.kind } : {}),
      status: row.status,
      confidence: row.confidence,
      evidence: row.evidence,
      confirmedAt: iso(row.confirmedAt),
    });
    return { skills: rows.skills.map(concept), occupations: rows.occupations.map(concept), ...rows.criteria };
  }

  async putVacancyProfile(auth: AuthContext, vacancyId: string, input: PutVacancyMatchProfileInput, lang: UiLanguage = 'nl'): Promise<VacancyMatchProfileOutput> {
    const index = await this.catalog.index();
    checkConcepts(index, input.skills, input.occupations);
    checkCoordinates(input);
    await this.dataSource.transaction(async (tx) => {
      await this.findVacancy(auth, vacancyId, tx);
      await this.vacancies.replaceConfirmed(
        auth.organisationId,
        vacancyId,
        {
          skills: dedupe(input.skills),
          occupations: dedupe(input.occupations),
          criteria: {
            region: input.region?.trim() || null,
            latitude: input.latitude ?? null,
            longitude: input.longitude ?? null,
            languages: [...new Set(input.languages ?? [])],
            startBy: input.startBy ?? null,
          },
        },
        auth.userId,
        this.clock.now(),
        tx,
      );
    });
    return this.vacancyProfile(auth, vacancyId, lang);
  }

  /**
   * Runs the extractor over title + description and stores its suggestions (confirmed concepts stay as they are). A skill
   * is suggested as essential when a suggested occupation lists it as essential in ESCO, else optional.
   */
  async suggest(auth: AuthContext, vacancyId: string, lang: UiLanguage = 'nl'): Promise<VacancyMatchProfileOutput> {
    const vacancy = await this.findVacancy(auth, vacancyId);
    const [result, index] = await Promise.all([
      extract(vacancy.description, { title: vacancy.title, limit: 30 }),
      this.catalog.index(),
    ]);
    const occupations = result.occupations.slice(0, 5);
    const essential = new Set(occupations.flatMap((o) => index.occupations.get(o.uri)?.essentialSkills ?? []));
    const asSuggestion = (c: (typeof result.skills)[number], kind?: SkillKind): VacancySuggestion => ({
      uri: c.uri,
      ...(kind ? { kind } : {}),
      confidence: round4(c.score),
      evidence: c.evidence,
    });
    await this.dataSource.transaction((tx) =>
      this.vacancies.replaceSuggestions(
        auth.organisationId,
        vacancyId,
        {
          skills: result.skills.map((s) => asSuggestion(s, essential.has(s.uri) ? 'essential' : 'optional')),
          occupations: occupations.map((o) => asSuggestion(o)),
        },
        this.clock.now(),
        tx,
      ),
    );
    return this.vacancyProfile(auth, vacancyId, lang);
  }

  async matches(auth: AuthContext, vacancyId: string, input: ListMatchesInput): Promise<MatchListOutput> {
    await this.findVacancy(auth, vacancyId);
    const lang = input.lang ?? 'nl';
    const requirements = await this.vacancies.requirements(auth.organisationId, vacancyId);
    if (!requirements.skills.length && !requirements.occupations.length) {
      throw new DomainError('conflict', MatchErrorCodes.vacancyNotProfiled, 'Confirm at least one skill or occupation of this vacancy first');
    }
    if (input.maxDistanceKm !== undefined && requirements.latitude === null) {
      throw new DomainError('validation', MatchErrorCodes.distanceWithoutCoordinates, 'A distance filter needs coordinates on the vacancy', [
        { field: 'maxDistanceKm', message: 'the vacancy has no coordinates' },
      ]);
    }
    const [graph, index] = await Promise.all([this.catalog.graph(), this.catalog.index()]);
    const plan = buildRankingPlan(requirements, graph);
    const { rows, total } = await this.ranking.rank(
      auth.organisationId,
      plan,
      {
        phases: input.phases,
        region: input.region?.trim() || undefined,
        maxDistanceKm: input.maxDistanceKm,
        availableBy: input.availableBy,
        language: input.language,
        minScore: input.minScore,
        limit: input.limit ?? 20,
        offset: input.offset ?? 0,
      },
      this.clock.now(),
    );
    const shown = await this.display.forPeople(auth.organisationId, rows.map((r) => r.personId));
    const features = featuresRead(plan, input);
    return {
      total,
      items: rows.map((row) => explain(row, shown.get(row.personId), plan, index, graph, lang, features)),
    };
  }

  async personSkills(auth: AuthContext, personId: string, lang: UiLanguage = 'nl'): Promise<PersonSkillsOutput> {
    if (!(await this.people.personExists(auth.organisationId, personId))) throw notFound('Person');
    const [rows, index] = await Promise.all([this.people.read(auth.organisationId, personId), this.catalog.index()]);
    const concept = (row: (typeof rows.skills)[number]) => ({
      uri: row.uri,
      label: conceptLabel(index, row.uri, lang),
      source: row.source,
      confidence: row.confidence,
    });
    const facts = rows.facts ?? { region: null, latitude: null, longitude: null, languages: [], availableFrom: null, internalMobility: false };
    return { personId, skills: rows.skills.map(concept), occupations: rows.occupations.map(concept), ...facts };
  }

  /** `hr` when HR edits someone's profile, `confirmed_by_person` when people confirm their own. */
  async putPersonSkills(
    auth: AuthContext,
    personId: string,
    input: PutPersonSkillsInput,
    source: Extract<PersonConceptSource, 'hr' | 'confirmed_by_person'>,
    lang: UiLanguage = 'nl',
  ): Promise<PersonSkillsOutput> {
    const index = await this.catalog.index();
    checkConcepts(index, input.skills, input.occupations);
    checkCoordinates(input);
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.people.personExists(auth.organisationId, personId, tx))) throw notFound('Person');
      // A fact left out stays as it is (null clears it), so a client that only edits skills (HR's panel) never
      // overwrites a fact the person changed meanwhile. The profile row is locked first: two saves apply in turn.
      const current = await this.people.lockFacts(auth.organisationId, personId, tx);
      const given = <K extends keyof PersonMatchFacts>(key: K, value: PersonMatchFacts[K] | undefined, fallback: PersonMatchFacts[K]) =>
        value !== undefined ? value : (current?.[key] ?? fallback);
      await this.people.replace(
        auth.organisationId,
        personId,
        {
          skills: dedupe(input.skills).map((s) => ({ uri: s.uri, source })),
          occupations: dedupe(input.occupations).map((o) => ({ uri: o.uri, source })),
        },
        {
          region: given('region', input.region === undefined ? undefined : input.region?.trim() || null, null),
          latitude: given('latitude', input.latitude, null),
          longitude: given('longitude', input.longitude, null),
          languages: given('languages', input.languages === undefined ? undefined : [...new Set(input.languages ?? [])], []),
          availableFrom: given('availableFrom', input.availableFrom, null),
          internalMobility: given('internalMobility', input.internalMobility === null ? false : input.internalMobility, false),
        },
        this.clock.now(),
        tx,
        // HR sets its own skills: the person's confirmations and the suggestions from their profile or CV stay.
        source === 'hr' ? ['confirmed_by_person', 'extracted_profile', 'extracted_cv'] : [],
      );
    });
    return this.personSkills(auth, personId, lang);
  }

  private async findVacancy(auth: AuthContext, vacancyId: string, tx?: Parameters<VacancyProfileRepository['vacancy']>[2]) {
    const vacancy = await this.vacancies.vacancy(auth.organisationId, vacancyId, tx);
    if (!vacancy) throw notFound('Vacancy');
    return vacancy;
  }
}

function dedupe<T extends { uri: string }>(list: T[]): T[] {
  return [...new Map(list.map((item) => [item.uri, item])).values()];
}

function checkConcepts(index: EscoIndex, skills: Array<{ uri: string }>, occupations: Array<{ uri: string }>): void {
  const errors: FieldError[] = [];
  skills.forEach((s, i) => {
    if (!index.skills.has(s.uri)) errors.push({ field: `skills.${i}.uri`, message: 'not an ESCO skill' });
  });
  occupations.forEach((o, i) => {
    if (!index.occupations.has(o.uri)) {
      errors.push({ field: `occupations.${i}.uri`, message: 'not an ESCO occupation' });
    }
  });
  if (errors.length) throw new DomainError('validation', MatchErrorCodes.unknownConcept, 'Unknown ESCO concepts', errors);
}

function checkCoordinates(input: { latitude?: number | null; longitude?: number | null }): void {
  if ((input.latitude ?? null) === null !== ((input.longitude ?? null) === null)) {
    throw new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields', [
      { field: 'longitude', message: 'give latitude and longitude together' },
    ]);
  }
}

/** The person facts the ranking read for this request (eligibility, scoring and filters), by name. */
function featuresRead(plan: RankingPlan, input: ListMatchesInput): string[] {
  const w = plan.weights;
  const r = plan.requirements;
  const features = ['consent.matching', 'phase', 'internalMobility', 'skills', 'occupations'];
  if (w.location > 0 || input.region) features.push('region');
  if (r.latitude !== null && (w.location > 0 || input.maxDistanceKm !== undefined)) features.push('coordinates');
  if (w.availability > 0 || input.availableBy) features.push('availableFrom');
  if (w.language > 0 || input.language) features.push('languages');
  return features;
}

function explain(
  row: RankedRow,
  shown: MatchDisplayRow | undefined,
  plan: RankingPlan,
  index: EscoIndex,
  graph: { relatedSkills(uri: string): ReadonlySet<string> },
  lang: UiLanguage,
  features: string[],
): MatchOutput {
  const label = (uri: string) => ({ uri, label: conceptLabel(index, uri, lang) });
  const kindOf = new Map(plan.requirements.skills.map((s) => [s.uri, s.kind]));
  const matched = new Set(row.matchedSkills);
  const related = new Set(row.relatedSkills);
  const personSkills = new Set(shown?.skillUris ?? []);
  const values: Record<(typeof SCORE_PARTS)[number], number> = {
    essentialSkills: row.essentialSkills,
    optionalSkills: row.optionalSkills,
    occupation: row.occupation,
    location: row.location,
    availability: row.availability,
    language: row.language,
  };
  return {
    personId: row.personId,
    displayName: shown ? `${shown.firstName} ${shown.lastName}`.trim() : '',
    phase: row.phase,
    audience: shown?.audience ?? 'contact',
    functionTitle: shown?.functionTitle ?? null,
    region: shown?.region ?? null,
    distanceKm: row.distanceKm === null ? null : Math.round(row.distanceKm * 10) / 10,
    score: row.score,
    parts: SCORE_PARTS.map((part) => ({
      part,
      weight: round4(plan.weights[part]),
      value: round4(values[part]),
      contribution: round4(plan.weights[part] * values[part]),
    })),
    matchedSkills: plan.targetUris.filter((u) => matched.has(u)).map((u) => ({ ...label(u), kind: kindOf.get(u)! })),
    relatedSkills: plan.targetUris
      .filter((u) => related.has(u))
      .map((u) => ({ ...label(u), kind: kindOf.get(u)!, via: [...graph.relatedSkills(u)].filter((s) => personSkills.has(s)).map(label) })),
    missingSkills: plan.targetUris.filter((u) => !matched.has(u) && !related.has(u)).map((u) => ({ ...label(u), kind: kindOf.get(u)! })),
    matchedOccupations: row.matchedOccupations.map(label),
    relatedOccupations: row.relatedOccupations.map(label),
    features,
  };
}
