import { DataSource } from 'typeorm';
import { asOrganisationId, ConsentsRepository, dataSourceOptions, MatchPlansRepository, OrganisationId, PhasesRepository } from '@kring/server-database';
import { createTestDatabase, TestDatabase } from '@kring/server-testing';
import type { ConceptGraph } from './concept-graph';
import { PersonMatchFacts, PersonProfileRepository } from './person-profile.repository';
import { buildRankingPlan, VacancyRequirements } from './ranking-plan';
import { RankingRepository, storedPlan } from './ranking.repository';

/**
 * The maintained scores (migration 1765040000000): after every kind of write, every stored plan's rows equal a fresh
 * scoring of all people (match_scores_for_plan), and ranking reads them. What the scores themselves should be is
 * hand-checked in ranking.int-spec.ts.
 */
const U = (name: string) => `http://example.test/esco/${name}`;
const SKILLS = Array.from({ length: 8 }, (_, i) => U(`skill/${i}`));
const OCCUPATIONS = Array.from({ length: 4 }, (_, i) => U(`occupation/${i}`));
/** skill i is related to skill i+1; occupation i to occupation i+1. */
const graph: ConceptGraph = {
  relatedSkills: (uri) => new Set(SKILLS.includes(uri) && SKILLS.indexOf(uri) < SKILLS.length - 1 ? [SKILLS[SKILLS.indexOf(uri) + 1]!] : []),
  relatedOccupations: (uri) =>
    new Set(OCCUPATIONS.includes(uri) && OCCUPATIONS.indexOf(uri) < OCCUPATIONS.length - 1 ? [OCCUPATIONS[OCCUPATIONS.indexOf(uri) + 1]!] : []),
};
const NOW = new Date('2027-01-15T10:00:00Z');
const REGIONS = ['Utrecht', 'Amsterdam', 'Zwolle'];

const withCoordinates: VacancyRequirements = {
  skills: [
    { uri: SKILLS[0]!, kind: 'essential' },
    { uri: SKILLS[2]!, kind: 'essential' },
    { uri: SKILLS[4]!, kind: 'optional' },
  ],
  occupations: [OCCUPATIONS[0]!],
  region: 'Utrecht',
  latitude: 52.09,
  longitude: 5.12,
  languages: ['nl'],
  startBy: '2027-03-01',
};
const regionOnly: VacancyRequirements = {
  skills: [
    { uri: SKILLS[1]!, kind: 'essential' },
    { uri: SKILLS[5]!, kind: 'optional' },
  ],
  occupations: [],
  region: 'Amsterdam',
  latitude: null,
  longitude: null,
  languages: ['nl', 'en'],
  startBy: null,
};

describe('maintained match scores (PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let profiles: PersonProfileRepository;
  let plans: MatchPlansRepository;
  let ranking: RankingRepository;
  let org: OrganisationId;
  let otherOrg: OrganisationId;
  const people: string[] = [];
  const q = (sql: string, params?: unknown[]) => ds.query(sql, params);

  /** A deterministic person: skills, an occupation and facts that vary with n. */
  const facts = (n: number): PersonMatchFacts => ({
    region: REGIONS[n % 3]!,
    latitude: n % 2 ? 51.9 + (n % 7) / 10 : null,
    longitude: n % 2 ? 4.9 + (n % 5) / 10 : null,
    languages: n % 4 ? ['nl'] : ['en', 'nl'],
    availableFrom: `2027-0${1 + (n % 5)}-15`,
    internalMobility: n % 3 === 0,
  });
  async function addPerson(organisationId: OrganisationId, n: number): Promise<string> {
    const [row] = await q(`INSERT INTO people (organisation_id, first_name, last_name, phase) VALUES ($1, 'P', $2, $3) RETURNING id`, [
      organisationId,
      String(n),
      ['information', 'relation', 'orientation', 'entry', 'employment', 'exit'][n % 6],
    ]);
    if (n % 5 !== 4) {
      await q(`INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at) VALUES ($1, $2, 'matching', 'granted', 'test', $3, $4)`, [
        organisationId,
        row.id,
        new Date('2026-06-01T00:00:00Z'),
        n % 7 === 0 ? new Date('2027-01-10T00:00:00Z') : null,
      ]);
    }
    await ds.transaction((tx) =>
      profiles.replace(
        organisationId,
        row.id,
        {
          skills: [SKILLS[n % 8]!, SKILLS[(n * 3) % 8]!].filter((u, i, all) => all.indexOf(u) === i).map((uri) => ({ uri, source: 'hr' as const })),
          occupations: n % 3 === 2 ? [] : [{ uri: OCCUPATIONS[n % 4]!, source: 'hr' as const }],
        },
        facts(n),
        NOW,
        tx,
      ),
    );
    return row.id;
  }

  /** Every stored plan's rows minus a recount, both ways, and the row counts; expects no difference and some rows. */
  async function same(step: string): Promise<void> {
    const stored: Array<{ id: string; organisation_id: string }> = await q(`SELECT id, organisation_id FROM match_plans ORDER BY created_at`);
    expect({ step, plans: stored.length }).toEqual({ step, plans: expect.any(Number) });
    for (const plan of stored) {
      const [row] = await q(
        `SELECT (SELECT count(*) FROM match_scores WHERE plan_id = $2)::int AS rows,
                (SELECT count(*) FROM ((SELECT * FROM match_scores WHERE plan_id = $2 EXCEPT ALL SELECT * FROM match_scores_for_plan($1, $2))
                   UNION ALL (SELECT * FROM match_scores_for_plan($1, $2) EXCEPT ALL SELECT * FROM match_scores WHERE plan_id = $2)) d)::int AS different`,
        [plan.organisation_id, plan.id],
      );
      expect({ step, plan: plan.id, different: row.different, some: row.rows > 0 }).toEqual({ step, plan: plan.id, different: 0, some: true });
    }
    const [stray] = await q(`SELECT count(*)::int AS n FROM match_scores s JOIN match_plans p ON p.id = s.plan_id WHERE p.organisation_id <> s.organisation_id`);
    expect(stray.n).toBe(0);
  }

  const rank = (requirements: VacancyRequirements, organisationId = org) =>
    ranking.rank(organisationId, buildRankingPlan(requirements, graph), { limit: 1000, offset: 0 }, NOW);

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions({ url: db.url, poolMax: 2, ssl: 'disable' })).initialize();
    profiles = new PersonProfileRepository(ds);
    plans = new MatchPlansRepository(ds);
    ranking = new RankingRepository(ds, plans);
    org = asOrganisationId((await q(`INSERT INTO organisations (name, slug) VALUES ('Scores A', 'scores-a') RETURNING id`))[0].id);
    otherOrg = asOrganisationId((await q(`INSERT INTO organisations (name, slug) VALUES ('Scores B', 'scores-b') RETURNING id`))[0].id);
    for (let n = 0; n < 30; n++) people.push(await addPerson(org, n));
    for (let n = 0; n < 10; n++) await addPerson(otherOrg, n);
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('builds a plan once per organisation and requirements, and reuses it', async () => {
    const first = await plans.ensure(org, storedPlan(buildRankingPlan(withCoordinates, graph)));
    expect(first.built).toBe(true);
    expect(await plans.ensure(org, storedPlan(buildRankingPlan(withCoordinates, graph)))).toEqual({ id: first.id, built: false });
    // The same requirements in another organisation, and other requirements, are other plans.
    const other = await plans.ensure(otherOrg, storedPlan(buildRankingPlan(withCoordinates, graph)));
    expect(other.built).toBe(true);
    expect(other.id).not.toBe(first.id);
    const second = await plans.ensure(org, storedPlan(buildRankingPlan(regionOnly, graph)));
    expect(second).toEqual({ id: expect.any(String), built: true });
    expect(second.id).not.toBe(first.id);
    // A build of the same plan from two connections at once: one builds, the other finds it.
    await q(`DELETE FROM match_plans WHERE id = $1`, [second.id]);
    const pool = await new DataSource({ ...dataSourceOptions({ url: db.url, poolMax: 2, ssl: 'disable' }), entities: [] }).initialize();
    try {
      const racing = new MatchPlansRepository(pool);
      const both = await Promise.all([racing.ensure(org, storedPlan(buildRankingPlan(regionOnly, graph))), racing.ensure(org, storedPlan(buildRankingPlan(regionOnly, graph)))]);
      expect(both.map((b) => b.built).sort()).toEqual([false, true]);
      expect(both[0].id).toBe(both[1].id);
    } finally {
      await pool.destroy();
    }
    await same('built');
    expect((await rank(withCoordinates)).total).toBeGreaterThan(5);

    // Using a plan renews its mark only when the mark is over an hour old: otherwise the row is not written at all.
    const mark = async () => (await q(`SELECT last_used_at AS at, xmin::text AS version FROM match_plans WHERE id = $1`, [first.id]))[0];
    await q(`UPDATE match_plans SET last_used_at = now() - interval '30 minutes' WHERE id = $1`, [first.id]);
    const recent = await mark();
    await rank(withCoordinates);
    expect(await mark()).toEqual(recent);
    await q(`UPDATE match_plans SET last_used_at = now() - interval '2 hours' WHERE id = $1`, [first.id]);
    await rank(withCoordinates);
    expect(Date.now() - (await mark()).at.getTime()).toBeLessThan(60_000);
  });

  it('stays equal to a recount through inserts, updates, consent, phase and erasure changes, deletes, bulk and concurrent writes', async () => {
    const consents = new ConsentsRepository(ds);
    const phases = new PhasesRepository(ds);
    await rank(withCoordinates);
    await rank(regionOnly);
    await rank(withCoordinates, otherOrg);
    await same('start');

    // New people, and people whose skills, occupations and facts change through the repository.
    for (let n = 30; n < 36; n++) people.push(await addPerson(org, n));
    await same('people added');
    for (const [i, id] of people.slice(0, 8).entries()) {
      await ds.transaction((tx) =>
        profiles.replace(
          org,
          id,
          { skills: [{ uri: SKILLS[(i + 5) % 8]!, source: 'hr' }], occupations: [{ uri: OCCUPATIONS[(i + 1) % 4]!, source: 'hr' }] },
          { ...facts(i + 1), region: i % 2 ? 'utrecht' : null },
          NOW,
          tx,
        ),
      );
    }
    await same('skills, occupations and facts replaced');

    // Plain SQL writers: a URI changed in place, one skill removed from everybody, coordinates moved.
    await q(`UPDATE person_skills SET uri = $3 WHERE organisation_id = $1 AND uri = $2`, [org, SKILLS[6], U('skill/unrelated')]);
    await q(`DELETE FROM person_skills WHERE organisation_id = $1 AND uri = $2`, [org, SKILLS[2]]);
    await q(`UPDATE person_match_profiles SET latitude = latitude + 0.3 WHERE organisation_id = $1 AND latitude IS NOT NULL`, [org]);
    await same('plain SQL');
    // A change scoring does not read (the counts, updated_at) recomputes nobody and changes nothing.
    await q(`UPDATE person_match_profiles SET updated_at = now() WHERE organisation_id = $1`, [org]);
    await same('irrelevant column');

    // Consent withdrawn, granted with an expiry, deleted; phases; erasure.
    await consents.set(org, people[0]!, 'matching', { status: 'withdrawn', at: NOW, source: 'test' });
    await consents.set(org, people[4]!, 'matching', { status: 'granted', at: NOW, source: 'test', expiresAt: new Date('2027-01-20T00:00:00Z') });
    await q(`DELETE FROM consents WHERE organisation_id = $1 AND person_id = $2 AND purpose = 'matching'`, [org, people[1]]);
    await same('consents');
    await phases.move(org, [people[2]!, people[3]!], { to: 'entry', cause: 'manual', at: NOW });
    await phases.move(org, [people[5]!, people[6]!], { to: 'employment', cause: 'manual', at: NOW });
    await phases.move(org, [people[2]!], { to: 'exit', cause: 'manual', at: NOW });
    await same('phases');
    await q(`UPDATE people SET erased_at = $3 WHERE organisation_id = $1 AND id = $2`, [org, people[7], NOW]);
    await same('erased');

    // A person deleted (their rows go with them), and a profile row deleted while concept rows stay.
    await q(`DELETE FROM people WHERE id = $1`, [people[8]]);
    await q(`DELETE FROM person_match_profiles WHERE organisation_id = $1 AND person_id = $2`, [org, people[9]]);
    await same('deletes');
    expect(await q(`SELECT 1 FROM match_scores WHERE person_id = ANY($1)`, [[people[8], people[9]]])).toEqual([]);

    // A statement changing more people than the per-person lock limit (the organisation lock instead).
    await q(
      `INSERT INTO people (organisation_id, first_name, last_name, phase) SELECT $1, 'Bulk', n::text, 'exit' FROM generate_series(1, 300) n`,
      [org],
    );
    await q(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at)
       SELECT organisation_id, id, 'matching', 'granted', 'test', now() FROM people WHERE organisation_id = $1 AND first_name = 'Bulk'`,
      [org],
    );
    await q(`INSERT INTO person_match_profiles (organisation_id, person_id, region) SELECT organisation_id, id, 'Utrecht' FROM people WHERE organisation_id = $1 AND first_name = 'Bulk'`, [org]);
    await q(
      `INSERT INTO person_skills (organisation_id, person_id, uri, source)
       SELECT organisation_id, id, ($2::text[])[1 + (abs(hashtext(id::text)) % 8)], 'hr' FROM people WHERE organisation_id = $1 AND first_name = 'Bulk'`,
      [org, SKILLS],
    );
    await same('bulk (300 people in one statement)');
    expect((await rank(regionOnly)).total).toBeGreaterThan(30);

    // Concurrent writers: 12 transactions on 6 connections change overlapping people while a new plan is built. First each
    // adds a skill no other transaction adds to one of three people (no row in common, so only the triggers' person lock
    // orders them), then replaces another person's skills and facts.
    const pool = await new DataSource({ ...dataSourceOptions({ url: db.url, poolMax: 7, ssl: 'disable' }), entities: [] }).initialize();
    try {
      const poolProfiles = new PersonProfileRepository(pool);
      const shared = people.slice(10, 16);
      const added = people.slice(16, 19);
      const writers = Array.from({ length: 12 }, (_, i) =>
        pool.transaction(async (tx) => {
          await tx.query(`INSERT INTO person_skills (organisation_id, person_id, uri, source) VALUES ($1, $2, $3, 'hr') ON CONFLICT DO NOTHING`, [
            org,
            added[i % 3],
            SKILLS[i % 8],
          ]);
          await tx.query(`SELECT pg_sleep(0.02)`);
          const id = shared[i % shared.length]!;
          await poolProfiles.replace(
            org,
            id,
            { skills: [{ uri: SKILLS[i % 8]!, source: 'hr' }, { uri: SKILLS[(i + 3) % 8]!, source: 'hr' }], occupations: [] },
            facts(i + 40),
            NOW,
            tx,
          );
          await tx.query(`SELECT pg_sleep(0.02)`);
          await tx.query(`UPDATE person_match_profiles SET available_from = $3 WHERE organisation_id = $1 AND person_id = $2`, [org, id, `2027-02-${10 + i}`]);
        }),
      );
      const building = new MatchPlansRepository(pool).ensure(org, storedPlan(buildRankingPlan({ ...regionOnly, startBy: '2027-02-20' }, graph)));
      await Promise.all([...writers, building]);
    } finally {
      await pool.destroy();
    }
    await same('concurrent writers and a build');
  });

  it('removes plans unused since a date, with their rows, and builds them again when used', async () => {
    const { id } = await plans.ensure(org, storedPlan(buildRankingPlan(regionOnly, graph)));
    await q(`UPDATE match_plans SET last_used_at = now() - interval '20 days' WHERE id = $1`, [id]);
    expect(await plans.purgeUnused(new Date(Date.now() - 14 * 86_400_000))).toBe(1);
    expect(await q(`SELECT 1 FROM match_scores WHERE plan_id = $1`, [id])).toEqual([]);
    expect(await q(`SELECT 1 FROM match_plan_terms WHERE plan_id = $1`, [id])).toEqual([]);
    expect(await plans.purgeUnused(new Date(Date.now() - 14 * 86_400_000))).toBe(0);
    const again = await plans.ensure(org, storedPlan(buildRankingPlan(regionOnly, graph)));
    expect(again.built).toBe(true);
    await same('rebuilt');
  });

  it('down() removes tables, functions and triggers; up() starts empty and ranking builds plans again', async () => {
    const before = await rank(withCoordinates);
    const migration = ds.migrations.find((m) => m.name === 'MatchScores1765040000000')!;
    const runner = ds.createQueryRunner();
    try {
      await migration.down(runner);
      expect((await q(`SELECT to_regclass('match_scores') AS t`))[0]).toEqual({ t: null });
      expect(await q(`SELECT tgname FROM pg_trigger WHERE tgname LIKE '%match_scores%'`)).toEqual([]);
      expect(await q(`SELECT proname FROM pg_proc WHERE proname LIKE 'match_scores%'`)).toEqual([]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await q(`SELECT count(*)::int AS n FROM match_plans`)).toEqual([{ n: 0 }]);
    expect(await rank(withCoordinates)).toEqual(before);
    await same('after down and up');
  });
});
