import { DataSource } from 'typeorm';
import { asOrganisationId, ConsentsRepository, dataSourceOptions, MatchPlansRepository, OrganisationId, PhasesRepository } from '@kring/server-database';
import { loadEscoBundle } from '@kring/server-esco';
import { createTestDatabase, TestDatabase } from '@kring/server-testing';
import type { ConceptGraph } from './concept-graph';
import { PersonMatchFacts, PersonProfileRepository } from './person-profile.repository';
import { buildRankingPlan, VacancyRequirements } from './ranking-plan';
import { RankingFilters, RankingRepository } from './ranking.repository';

const U = (name: string) => `http://example.test/esco/${name}`;
const E1 = U('skill/e1');
const E2 = U('skill/e2');
const O1 = U('skill/o1');
const R1 = U('skill/r1'); // related to E1 (a sibling in the hand-made hierarchy below)
const X = U('skill/x'); // unrelated to everything
const OCC1 = U('occupation/1');
const OCC2 = U('occupation/2'); // same ISCO group as OCC1

/** A hand-made hierarchy: R1 is E1's only relative; OCC2 is OCC1's only relative. */
const graph: ConceptGraph = {
  relatedSkills: (uri) => new Set(uri === E1 ? [R1] : []),
  relatedOccupations: (uri) => new Set(uri === OCC1 ? [OCC2] : []),
};

const NOW = new Date('2027-01-15T10:00:00Z');
const NO_FACTS: PersonMatchFacts = { region: null, latitude: null, longitude: null, languages: [], availableFrom: null, internalMobility: false };

/**
 * Every part applies (essential, optional, occupation, region, start date, language), so the weights are the defaults:
 * essential .45, optional .15, occupation .15, location .10, availability .075, language .075.
 */
const requirements: VacancyRequirements = {
  skills: [
    { uri: E1, kind: 'essential' },
    { uri: E2, kind: 'essential' },
    { uri: O1, kind: 'optional' },
  ],
  occupations: [OCC1],
  region: 'Utrecht',
  latitude: null,
  longitude: null,
  languages: ['nl'],
  startBy: '2027-03-01',
};

describe('ranking people for a vacancy (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let profiles: PersonProfileRepository;
  let ranking: RankingRepository;
  let consents: ConsentsRepository;
  let phases: PhasesRepository;
  let org: OrganisationId;
  let otherOrg: OrganisationId;
  const ids: Record<string, string> = {};

  async function person(
    organisationId: OrganisationId,
    key: string,
    o: {
      id?: string;
      phase?: string;
      consent?: 'granted' | 'withdrawn' | 'expired' | null;
      skills?: string[];
      occupations?: string[];
      facts?: Partial<PersonMatchFacts>;
    },
  ) {
    const [row] = await dataSource.query(
      o.id
        ? `INSERT INTO people (organisation_id, first_name, last_name, email, phase, id) VALUES ($1, $2, 'Test', $3, $4, $5) RETURNING id`
        : `INSERT INTO people (organisation_id, first_name, last_name, email, phase) VALUES ($1, $2, 'Test', $3, $4) RETURNING id`,
      [organisationId, key, `${key.toLowerCase()}-${organisationId.slice(0, 8)}@example.test`, o.phase ?? 'exit', ...(o.id ? [o.id] : [])],
    );
    ids[key] = row.id;
    const consent = o.consent === undefined ? 'granted' : o.consent;
    if (consent) {
      await dataSource.query(
        `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at, withdrawn_at)
         VALUES ($1, $2, 'matching', $3, 'test', $4, $5, $6)`,
        [
          organisationId,
          row.id,
          consent === 'withdrawn' ? 'withdrawn' : 'granted',
          new Date('2026-06-01T00:00:00Z'),
          consent === 'expired' ? new Date('2027-01-01T00:00:00Z') : null,
          consent === 'withdrawn' ? new Date('2026-12-01T00:00:00Z') : null,
        ],
      );
    }
    await dataSource.transaction((tx) =>
      profiles.replace(
        organisationId,
        row.id,
        {
          skills: (o.skills ?? []).map((uri) => ({ uri, source: 'hr' as const })),
          occupations: (o.occupations ?? []).map((uri) => ({ uri, source: 'hr' as const })),
        },
        { ...NO_FACTS, ...o.facts },
        NOW,
        tx,
      ),
    );
  }

  const rank = (filters: Partial<RankingFilters> = {}, req = requirements, organisationId = org, now = NOW) =>
    ranking.rank(organisationId, buildRankingPlan(req, graph), { limit: 50, offset: 0, ...filters }, now);
  const names = (rows: Array<{ personId: string }>) => rows.map((r) => Object.keys(ids).find((k) => ids[k] === r.personId));

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolMax: 2, ssl: 'disable' })).initialize();
    profiles = new PersonProfileRepository(dataSource);
    ranking = new RankingRepository(dataSource, new MatchPlansRepository(dataSource));
    consents = new ConsentsRepository(dataSource);
    phases = new PhasesRepository(dataSource);
    const [a] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('Match A', 'match-a') RETURNING id`);
    const [b] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('Match B', 'match-b') RETURNING id`);
    org = asOrganisationId(a.id);
    otherOrg = asOrganisationId(b.id);
    const full = { skills: [E1, E2, O1], occupations: [OCC1], facts: { region: 'Utrecht', languages: ['nl'], availableFrom: '2027-02-01' } };
    await person(org, 'Full', full);
    await person(org, 'Related', {
      skills: [R1, E2],
      occupations: [OCC2],
      facts: { region: 'Amsterdam', languages: ['en', 'nl'], availableFrom: '2027-03-20' },
    });
    await person(org, 'Partial', { skills: [E1] });
    await person(org, 'Mobile', { phase: 'employment', skills: [O1], facts: { region: 'utrecht', internalMobility: true } });
    await person(org, 'Unrelated', { skills: [X], facts: { region: 'Utrecht', languages: ['nl'] } });
    // Never returned, however well they fit:
    await person(org, 'Withdrawn', { ...full, consent: 'withdrawn' });
    await person(org, 'Expired', { ...full, consent: 'expired' });
    await person(org, 'NoConsent', { ...full, consent: null });
    await person(org, 'Employee', { ...full, phase: 'employment' }); // no internal-mobility opt-in
    await person(org, 'NewHire', { ...full, phase: 'entry', facts: { ...full.facts, internalMobility: true } });
    await person(otherOrg, 'OtherOrg', full);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('orders by the weighted parts and explains each score', async () => {
    const { rows, total } = await rank();
    expect(names(rows)).toEqual(['Full', 'Related', 'Mobile', 'Partial']);
    expect(total).toBe(4);
    const [full, related, mobile, partial] = rows;
    // Full: every part 1 → 1.
    expect(full).toMatchObject({ score: 1, essentialSkills: 1, optionalSkills: 1, occupation: 1, location: 1, availability: 1, language: 1 });
    expect(full.matchedSkills.sort()).toEqual([E1, E2, O1].sort());
    expect(full.relatedSkills).toEqual([]);
    // Related: essential (0.5 for R1~E1 + 1 for E2) / 2 = .75; occupation OCC2~OCC1 = .5; Amsterdam ≠ Utrecht = 0;
    // available 19 days after the start (within 30) = .5; speaks nl = 1.
    // .45×.75 + .15×0 + .15×.5 + .10×0 + .075×.5 + .075×1 = .3375 + .075 + .0375 + .075 = .525
    expect(related).toMatchObject({ score: 0.525, essentialSkills: 0.75, optionalSkills: 0, occupation: 0.5, location: 0, availability: 0.5, language: 1 });
    expect(related.matchedSkills).toEqual([E2]);
    expect(related.relatedSkills).toEqual([E1]);
    expect(related.relatedOccupations).toEqual([OCC2]);
    // Mobile: optional 1 (.15) + region equal ignoring case (.10) = .25.
    expect(mobile).toMatchObject({ score: 0.25, optionalSkills: 1, location: 1, availability: 0, language: 0 });
    // Partial: one of two essentials = .5 × .45 = .225.
    expect(partial).toMatchObject({ score: 0.225, essentialSkills: 0.5 });
  });

  it('never returns people without granted, unexpired matching consent, new hires, employees who did not opt in, or another organisation', async () => {
    const { rows } = await rank();
    for (const excluded of ['Withdrawn', 'Expired', 'NoConsent', 'Employee', 'NewHire', 'OtherOrg']) {
      expect(rows.map((r) => r.personId)).not.toContain(ids[excluded]);
    }
    const other = await rank({}, requirements, otherOrg);
    expect(names(other.rows)).toEqual(['OtherOrg']);
  });

  it('counts with the same filters as the results, on every page', async () => {
    const cases: Array<[Partial<RankingFilters>, string[]]> = [
      [{ region: 'UTRECHT' }, ['Full', 'Mobile']],
      [{ language: 'en' }, ['Related']],
      [{ availableBy: '2027-03-01' }, ['Full']],
      [{ minScore: 0.3 }, ['Full', 'Related']],
      [{ phases: ['employment'] }, ['Mobile']],
      [{ phases: ['exit'], minScore: 0.5 }, ['Full', 'Related']],
    ];
    for (const [filters, expected] of cases) {
      const { rows, total } = await rank(filters);
      expect(names(rows)).toEqual(expected);
      expect(total).toBe(rows.length);
    }
    const page = await rank({ limit: 1, offset: 1 });
    expect(names(page.rows)).toEqual(['Related']);
    expect(page.total).toBe(4);
    const beyond = await rank({ limit: 10, offset: 10 });
    expect(beyond).toEqual({ rows: [], total: 4 });
  });

  it('drops parts the vacancy does not ask for and scales the rest back to 1', async () => {
    const onlySkills: VacancyRequirements = { ...requirements, occupations: [], region: null, languages: [], startBy: null };
    const { rows } = await rank({}, onlySkills);
    // weights become essential .45/.60 = .75 and optional .15/.60 = .25.
    // Related: .75 × .75 = .5625; Mobile: .25 × 1 = .25; Partial: .75 × .5 = .375.
    expect(rows.map((r) => [names([r])[0], r.score])).toEqual([
      ['Full', 1],
      ['Related', 0.5625],
      ['Partial', 0.375],
      ['Mobile', 0.25],
    ]);
  });

  it('uses distance when both sides have coordinates, and filters by it', async () => {
    // Utrecht centre and Amersfoort centre: about 20 km apart as the crow flies.
    const utrecht = { latitude: 52.0907, longitude: 5.1214 };
    await person(org, 'Amersfoort', { skills: [E1, E2], facts: { region: 'Amersfoort', latitude: 52.1561, longitude: 5.3878 } });
    const req = { ...requirements, ...utrecht };
    const { rows } = await rank({ maxDistanceKm: 25 }, req);
    expect(names(rows)).toEqual(['Amersfoort']);
    const [amersfoort] = rows;
    expect(amersfoort.distanceKm).toBeGreaterThan(18);
    expect(amersfoort.distanceKm).toBeLessThan(21);
    expect(amersfoort.location).toBeCloseTo(1 - amersfoort.distanceKm! / 100, 6);
    // Without coordinates on a person, region equality still counts (Full is in Utrecht).
    const all = await rank({}, req);
    expect(all.rows.find((r) => r.personId === ids['Full'])?.location).toBe(1);
    expect((await rank({ maxDistanceKm: 10 }, req)).total).toBe(0);
    // Due north, 24.9 km away (the worst case for the latitude band that pre-filters distance): kept at 25 km, not at 24.
    await person(org, 'North', { skills: [E1], facts: { region: 'Utrecht', latitude: utrecht.latitude + 24.9 / 111.195, longitude: utrecht.longitude } });
    const north = (await rank({ maxDistanceKm: 25 }, req)).rows.find((r) => r.personId === ids['North']);
    expect(north?.distanceKm).toBeCloseTo(24.9, 1);
    expect((await rank({ maxDistanceKm: 24 }, req)).rows.map((r) => r.personId)).not.toContain(ids['North']);
    await dataSource.query(`DELETE FROM people WHERE id = ANY($1)`, [[ids['Amersfoort'], ids['North']]]);
  });

  it('orders equal scores by person_id across the uuid space, on every page', async () => {
    const [c] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('Match C', 'match-c') RETURNING id`);
    const orgC = asOrganisationId(c.id);
    const full = { skills: [E1, E2, O1], occupations: [OCC1], facts: { region: 'Utrecht', languages: ['nl'], availableFrom: '2027-02-01' } };
    await person(orgC, 'Edge00', { ...full, id: '00000000-0000-0000-0000-000000000000' });
    await person(orgC, 'Edge7f', { skills: [E1], facts: { region: 'Utrecht' }, id: '7fffffff-ffff-ffff-ffff-ffffffffffff' });
    await person(orgC, 'Edge80', { ...full, id: '80000000-0000-0000-0000-000000000000' });
    await person(orgC, 'Edgeff', { skills: [E1], facts: { region: 'Utrecht' }, id: 'ffffffff-ffff-ffff-ffff-ffffffffffff' });
    const order = ['Edge00', 'Edge80', 'Edge7f', 'Edgeff']; // by score, then person_id
    for (const filters of [{}, { region: 'Utrecht' }]) {
      const all = await rank(filters, requirements, orgC);
      expect(names(all.rows)).toEqual(order);
      expect(all.total).toBe(4);
      const across = await rank({ ...filters, limit: 2, offset: 1 }, requirements, orgC);
      expect({ names: names(across.rows), total: across.total }).toEqual({ names: ['Edge80', 'Edge7f'], total: 4 });
      const minScore = await rank({ ...filters, minScore: 0.5 }, requirements, orgC);
      expect({ names: names(minScore.rows), total: minScore.total }).toEqual({ names: ['Edge00', 'Edge80'], total: 2 });
      expect(await rank({ ...filters, limit: 5, offset: 4 }, requirements, orgC)).toEqual({ rows: [], total: 4 });
    }
  });

  it('gives the same scores and order whatever the protected fields say', async () => {
    const before = await rank();
    // Swap names, addresses, e-mail and phone between the two best candidates and give everyone another name and address.
    await dataSource.query(
      `UPDATE people SET first_name = CASE WHEN first_name = 'Full' THEN 'Zyxw' ELSE 'Aaron' END, last_name = md5(id::text),
              email = NULL, phone = '+31600000000', location = 'Kerkstraat 1, ' || md5(id::text), function_title = 'CEO'
        WHERE organisation_id = $1`,
      [org],
    );
    const after = await rank();
    expect(after).toEqual(before);
  });

  it('keeps the match profile counts in step with the concept rows', async () => {
    const [row] = await dataSource.query(
      `SELECT skill_count AS "skills", occupation_count AS "occupations" FROM person_match_profiles WHERE organisation_id = $1 AND person_id = $2`,
      [org, ids['Related']],
    );
    expect(row).toEqual({ skills: 2, occupations: 1 });
    await dataSource.transaction((tx) =>
      profiles.replace(org, ids['Related'], { skills: [{ uri: E2, source: 'confirmed_by_person' }], occupations: [] }, NO_FACTS, NOW, tx),
    );
    const [after] = await dataSource.query(
      `SELECT skill_count AS "skills", occupation_count AS "occupations" FROM person_match_profiles WHERE organisation_id = $1 AND person_id = $2`,
      [org, ids['Related']],
    );
    expect(after).toEqual({ skills: 1, occupations: 0 });
    // HR listing the person's own confirmation again does not take it over.
    await dataSource.transaction((tx) =>
      profiles.replace(org, ids['Related'], { skills: [{ uri: E2, source: 'hr' }], occupations: [] }, NO_FACTS, NOW, tx),
    );
    expect((await profiles.read(org, ids['Related'])).skills.map((s) => [s.uri, s.source])).toEqual([[E2, 'confirmed_by_person']]);
  });

  describe('eligibility copied into person_match_profiles by triggers', () => {
    const facts = (key: string) =>
      dataSource
        .query(
          `SELECT phase, erased, matching_consent_until AS "consentUntil" FROM person_match_profiles WHERE organisation_id = $1 AND person_id = $2`,
          [org, ids[key]],
        )
        .then((rows: Array<{ phase: string; erased: boolean; consentUntil: Date | null }>) => rows[0]);
    const ranked = async (key: string, now = NOW) => (await rank({}, requirements, org, now)).rows.some((r) => r.personId === ids[key]);

    beforeAll(async () => {
      await person(org, 'Lifecycle', { skills: [E1, E2], facts: { region: 'Utrecht' } });
    });
    afterAll(async () => {
      await dataSource.query(`DELETE FROM people WHERE id = $1`, [ids['Lifecycle']]);
    });

    it('fills phase and consent when the profile row is created (consent given or withdrawn before)', async () => {
      // Granted without expiry: until 'infinity' (node-postgres reads it as Infinity).
      expect(await facts('Lifecycle')).toEqual({ phase: 'exit', erased: false, consentUntil: Infinity });
      expect((await facts('Expired'))!.consentUntil).toEqual(new Date('2027-01-01T00:00:00Z'));
      expect((await facts('Withdrawn'))!.consentUntil).toBeNull();
      expect((await facts('NoConsent'))!.consentUntil).toBeNull();
      expect((await facts('NewHire'))!.phase).toBe('entry');
    });

    it('stops ranking a person the moment matching consent is withdrawn, and again after it is granted', async () => {
      expect(await ranked('Lifecycle')).toBe(true);
      await consents.set(org, ids['Lifecycle']!, 'matching', { status: 'withdrawn', at: NOW, source: 'test' });
      expect(await ranked('Lifecycle')).toBe(false);
      await consents.set(org, ids['Lifecycle']!, 'newsletter', { status: 'granted', at: NOW, source: 'test' });
      expect(await ranked('Lifecycle')).toBe(false);
      await consents.set(org, ids['Lifecycle']!, 'matching', { status: 'granted', at: NOW, source: 'test' });
      expect(await ranked('Lifecycle')).toBe(true);
    });

    it('never ranks a consent past its expiry, whatever time the copy was made', async () => {
      const expiresAt = new Date(NOW.getTime() + 24 * 3600 * 1000);
      await consents.set(org, ids['Lifecycle']!, 'matching', { status: 'granted', at: NOW, source: 'test', expiresAt });
      expect((await facts('Lifecycle'))!.consentUntil).toEqual(expiresAt);
      expect(await ranked('Lifecycle', NOW)).toBe(true);
      expect(await ranked('Lifecycle', expiresAt)).toBe(false);
      expect(await ranked('Lifecycle', new Date(expiresAt.getTime() + 1000))).toBe(false);
      // Marked expired by a job, or the row deleted: no consent at any time.
      await consents.set(org, ids['Lifecycle']!, 'matching', { status: 'expired', at: NOW, source: 'expiry' });
      expect(await ranked('Lifecycle')).toBe(false);
      await consents.set(org, ids['Lifecycle']!, 'matching', { status: 'granted', at: NOW, source: 'test' });
      expect(await ranked('Lifecycle')).toBe(true);
      await dataSource.query(`DELETE FROM consents WHERE organisation_id = $1 AND person_id = $2 AND purpose = 'matching'`, [org, ids['Lifecycle']]);
      expect(await ranked('Lifecycle')).toBe(false);
      await consents.set(org, ids['Lifecycle']!, 'matching', { status: 'granted', at: NOW, source: 'test' });
      expect(await ranked('Lifecycle')).toBe(true);
    });

    it('follows phase changes (entry is never ranked; employment only with the internal-mobility opt-in)', async () => {
      await phases.move(org, [ids['Lifecycle']!], { to: 'entry', cause: 'manual', at: NOW });
      expect(await facts('Lifecycle')).toMatchObject({ phase: 'entry' });
      expect(await ranked('Lifecycle')).toBe(false);
      await phases.move(org, [ids['Lifecycle']!], { to: 'employment', cause: 'manual', at: NOW });
      expect(await ranked('Lifecycle')).toBe(false);
      expect((await rank({ phases: ['employment'] })).rows.map((r) => r.personId)).not.toContain(ids['Lifecycle']);
      await phases.move(org, [ids['Lifecycle']!], { to: 'exit', cause: 'manual', at: NOW });
      expect(await ranked('Lifecycle')).toBe(true);
      expect((await rank({ phases: ['exit'] })).rows.map((r) => r.personId)).toContain(ids['Lifecycle']);
    });

    it('never ranks an erased person, even while concept rows remain', async () => {
      await dataSource.query(`UPDATE people SET erased_at = $3 WHERE organisation_id = $1 AND id = $2`, [org, ids['Lifecycle'], NOW]);
      expect(await facts('Lifecycle')).toMatchObject({ erased: true });
      expect(await ranked('Lifecycle')).toBe(false);
      await dataSource.query(`UPDATE people SET erased_at = NULL WHERE organisation_id = $1 AND id = $2`, [org, ids['Lifecycle']]);
      expect(await ranked('Lifecycle')).toBe(true);
    });

    it('gives every ESCO concept of the bundle its own concept id', async () => {
      const bundle = await loadEscoBundle();
      const uris = [...bundle.skills.map((s) => s.uri), ...bundle.occupations.map((o) => o.uri)];
      expect(uris.length).toBeGreaterThan(10_000);
      const [row] = await dataSource.query(`SELECT count(DISTINCT hashtextextended(u, 0))::int AS ids, count(DISTINCT u)::int AS uris FROM unnest($1::text[]) u`, [uris]);
      expect(row.ids).toBe(row.uris);
      const [stored] = await dataSource.query(
        `SELECT bool_and(concept_id = hashtextextended(uri, 0)) AS same FROM person_skills WHERE organisation_id = $1`,
        [org],
      );
      expect(stored.same).toBe(true);
    });
  });
});
