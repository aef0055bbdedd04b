import { DataSource } from 'typeorm';
import {
  asOrganisationId,
  ConsentEntity,
  ConsentEventEntity,
  PersonEntity,
  PhaseTransitionEntity,
  TouchpointEntity,
  ConsentsRepository,
  dataSourceOptions,
  OrganisationId,
  PhasesRepository,
  TouchpointsRepository,
} from '@kring/server-database';
import { createTestDatabase, FakeClock, TestDatabase } from '@kring/server-testing';
import { PeopleDirectoryRepository } from './directory/people-directory.repository';
import { ENGAGEMENT_THRESHOLDS } from './engagement/engagement';

const DAY = 86_400_000;

describe('ERM people primitives (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let phases: PhasesRepository;
  let consents: ConsentsRepository;
  let touchpoints: TouchpointsRepository;
  let directory: PeopleDirectoryRepository;
  let n = 0;

  const organisation = async (): Promise<OrganisationId> => {
    const [row] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('Org', $1) RETURNING id`, [`erm-people-${++n}`]);
    return asOrganisationId(row.id);
  };
  const person = async (org: OrganisationId, phase = 'information', at = new Date('2026-01-01T00:00:00Z')): Promise<string> => {
    const [row] = await dataSource.query(
      `INSERT INTO people (organisation_id, first_name, phase, phase_changed_at) VALUES ($1, 'P', $2, $3) RETURNING id`,
      [org, phase, at],
    );
    return row.id;
  };
  const user = async (org: OrganisationId): Promise<string> => {
    const personId = await person(org);
    const [row] = await dataSource.query(
      `INSERT INTO users (organisation_id, person_id, email, roles, status) VALUES ($1, $2, $3, '{hr_admin}', 'active') RETURNING id`,
      [org, personId, `hr-${++n}@example.test`],
    );
    return row.id;
  };
  const history = (org: OrganisationId, id: string) => phases.history(org, id);

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource({
      ...dataSourceOptions({ url: db.url, poolMax: 2, ssl: 'disable' }),
      entities: [PersonEntity, PhaseTransitionEntity, ConsentEntity, ConsentEventEntity, TouchpointEntity],
    }).initialize();
    phases = new PhasesRepository(dataSource);
    consents = new ConsentsRepository(dataSource);
    touchpoints = new TouchpointsRepository(dataSource);
    directory = new PeopleDirectoryRepository(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  describe('PhasesRepository.move', () => {
    it('writes the phase and a history row with from, to, cause, actor and reason; the first row is `created`', async () => {
      const org = await organisation();
      const actor = await user(org);
      const id = await person(org, 'relation');
      const at = new Date('2026-03-01T10:00:00Z');
      const moved = await phases.move(org, [id], { to: 'orientation', cause: 'manual', at, actorUserId: actor, reason: 'Kwam naar de open dag' });
      expect(moved).toEqual([{ personId: id, fromPhase: 'relation', boomerang: false }]);
      const rows = await history(org, id);
      expect(rows.map((r) => [r.fromPhase, r.toPhase, r.cause, r.actorUserId, r.reason])).toEqual([
        [null, 'relation', 'created', null, null],
        ['relation', 'orientation', 'manual', actor, 'Kwam naar de open dag'],
      ]);
      expect(rows[1]!.occurredAt.toISOString()).toBe(at.toISOString());
      const [row] = await dataSource.query(`SELECT phase, phase_changed_at FROM people WHERE id = $1`, [id]);
      expect(row).toEqual({ phase: 'orientation', phase_changed_at: at });
    });

    it('writes no row for people already in the target phase and ignores ids of another organisation', async () => {
      const org = await organisation();
      const other = await organisation();
      const already = await person(org, 'exit');
      const mover = await person(org, 'employment');
      const foreign = await person(other, 'employment');
      const moved = await phases.move(org, [already, mover, foreign], { to: 'exit', cause: 'offboarded', at: new Date() });
      expect(moved.map((m) => m.personId)).toEqual([mover]);
      expect(await history(org, already)).toHaveLength(1);
      expect(await history(other, foreign)).toHaveLength(1);
      const [row] = await dataSource.query(`SELECT phase FROM people WHERE id = $1`, [foreign]);
      expect(row.phase).toBe('employment');
    });

    it('marks a boomerang only on exit → entry or employment', async () => {
      const org = await organisation();
      const toEntry = await person(org, 'exit');
      const toEmployment = await person(org, 'exit');
      const toRelation = await person(org, 'exit');
      const notAlumnus = await person(org, 'orientation');
      const at = new Date('2026-05-05T08:00:00Z');
      const moved = await phases.move(org, [toEntry, notAlumnus], { to: 'entry', cause: 'referral_hired', at });
      await phases.move(org, [toEmployment], { to: 'employment', cause: 'rehired', at });
      await phases.move(org, [toRelation], { to: 'relation', cause: 'manual', at });
      expect(Object.fromEntries(moved.map((m) => [m.personId, m.boomerang]))).toEqual({ [toEntry]: true, [notAlumnus]: false });
      const rows: Array<{ id: string; boomerang_at: Date | null }> = await dataSource.query(
        `SELECT id, boomerang_at FROM people WHERE id = ANY($1)`,
        [[toEntry, toEmployment, toRelation, notAlumnus]],
      );
      const marks = Object.fromEntries(rows.map((r) => [r.id, r.boomerang_at?.toISOString() ?? null]));
      expect(marks).toEqual({ [toEntry]: at.toISOString(), [toEmployment]: at.toISOString(), [toRelation]: null, [notAlumnus]: null });
    });
  });

  describe('ConsentsRepository', () => {
    it('keeps one current row per purpose and every change in the history; has() honours expiry', async () => {
      const org = await organisation();
      const id = await person(org);
      const given = new Date('2026-02-01T00:00:00Z');
      const expires = new Date('2027-02-01T00:00:00Z');
      await consents.set(org, id, 'events', { status: 'pending', at: new Date('2026-01-31T00:00:00Z'), source: 'talent_pool_form' });
      expect(await consents.has(org, id, 'events', given)).toBe(false);
      await consents.set(org, id, 'events', { status: 'granted', at: given, source: 'talent_pool_form', expiresAt: expires });
      expect(await consents.has(org, id, 'events', new Date(expires.getTime() - 1))).toBe(true);
      expect(await consents.has(org, id, 'events', expires)).toBe(false);
      expect(await consents.has(org, id, 'newsletter', given)).toBe(false);
      await consents.set(org, id, 'events', { status: 'withdrawn', at: new Date('2026-06-01T00:00:00Z'), source: 'preference_centre' });
      expect(await consents.has(org, id, 'events', new Date('2026-06-02T00:00:00Z'))).toBe(false);

      const current = await consents.list(org, id);
      expect(current).toHaveLength(1);
      expect(current[0]).toMatchObject({ purpose: 'events', status: 'withdrawn', givenAt: given });
      const events = await consents.history(org, id);
      expect(events.map((e) => [e.status, e.source])).toEqual([
        ['pending', 'talent_pool_form'],
        ['granted', 'talent_pool_form'],
        ['withdrawn', 'preference_centre'],
      ]);
      expect(await consents.has(await organisation(), id, 'events', given)).toBe(false);
    });
  });

  describe('engagement (the SQL rule, at a controlled now)', () => {
    const clock = new FakeClock('2026-09-01T12:00:00Z');
    const level = async (org: OrganisationId, id: string) => {
      const row = await directory.findById(org, id, clock.now());
      return [row!.engagementScore, row!.engagementLevel];
    };
    /** A person with touchpoints this many days before the clock's now. */
    const withTouchpoints = async (org: OrganisationId, ...ages: number[]) => {
      const id = await person(org);
      for (const age of ages) {
        await touchpoints.record(org, [id], { kind: 'manual', channel: 'phone', occurredAt: new Date(clock.now().getTime() - age * DAY) });
      }
      return id;
    };

    it('weighs touchpoints by age: ≤ 30 days 3, ≤ 90 days 2, ≤ 365 days 1, older or future 0', async () => {
      const org = await organisation();
      expect(await level(org, await withTouchpoints(org))).toEqual([0, 'none']);
      expect(await level(org, await withTouchpoints(org, 30))).toEqual([3, 'low']);
      expect(await level(org, await withTouchpoints(org, 30.001))).toEqual([2, 'low']);
      expect(await level(org, await withTouchpoints(org, 90))).toEqual([2, 'low']);
      expect(await level(org, await withTouchpoints(org, 90.001))).toEqual([1, 'low']);
      expect(await level(org, await withTouchpoints(org, 364.999))).toEqual([1, 'low']);
      expect(await level(org, await withTouchpoints(org, 365))).toEqual([0, 'none']);
      expect(await level(org, await withTouchpoints(org, -1))).toEqual([0, 'none']);
    });

    it('has thresholds low 1–3, moderate 4–8, high 9+', async () => {
      const org = await organisation();
      expect(await level(org, await withTouchpoints(org, 100, 100, 100))).toEqual([3, 'low']);
      expect(await level(org, await withTouchpoints(org, 100, 100, 100, 100))).toEqual([4, 'moderate']);
      expect(await level(org, await withTouchpoints(org, 1, 60))).toEqual([5, 'moderate']);
      expect(await level(org, await withTouchpoints(org, 1, 60, 60, 200))).toEqual([8, 'moderate']);
      expect(await level(org, await withTouchpoints(org, 1, 2, 3))).toEqual([9, 'high']);
    });

    it('has SQL thresholds that match the documented mirror in engagement.ts', async () => {
      const rows: Array<{ score: number; level: string }> = await dataSource.query(
        `SELECT s AS score, erm_engagement_level(s) AS level FROM generate_series(0, 12) AS s`,
      );
      const mirror = (score: number) =>
        score >= ENGAGEMENT_THRESHOLDS.high ? 'high' : score >= ENGAGEMENT_THRESHOLDS.moderate ? 'moderate' : score >= ENGAGEMENT_THRESHOLDS.low ? 'low' : 'none';
      expect(rows.map((r) => r.level)).toEqual(rows.map((r) => mirror(r.score)));
    });

    it('decays as time passes: the same touchpoints read lower later', async () => {
      const org = await organisation();
      const id = await withTouchpoints(org, 1, 2, 3);
      expect(await level(org, id)).toEqual([9, 'high']);
      clock.advance(40 * DAY);
      expect(await level(org, id)).toEqual([6, 'moderate']);
      clock.advance(400 * DAY);
      expect(await level(org, id)).toEqual([0, 'none']);
    });

    it('counts only the organisation’s own touchpoints for the person', async () => {
      const org = await organisation();
      clock.set('2026-09-01T12:00:00Z');
      const id = await withTouchpoints(org, 1);
      const other = await organisation();
      expect(await touchpoints.record(other, [id], { kind: 'manual', channel: 'post', occurredAt: clock.now() })).toBe(0);
      expect(await level(org, id)).toEqual([3, 'low']);
    });
  });
});
