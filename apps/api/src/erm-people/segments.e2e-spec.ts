import { SegmentsService } from '@kring/server-erm';
import { asOrganisationId } from '@kring/server-database';
import { CONSENT_PURPOSES, ENGAGEMENT_LEVELS, PHASES, type EngagementLevel } from '@kring/shared-domain';
import { FakeClock } from '@kring/server-testing';
import { ermOrganisation } from '../testing/erm-people-fixtures';
import { HttpClient } from '../testing/http-client';
import { bootTestApp, TestApp } from '../testing/test-app';

const DAY = 86_400_000;

/** A small deterministic pseudo-random generator, so a failure can be reproduced. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const some = <T>(values: readonly T[], max: number): T[] => [...new Set(Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(values)))];
  return { next, pick, some };
}

describe('ERM segments (e2e)', () => {
  let t: TestApp;
  const clock = new FakeClock('2027-03-02T09:00:00Z');
  const fields = (body: { errors?: Array<{ field: string }> }) => [...new Set((body.errors ?? []).map((e) => e.field))].sort();
  const ids = (body: { items: Array<{ id: string }> }) => body.items.map((p) => p.id);

  beforeAll(async () => {
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());

  it('lets HR create, read, list, rename, refilter and delete segments; names are unique per organisation', async () => {
    const org = await ermOrganisation(t);
    const alumna = await org.person({ firstName: 'Ada', phase: 'exit', location: 'Utrecht' });
    await org.person({ firstName: 'Bo', phase: 'exit', location: 'Zeist' });
    const created = await org.hr.post('/api/segments', {
      name: ' Alumni Utrecht ',
      description: 'Oud-collega’s in de regio',
      filter: { phases: ['exit'], locations: [' Utrecht '], tags: [], consentPurpose: null },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Alumni Utrecht',
      description: 'Oud-collega’s in de regio',
      filter: { phases: ['exit'], locations: ['Utrecht'] },
      count: 1,
      createdByUserId: org.hrUser.userId,
    });
    const id = created.body.id as string;

    expect((await org.hr.post('/api/segments', { name: 'alumni UTRECHT', filter: {} })).body.code).toBe('segment_name_taken');
    expect((await org.hr.post('/api/segments', { name: 'alumni UTRECHT', filter: {} })).status).toBe(409);
    const other = await ermOrganisation(t, 'Ander');
    expect((await other.hr.post('/api/segments', { name: 'Alumni Utrecht', filter: {} })).status).toBe(201);

    expect((await org.hr.get(`/api/segments/${id}/people`)).body).toMatchObject({ total: 1, items: [{ id: alumna, firstName: 'Ada' }] });
    expect((await org.hr.get(`/api/segments/${id}/count`)).body).toEqual({ total: 1 });

    const second = await org.hr.post('/api/segments', { name: 'Iedereen', filter: {} });
    expect(second.body.count).toBe(3); // Ada, Bo and the HR admin's own person
    const list = await org.hr.get('/api/segments');
    expect(list.body.items.map((s: { name: string; count: number }) => [s.name, s.count])).toEqual([
      ['Alumni Utrecht', 1],
      ['Iedereen', 3],
    ]);

    const renamed = await org.hr.patch(`/api/segments/${id}`, { name: 'Alumni regio', filter: { phases: ['exit'] } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Alumni regio', description: 'Oud-collega’s in de regio', filter: { phases: ['exit'] }, count: 2 });
    expect((await org.hr.patch(`/api/segments/${id}`, { name: 'Iedereen' })).status).toBe(409);
    expect((await org.hr.patch(`/api/segments/${id}`, { name: 'ALUMNI REGIO' })).status).toBe(200);

    expect((await org.hr.request('DELETE', `/api/segments/${id}`)).status).toBe(204);
    expect((await org.hr.get(`/api/segments/${id}`)).status).toBe(404);
    expect((await org.hr.request('DELETE', `/api/segments/${id}`)).status).toBe(404);
    expect((await org.hr.get(`/api/people/${alumna}`)).status).toBe(200);
  });

  it('validates the filter (400), including pools of another organisation', async () => {
    const org = await ermOrganisation(t);
    const other = await ermOrganisation(t, 'Ander');
    const [foreignPool] = await t.dataSource.query(`INSERT INTO talent_pools (organisation_id, name) VALUES ($1, 'Zorg') RETURNING id`, [other.id]);
    const bad = await org.hr.post('/api/segments', {
      name: '',
      filter: { phases: ['sleeping'], engagementLevels: ['extreme'], locales: ['de'], consentPurpose: 'spam', poolIds: ['x'], colour: 'red' },
    });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual([
      'filter.colour',
      'filter.consentPurpose',
      'filter.engagementLevels',
      'filter.locales',
      'filter.phases',
      'filter.poolIds',
      'name',
    ]);
    expect(fields((await org.hr.post('/api/segments', { name: 'Zonder filter' })).body)).toEqual(['filter']);
    const foreign = await org.hr.post('/api/segments', { name: 'Pool', filter: { poolIds: [foreignPool.id] } });
    expect(foreign.status).toBe(400);
    expect(fields(foreign.body)).toEqual(['filter.poolIds']);
    expect((await org.hr.post('/api/segments/preview', { filter: { phases: ['nope'] } })).status).toBe(400);
  });

  it('is HR only (401/403) and scoped to the organisation (404)', async () => {
    const org = await ermOrganisation(t);
    const other = await ermOrganisation(t, 'Ander');
    const { body: foreign } = await other.hr.post('/api/segments', { name: 'Geheim', filter: {} });
    const anonymous = new HttpClient(t.app, '10.98.0.1');
    expect((await anonymous.get('/api/segments')).status).toBe(401);
    expect((await anonymous.post('/api/segments/preview', { filter: {} })).status).toBe(401);
    const employee = await org.member(['employee']);
    expect((await employee.get('/api/segments')).status).toBe(403);
    expect((await employee.post('/api/segments', { name: 'x', filter: {} })).status).toBe(403);
    expect((await employee.post('/api/segments/preview', { filter: {} })).status).toBe(403);
    for (const path of ['', '/people', '/count']) expect((await org.hr.get(`/api/segments/${foreign.id}${path}`)).status).toBe(404);
    expect((await org.hr.patch(`/api/segments/${foreign.id}`, { name: 'Gekaapt' })).status).toBe(404);
    expect((await org.hr.request('DELETE', `/api/segments/${foreign.id}`)).status).toBe(404);
    expect((await org.hr.post(`/api/segments/${foreign.id}/touchpoints`, { channel: 'post', note: 'x' })).status).toBe(404);
    expect((await other.hr.get(`/api/segments/${foreign.id}`)).body.name).toBe('Geheim');

    const segments = t.app.get(SegmentsService);
    await expect(segments.peopleIds(asOrganisationId(org.id), foreign.id)).rejects.toMatchObject({ kind: 'not_found', code: 'not_found' });
    expect(await segments.peopleIds(asOrganisationId(other.id), foreign.id)).toEqual([other.hrUser.personId]);
  });

  it('logs a manual touchpoint for everyone in a segment at once', async () => {
    const org = await ermOrganisation(t);
    const a = await org.person({ phase: 'exit', tags: ['kerstkaart'] });
    const b = await org.person({ phase: 'relation', tags: ['kerstkaart'] });
    await org.person({ phase: 'relation' });
    const { body: segment } = await org.hr.post('/api/segments', { name: 'Kerstkaarten', filter: { tags: ['Kerstkaart'] } });
    const res = await org.hr.post(`/api/segments/${segment.id}/touchpoints`, { channel: 'post', note: 'Kerstkaart verstuurd' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ recorded: 2 });
    const rows = await t.dataSource.query(
      `SELECT person_id, phase, channel, note, subject_type, subject_id FROM touchpoints WHERE organisation_id = $1 ORDER BY person_id`,
      [org.id],
    );
    expect(rows).toEqual(
      [
        { person_id: a, phase: 'exit', channel: 'post', note: 'Kerstkaart verstuurd', subject_type: 'segment', subject_id: segment.id },
        { person_id: b, phase: 'relation', channel: 'post', note: 'Kerstkaart verstuurd', subject_type: 'segment', subject_id: segment.id },
      ].sort((x, y) => x.person_id.localeCompare(y.person_id)),
    );
    expect((await org.hr.get(`/api/people?engagementLevels=low&tags=kerstkaart`)).body.total).toBe(2);

    const outOfRange = await org.hr.post(`/api/segments/${segment.id}/touchpoints`, { channel: 'post', note: 'x', occurredAt: '-200000-01-01T00:00:00Z' });
    expect(outOfRange.status).toBe(400);
    expect(fields(outOfRange.body)).toEqual(['occurredAt']);
  });

  it('returns exactly the people it counts, for many filter combinations, and agrees with a count computed here', async () => {
    const org = await ermOrganisation(t, 'Telling');
    const other = await ermOrganisation(t, 'Ruis');
    const rnd = random(20270302);
    const now = clock.now().getTime();
    const LOCATIONS = ['Utrecht', 'Zeist', 'Amersfoort', null] as const;
    const TAGS = ['alumni', 'kerst', 'vip', 'zorg'];
    const SKILLS = ['wondzorg', 'triage', 'planning'];
    const pools: string[] = [];
    for (const name of ['Zorg', 'ICT']) {
      const [row] = await t.dataSource.query(`INSERT INTO talent_pools (organisation_id, name) VALUES ($1, $2) RETURNING id`, [org.id, name]);
      pools.push(row.id);
    }
    const [foreignPool] = await t.dataSource.query(`INSERT INTO talent_pools (organisation_id, name) VALUES ($1, 'Zorg') RETURNING id`, [other.id]);

    interface Model {
      id: string;
      phase: string;
      locale: string;
      location: string | null;
      tags: string[];
      skills: string[];
      pools: string[];
      score: number;
      consents: string[];
    }
    const people: Model[] = [];
    const points = (age: number) => (age < 0 || age >= 365 ? 0 : age <= 30 ? 3 : age <= 90 ? 2 : 1);
    for (let i = 0; i < 40; i++) {
      const m: Omit<Model, 'id'> = {
        phase: rnd.pick(PHASES),
        locale: rnd.pick(['nl', 'en']),
        location: rnd.pick(LOCATIONS),
        tags: rnd.some(TAGS, 2),
        skills: rnd.some(SKILLS, 2),
        pools: rnd.some(pools, 2),
        score: 0,
        consents: [],
      };
      const [row] = await t.dataSource.query(
        `INSERT INTO people (organisation_id, first_name, last_name, phase, locale, location, tags, skills) VALUES ($1, $2, 'Model', $3, $4, $5, $6, $7) RETURNING id`,
        [org.id, `P${i}`, m.phase, m.locale, m.location, m.tags, m.skills],
      );
      for (const pool of m.pools) {
        await t.dataSource.query(`INSERT INTO talent_pool_members (organisation_id, pool_id, person_id, source, joined_at) VALUES ($1, $2, $3, 'hr', now())`, [org.id, pool, row.id]);
      }
      for (const age of rnd.some([2, 20, 45, 80, 120, 300, 400, 800], 4)) {
        await t.dataSource.query(
          `INSERT INTO touchpoints (organisation_id, person_id, kind, channel, phase, occurred_at) VALUES ($1, $2, 'manual', 'phone', $3, $4)`,
          [org.id, row.id, m.phase, new Date(now - age * DAY)],
        );
        m.score += points(age);
      }
      for (const purpose of rnd.some(CONSENT_PURPOSES, 2)) {
        const state = rnd.pick(['granted', 'expired_grant', 'withdrawn', 'pending'] as const);
        const expiresAt = state === 'expired_grant' ? new Date(now - DAY) : rnd.pick([null, new Date(now + 30 * DAY)]);
        await t.dataSource.query(
          `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at)
           VALUES ($1, $2, $3, $4, 'hr', $5, $6)`,
          [org.id, row.id, purpose, state === 'expired_grant' ? 'granted' : state, state === 'pending' ? null : new Date(now - 60 * DAY), expiresAt],
        );
        if (state === 'granted') m.consents.push(purpose);
      }
      people.push({ id: row.id, ...m });
    }
    // Noise in another organisation that would match every filter.
    const [noise] = await t.dataSource.query(
      `INSERT INTO people (organisation_id, first_name, phase, locale, location, tags, skills) VALUES ($1, 'Ruis', 'exit', 'nl', 'Utrecht', $2, $3) RETURNING id`,
      [other.id, TAGS, SKILLS],
    );
    await t.dataSource.query(`INSERT INTO talent_pool_members (organisation_id, pool_id, person_id, source, joined_at) VALUES ($1, $2, $3, 'hr', now())`, [other.id, foreignPool.id, noise.id]);
    // The HR admin's own person is in the organisation too (phase information, nl, nothing else).
    people.push({ id: org.hrUser.personId, phase: 'information', locale: 'nl', location: null, tags: [], skills: [], pools: [], score: 0, consents: [] });

    const level = (score: number): EngagementLevel => (score >= 9 ? 'high' : score >= 4 ? 'moderate' : score >= 1 ? 'low' : 'none');
    type Filter = Partial<{ phases: string[]; poolIds: string[]; tags: string[]; skills: string[]; locations: string[]; locales: string[]; engagementLevels: string[]; consentPurpose: string }>;
    const expected = (f: Filter) =>
      people
        .filter(
          (p) =>
            (!f.phases?.length || f.phases.includes(p.phase)) &&
            (!f.poolIds?.length || p.pools.some((x) => f.poolIds!.includes(x))) &&
            (!f.tags?.length || p.tags.some((x) => f.tags!.includes(x))) &&
            (!f.skills?.length || p.skills.some((x) => f.skills!.includes(x))) &&
            (!f.locations?.length || (p.location !== null && f.locations.map((l) => l.toLowerCase()).includes(p.location.toLowerCase()))) &&
            (!f.locales?.length || f.locales.includes(p.locale)) &&
            (!f.engagementLevels?.length || f.engagementLevels.includes(level(p.score))) &&
            (!f.consentPurpose || p.consents.includes(f.consentPurpose)),
        )
        .map((p) => p.id)
        .sort();

    const filters: Filter[] = [{}];
    for (let i = 0; i < 40; i++) {
      const f: Filter = {};
      if (rnd.next() < 0.4) f.phases = rnd.some(PHASES, 3);
      if (rnd.next() < 0.3) f.poolIds = rnd.some([...pools, foreignPool.id], 2).filter((p) => p !== foreignPool.id);
      if (rnd.next() < 0.3) f.tags = rnd.some(TAGS, 2);
      if (rnd.next() < 0.3) f.skills = rnd.some(SKILLS, 2);
      if (rnd.next() < 0.3) f.locations = rnd.some(['UTRECHT', 'zeist', 'Amersfoort'], 2);
      if (rnd.next() < 0.3) f.locales = rnd.some(['nl', 'en'], 1);
      if (rnd.next() < 0.4) f.engagementLevels = rnd.some(ENGAGEMENT_LEVELS, 2);
      if (rnd.next() < 0.3) f.consentPurpose = rnd.pick(CONSENT_PURPOSES);
      filters.push(f);
    }
    let nonTrivial = 0;
    for (const [i, filter] of filters.entries()) {
      const want = expected(filter);
      if (want.length > 0 && want.length < people.length) nonTrivial++;
      const preview = await org.hr.post('/api/segments/preview', { filter, limit: 100 });
      expect({ filter, total: preview.body.total }).toEqual({ filter, total: want.length });
      expect(ids(preview.body).sort()).toEqual(want);

      const { body: segment } = await org.hr.post('/api/segments', { name: `Combinatie ${i}`, filter });
      expect(segment.count).toBe(want.length);
      const paged: string[] = [];
      for (let offset = 0; offset < want.length + 7; offset += 7) {
        const page = await org.hr.get(`/api/segments/${segment.id}/people?limit=7&offset=${offset}`);
        expect(page.body.total).toBe(want.length);
        paged.push(...ids(page.body));
      }
      expect(paged.sort()).toEqual(want);
      expect(await t.app.get(SegmentsService).peopleIds(asOrganisationId(org.id), segment.id)).toEqual(want);
    }
    expect(nonTrivial).toBeGreaterThan(10);
  });
});
