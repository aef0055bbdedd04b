import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@kring/server-database';
import { createTestDatabase, type TestDatabase } from '@kring/server-testing';

/**
 * insights_referral_level_days (migration 1764930000000) is what the referral funnel sums. It must always equal a
 * recount of insights_referral_levels per (organisation, submission day, programme, department, level), through bulk
 * inserts, stage and consent changes, a vacancy's department changing and deletes.
 */
describe('referral funnel day counters (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let org: string;
  let internal: string;
  let combined: string;
  let care: string;
  let itVacancy: string;
  let referrer: string;

  const q = (sql: string, params: unknown[] = []) => ds.query(sql, params);
  const one = async (sql: string, params: unknown[] = []): Promise<string> => (await q(sql, params))[0].id;
  /** Rows (day, programme, department, level, n) of the counters and of the recount, both sorted. */
  const counters = () =>
    q(`SELECT day::text, programme_id, department, level, n::int FROM insights_referral_level_days WHERE organisation_id = $1 ORDER BY 1, 2, 3, 4`, [org]);
  const recount = () =>
    q(
      `SELECT submitted_on::text AS day, programme_id, coalesce(department, '') AS department, level, count(*)::int AS n
         FROM insights_referral_levels WHERE organisation_id = $1 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      [org],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource(dataSourceOptions({ url: db.url, poolMax: 2, ssl: 'disable' }));
    await ds.initialize();
    org = await one(`INSERT INTO organisations (name, slug) VALUES ('Dagtellers', 'dagtellers') RETURNING id`);
    internal = await one(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'Intern', 'internal', ARRAY['employee_permanent']) RETURNING id`, [org]);
    combined = await one(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'Samen', 'combined', ARRAY['employee_permanent']) RETURNING id`, [org]);
    care = await one(`INSERT INTO vacancies (organisation_id, title, department, status) VALUES ($1, 'Verpleegkundige', 'Zorg', 'open') RETURNING id`, [org]);
    itVacancy = await one(`INSERT INTO vacancies (organisation_id, title, department, status) VALUES ($1, 'Developer', 'IT', 'open') RETURNING id`, [org]);
    const person = await one(`INSERT INTO people (organisation_id, first_name) VALUES ($1, 'Ria') RETURNING id`, [org]);
    referrer = await one(`INSERT INTO users (organisation_id, person_id, email, roles, status) VALUES ($1, $2, 'ria@example.test', ARRAY['employee'], 'active') RETURNING id`, [org, person]);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('equal a recount after a bulk insert, stage and consent changes, a department change and deletes', async () => {
    // One statement, four referrals: 2026-03-01 (Amsterdam) internal/Zorg twice (one consented), 2026-03-02 combined/IT, one without vacancy.
    const ids: string[] = (
      await q(
        `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_name, candidate_email, created_at, stage_changed_at,
                                consent_state, consent_due_at)
         SELECT $1, x.programme, x.vacancy, $2, 'Kandidaat', 'k' || x.i || '@example.test', x.at, x.at, x.consent, x.at + interval '14 days'
           FROM (VALUES (1, $3::uuid, $5::uuid, '2026-03-01T08:00:00Z'::timestamptz, 'consented'),
                        (2, $3::uuid, $5::uuid, '2026-03-01T22:30:00Z'::timestamptz, 'awaiting_consent'),
                        (3, $4::uuid, $6::uuid, '2026-03-02T10:00:00Z'::timestamptz, 'awaiting_consent'),
                        (4, $4::uuid, NULL::uuid, '2026-03-02T11:00:00Z'::timestamptz, 'awaiting_consent')) AS x(i, programme, vacancy, at, consent)
          ORDER BY x.i
         RETURNING id`,
        [org, referrer, internal, combined, care, itVacancy],
      )
    ).map((r: { id: string }) => r.id);
    // 22:30 UTC on 1 March is 23:30 in Amsterdam: still 1 March. The consented one is at level 2.
    expect(await counters()).toEqual([
      { day: '2026-03-01', programme_id: internal, department: 'Zorg', level: 1, n: 1 },
      { day: '2026-03-01', programme_id: internal, department: 'Zorg', level: 2, n: 1 },
      { day: '2026-03-02', programme_id: combined, department: '', level: 1, n: 1 },
      { day: '2026-03-02', programme_id: combined, department: 'IT', level: 1, n: 1 },
    ].sort((a, b) => `${a.day}${a.programme_id}${a.department}${a.level}`.localeCompare(`${b.day}${b.programme_id}${b.department}${b.level}`)));

    // The second Zorg referral is hired (level 5); the IT one reaches an interview through its history.
    await q(`UPDATE referrals SET consent_state = 'consented', stage = 'hired', stage_changed_at = '2026-04-01T09:00:00Z' WHERE id = $1`, [ids[1]]);
    await q(`INSERT INTO referral_events (organisation_id, referral_id, kind, to_value, created_at) VALUES ($1, $2, 'stage', 'interview', '2026-03-10T09:00:00Z')`, [org, ids[2]]);
    expect(await counters()).toEqual(await recount());
    expect((await counters()).filter((c: { level: number }) => c.level >= 3)).toEqual(
      [
        { day: '2026-03-01', programme_id: internal, department: 'Zorg', level: 5, n: 1 },
        { day: '2026-03-02', programme_id: combined, department: 'IT', level: 3, n: 1 },
      ].sort((a, b) => `${a.day}${a.programme_id}`.localeCompare(`${b.day}${b.programme_id}`)),
    );

    // The Zorg vacancy moves to department Wijkzorg: its referrals' counters move with it.
    await q(`UPDATE vacancies SET department = 'Wijkzorg' WHERE id = $1`, [care]);
    expect(await counters()).toEqual(await recount());
    expect((await counters()).some((c: { department: string }) => c.department === 'Zorg')).toBe(false);

    // Deleting referrals removes their counters; counters that reach zero disappear.
    await q(`DELETE FROM referrals WHERE id = ANY($1)`, [[ids[0], ids[3]]]);
    expect(await counters()).toEqual(await recount());
    expect(await counters()).toHaveLength(2);
    await q(`DELETE FROM referrals WHERE organisation_id = $1`, [org]);
    expect(await counters()).toEqual([]);
  });

  it('referrer days equal a recount of the referrals per referrer and programme, through inserts, changes and deletes', async () => {
    const days = () =>
      q(`SELECT programme_id, days::text FROM insights_referrer_days WHERE organisation_id = $1 AND referrer_user_id = $2 ORDER BY 1`, [org, referrer]);
    const add = (at: string, programme: string) =>
      one(
        `INSERT INTO referrals (organisation_id, programme_id, referrer_user_id, candidate_name, candidate_email, created_at, stage_changed_at, consent_due_at)
         VALUES ($1, $2, $3, 'Kandidaat', $4, $5, $5, $5::timestamptz + interval '14 days') RETURNING id`,
        [org, programme, referrer, `d${at}@example.test`, at],
      );
    // 23:30 UTC on 9 May is 10 May in Amsterdam; 10 and 11 May merge into one range; 20 May stays apart.
    await add('2026-05-09T23:30:00Z', internal);
    const moved = await add('2026-05-11T09:00:00Z', internal);
    const last = await add('2026-05-20T09:00:00Z', internal);
    await add('2026-05-20T10:00:00Z', combined);
    const expected = (internalDays: string, combinedDays: string) =>
      [
        { programme_id: internal, days: internalDays },
        { programme_id: combined, days: combinedDays },
      ].sort((a, b) => a.programme_id.localeCompare(b.programme_id));
    expect(await days()).toEqual(expected('{[2026-05-10,2026-05-12),[2026-05-20,2026-05-21)}', '{[2026-05-20,2026-05-21)}'));
    // Moving a referral to another programme and another day recounts both.
    await q(`UPDATE referrals SET programme_id = $2, created_at = '2026-06-01T09:00:00Z' WHERE id = $1`, [moved, combined]);
    expect(await days()).toEqual(expected('{[2026-05-10,2026-05-11),[2026-05-20,2026-05-21)}', '{[2026-05-20,2026-05-21),[2026-06-01,2026-06-02)}'));
    await q(`DELETE FROM referrals WHERE id = $1`, [last]);
    expect(await days()).toEqual(expected('{[2026-05-10,2026-05-11)}', '{[2026-05-20,2026-05-21),[2026-06-01,2026-06-02)}'));
    await q(`DELETE FROM referrals WHERE organisation_id = $1`, [org]);
    expect(await days()).toEqual([]);
  });
});
