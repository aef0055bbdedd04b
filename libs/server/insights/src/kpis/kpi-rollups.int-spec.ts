import { DataSource } from 'typeorm';
import { asOrganisationId, dataSourceOptions } from '@kring/server-database';
import { createTestDatabase, type TestDatabase } from '@kring/server-testing';
import {
  HIRE_TOTALS_RECOUNT_SQL,
  HIRE_TOTALS_STORED_SQL,
  KPI_COUNTS_RECOUNT_SQL,
  KPI_COUNTS_STORED_SQL,
  PARTICIPANTS_RECOUNT_SQL,
  PARTICIPANTS_STORED_SQL,
  PARTICIPATION_BITS_RECOUNT_SQL,
  PARTICIPATION_BITS_STORED_SQL,
  PARTICIPATION_MASKS_RECOUNT_SQL,
  PARTICIPATION_MASKS_STORED_SQL,
  PERSON_TENURE_RECOUNT_SQL,
  PERSON_TENURE_STORED_SQL,
} from './kpi-counts.recount';
import { KpisRepository, type KpiScope } from './kpis.repository';

/**
 * Periods (from, to, previous period) for comparing participation from the bitmaps with the scan: whole months, edge
 * days on both sides, one day, and part of one month (no whole month at all).
 */
const PARTICIPATION_PERIODS: Array<[string, string, [string, string]]> = [
  ['2025-01-01', '2026-12-31', ['2023-01-01', '2024-12-31']],
  ['2025-05-02', '2026-03-01', ['2024-07-03', '2025-05-01']],
  ['2026-03-01', '2026-03-01', ['2026-02-28', '2026-02-28']],
  ['2025-06-02', '2025-06-30', ['2025-05-04', '2025-06-01']],
];
const daysOf = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;

/**
 * The referral funnel sums the day counters of insights_kpi_counts (metric 'referral_level', migration 1764950000000). They must always equal a
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
  /** Rows (day, programme, department, level, n) of the day counters ('referral_level', grain 'd') and of the recount, both sorted. */
  const counters = () =>
    q(
      `SELECT day::text, programme_id, department, bucket AS level, n::int FROM insights_kpi_counts
        WHERE organisation_id = $1 AND metric = 'referral_level' AND grain = 'd' ORDER BY 1, 2, 3, 4`,
      [org],
    );
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

  /**
   * insights_kpi_counts and insights_person_tenure (migration 1764950000000) are what every other KPI sums. After every
   * kind of write (bulk inserts, updates that move a row to another key, corrections, deletes, changes on the other
   * side of a join) they must equal a recount from the source tables; concurrent writers on the same counters must
   * neither lose an update nor deadlock.
   */
  it('KPI counters and tenure rows equal a recount through inserts, updates, corrections, deletes and concurrent writers', async () => {
    const org2 = await one(`INSERT INTO organisations (name, slug) VALUES ('Tellers', 'tellers') RETURNING id`);
    const programme = await one(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'P', 'internal', ARRAY['employee_permanent']) RETURNING id`, [org2]);
    const other = await one(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'Q', 'combined', ARRAY['employee_permanent']) RETURNING id`, [org2]);
    const vacancy = await one(`INSERT INTO vacancies (organisation_id, title, department, status) VALUES ($1, 'Kok', 'Keuken', 'open') RETURNING id`, [org2]);
    const checked: string[] = [];
    const repo = new KpisRepository(ds);
    const same = async (step: string) => {
      const order = ' ORDER BY 1, 2, 3, 4, 5, 6, 7, 8';
      const [stored, recount] = [await q(KPI_COUNTS_STORED_SQL + order, [org2]), await q(`SELECT * FROM (${KPI_COUNTS_RECOUNT_SQL}) r${order}`, [org2])];
      expect({ step, rows: stored }).toEqual({ step, rows: recount });
      // The time-to-hire totals (migration 1764990000000), kept from the counters by triggers, equal a recount from hires.
      const totalsOrder = ' ORDER BY 1, 2, 3, 4, 5, 6, 7, 8';
      expect({ step, rows: await q(HIRE_TOTALS_STORED_SQL + totalsOrder, [org2]) }).toEqual({ step, rows: await q(`SELECT * FROM (${HIRE_TOTALS_RECOUNT_SQL}) h${totalsOrder}`, [org2]) });
      const tenureOrder = ' ORDER BY 1, 2, 3';
      expect({ step, rows: await q(PERSON_TENURE_STORED_SQL + tenureOrder, [org2]) }).toEqual({ step, rows: await q(`SELECT * FROM (${PERSON_TENURE_RECOUNT_SQL}) t${tenureOrder}`, [org2]) });
      const participants = async (sql: string) =>
        (await q(`SELECT organisation_id, user_id, programme_id, department, eligible, days::text AS days, shared::text AS shared FROM (${sql}) x ORDER BY 1, 2, 3`, [org2]));
      expect({ step, rows: await participants(PARTICIPANTS_STORED_SQL) }).toEqual({ step, rows: await participants(PARTICIPANTS_RECOUNT_SQL) });
      // The participation bitmaps (migration 1765000000000): every set bit is a user of the recount, no bitmap is empty,
      // every user with participant rows has one number; and participationPair (bitmaps) answers like participation (scan).
      expect({ step, rows: await q(`${PARTICIPATION_BITS_STORED_SQL} ORDER BY 1, 2, 3, 4`, [org2]) }).toEqual({
        step,
        rows: await q(`SELECT * FROM (${PARTICIPATION_BITS_RECOUNT_SQL}) b ORDER BY 1, 2, 3, 4`, [org2]),
      });
      expect({ step, rows: await q(`${PARTICIPATION_MASKS_STORED_SQL} ORDER BY 1, 2`, [org2]) }).toEqual({
        step,
        rows: await q(`SELECT * FROM (${PARTICIPATION_MASKS_RECOUNT_SQL}) m ORDER BY 1, 2`, [org2]),
      });
      const [empty] = await q(
        `SELECT (SELECT count(*) FROM insights_participation_days WHERE organisation_id = $1 AND bit_count(bits) = 0)
              + (SELECT count(*) FROM insights_participation_masks WHERE organisation_id = $1 AND bit_count(bits) = 0) AS n`,
        [org2],
      );
      expect({ step, emptyBitmaps: Number(empty.n) }).toEqual({ step, emptyBitmaps: 0 });
      expect({ step, numbered: await q(`SELECT user_id FROM insights_participant_numbers WHERE organisation_id = $1 ORDER BY 1`, [org2]) }).toEqual({
        step,
        numbered: await q(`SELECT DISTINCT user_id FROM insights_participants WHERE organisation_id = $1 ORDER BY 1`, [org2]),
      });
      for (const [from, to, before] of PARTICIPATION_PERIODS) {
        for (const programmeId of [null, programme, other]) {
          for (const department of [null, 'Zorg', 'ICT']) {
            const scope = (f: string, t: string): KpiScope => ({ organisationId: asOrganisationId(org2), period: { from: f, to: t, days: daysOf(f, t) }, programmeId, department, today: '2026-11-21' });
            const pair = await repo.participationPair(scope(from, to), scope(before[0], before[1]));
            const scanned = [await repo.participation(scope(from, to)), await repo.participation(scope(before[0], before[1]))];
            expect({ step, from, programmeId, department, pair }).toEqual({ step, from, programmeId, department, pair: scanned });
          }
        }
      }
      checked.push(step);
    };
    const metric = async (m: string) =>
      Number((await q(`SELECT coalesce(sum(n), 0) AS n FROM insights_kpi_counts WHERE organisation_id = $1 AND metric = $2 AND grain = 'd'`, [org2, m]))[0].n);

    // Employees: a bulk insert of people (two with a start date), users linked in one statement.
    const people: string[] = (
      await q(
        `INSERT INTO people (organisation_id, first_name, phase, start_date, department)
         VALUES ($1, 'A', 'employment', '2024-02-29', 'Zorg'), ($1, 'B', 'employment', '2025-01-10', NULL), ($1, 'C', 'relation', NULL, 'Zorg') RETURNING id`,
        [org2],
      )
    ).map((r: { id: string }) => r.id);
    const users: string[] = (
      await q(
        `INSERT INTO users (organisation_id, person_id, email, roles, status)
         VALUES ($1, $2, 'a@t.test', ARRAY['employee'], 'active'), ($1, $3, 'b@t.test', ARRAY['employee'], 'active') RETURNING id`,
        [org2, people[0], people[1]],
      )
    ).map((r: { id: string }) => r.id);
    await same('people and users inserted');
    expect(await metric('tenure')).toBe(2);

    // Referrals in one statement: hired (→ hire), in offer (→ offer), new, and a match referral hired (→ direct hire).
    const referrals: string[] = (
      await q(
        `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, source, candidate_name, candidate_email, created_at, stage, stage_changed_at,
                                consent_state, consent_due_at)
         SELECT $1, x.programme, $2, x.referrer, x.source, 'K', 'k' || x.i || '@t.test', x.at, x.stage, x.at + interval '20 days', 'consented', x.at + interval '14 days'
           FROM (VALUES (1, $3::uuid, $5::uuid, 'referral_form', 'hired', '2025-02-01T10:00:00Z'::timestamptz),
                        (2, $3::uuid, $5::uuid, 'referral_form', 'offer', '2025-03-01T10:00:00Z'::timestamptz),
                        (3, $4::uuid, $6::uuid, 'share_link', 'new', '2026-01-01T10:00:00Z'::timestamptz),
                        (4, $3::uuid, $6::uuid, 'match', 'hired', '2025-04-01T10:00:00Z'::timestamptz)) AS x(i, programme, referrer, source, stage, at)
          ORDER BY x.i RETURNING id`,
        [org2, vacancy, programme, other, users[0], users[1]],
      )
    ).map((r: { id: string }) => r.id);
    await same('referrals inserted');
    expect(await metric('hire')).toBe(2);
    expect(await metric('offer_made')).toBe(1);

    // The offer is accepted and hired through the pipeline; manual hires of other channels in one statement.
    await q(`UPDATE referrals SET stage = 'hired', stage_changed_at = '2025-04-15T10:00:00Z' WHERE id = $1`, [referrals[1]]);
    const hires: string[] = (
      await q(
        `INSERT INTO hires (organisation_id, channel, source, department, applied_on, hired_on, start_date, left_on)
         VALUES ($1, 'agency', 'manual', 'Zorg', '2025-01-01', '2025-02-01', '2025-03-01', '2026-01-15'),
                ($1, 'job_board', 'manual', NULL, NULL, '2025-02-01', NULL, NULL),
                ($1, 'job_board', 'manual', 'Zorg', '2025-01-01', '2025-02-01', '2025-02-01', NULL) RETURNING id`,
        [org2],
      )
    ).map((r: { id: string }) => r.id);
    await q(
      `INSERT INTO quality_ratings (organisation_id, hire_id, months, rating, rated_at)
       VALUES ($1, $2, 6, 4, '2025-08-01T22:30:00Z'), ($1, $3, 6, 2, '2025-08-02T10:00:00Z'), ($1, $3, 12, 5, '2026-02-02T10:00:00Z')`,
      [org2, hires[1], hires[2]],
    );
    await q(`UPDATE quality_ratings SET rating = 3 WHERE hire_id = $1 AND months = 12`, [hires[2]]);
    await same('offer accepted, manual hires, quality ratings');
    // Corrections: a hire moves channel, department and leaving date (its ratings move with it); a start date moves in
    // preboarding; an offboarding.
    await q(`UPDATE hires SET channel = 'social', department = 'Keuken', left_on = '2025-06-01' WHERE id = $1`, [hires[2]]);
    await q(`UPDATE people SET start_date = '2025-01-20', department = 'Keuken' WHERE id = $1`, [people[1]]);
    await q(`INSERT INTO offboardings (organisation_id, person_id, leaving_date, reason, eligible_for_rehire, status) VALUES ($1, $2, '2025-12-31', 'resignation', true, 'scheduled')`, [
      org2,
      people[0],
    ]);
    await same('hire corrected, start date moved, offboarding scheduled');
    // Participation inputs: a share link with clicks (the first click of a day counts, a counter back to zero does not),
    // a deactivated user, a department change.
    const link = await one(`INSERT INTO share_links (organisation_id, code, owner_user_id, vacancy_id, created_at) VALUES ($1, 'TELLER', $2, $3, '2025-05-01T22:30:00Z') RETURNING id`, [
      org2,
      users[1],
      vacancy,
    ]);
    await q(`INSERT INTO share_link_clicks (organisation_id, share_link_id, channel, day, clicks) VALUES ($1, $2, 'email', '2025-06-01', 1), ($1, $2, 'whatsapp', '2025-06-03', 0)`, [
      org2,
      link,
    ]);
    await q(`UPDATE share_link_clicks SET clicks = clicks + 2 WHERE share_link_id = $1`, [link]);
    await q(`UPDATE share_link_clicks SET clicks = 0 WHERE share_link_id = $1 AND channel = 'email'`, [link]);
    await q(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [users[0]]);
    await q(`UPDATE people SET department = 'ICT' WHERE id = $1`, [people[1]]);
    await same('share link and clicks, user deactivated, department changed');
    await q(`UPDATE users SET status = 'active' WHERE id = $1`, [users[0]]);
    await q(`UPDATE offboardings SET status = 'cancelled', cancelled_at = now() WHERE organisation_id = $1`, [org2]);
    await q(`DELETE FROM hires WHERE id = $1`, [hires[1]]);
    await same('offboarding cancelled, hire deleted (with its rating)');
    expect(await metric('rating')).toBe(2);

    // Surveys (one per referral, one without) and reward lines; then the vacancy's department and a referral's programme change.
    await q(
      `INSERT INTO candidate_surveys (organisation_id, referral_id, programme_id, outcome, token_hash, sent_at, score, answered_at)
       VALUES ($1, $2, $4, 'hired', decode(md5(random()::text), 'hex'), '2025-03-01T22:30:00Z', NULL, NULL),
              ($1, $3, $4, 'hired', decode(md5(random()::text), 'hex'), '2025-05-01T10:00:00Z', 9, '2025-05-02T10:00:00Z'),
              ($1, NULL, NULL, 'rejected', decode(md5(random()::text), 'hex'), '2025-05-01T10:00:00Z', 3, '2025-05-03T10:00:00Z')`,
      [org2, referrals[0], referrals[3], programme],
    );
    const rule = await one(
      `INSERT INTO reward_rules (organisation_id, programme_id, currency, milestones, conditions, valid_from) VALUES ($1, $2, 'EUR', '[{"key":"hired"}]', '{}', '2025-01-01') RETURNING id`,
      [org2, programme],
    );
    await q(
      `INSERT INTO reward_ledger (organisation_id, referral_id, milestone_key, rule_id, referrer_user_id, audience, amount_cents, currency, points, due_on, status)
       VALUES ($1, $2, 'hired', $4, $5, 'employee', 50000, 'EUR', 0, '2025-02-21', 'pending'),
              ($1, $2, 'probation', $4, $5, 'employee', 25000, 'EUR', 0, '2025-08-21', 'pending'),
              ($1, $3, 'hired', $4, $5, 'employee', 40000, 'EUR', 0, '2025-05-05', 'pending')`,
      [org2, referrals[0], referrals[1], rule, users[0]],
    );
    await same('surveys and reward lines inserted');
    expect(await metric('survey_sent')).toBe(3);
    await q(`UPDATE candidate_surveys SET score = 2, answered_at = '2025-03-03T10:00:00Z' WHERE referral_id = $1`, [referrals[0]]);
    await q(`UPDATE reward_ledger SET status = 'cancelled', cancel_reason = 'hire_left', cancelled_at = now() WHERE referral_id = $1 AND milestone_key = 'probation'`, [referrals[0]]);
    await q(`UPDATE vacancies SET department = 'Horeca' WHERE id = $1`, [vacancy]);
    await q(`UPDATE referrals SET programme_id = $2 WHERE id = $1`, [referrals[1], other]);
    await same('survey answered, reward cancelled, department and programme changed');
    expect(Number((await q(`SELECT count(*) AS n FROM insights_kpi_counts WHERE organisation_id = $1 AND department = 'Keuken' AND metric LIKE 'survey%'`, [org2]))[0].n)).toBe(0);

    // Deletes: the match referral (its survey loses the referral, its level row goes), a user, a person.
    await q(`DELETE FROM referrals WHERE id = $1`, [referrals[3]]);
    await same('referral deleted');
    // B's other referral goes, then B's user (its first referrals go with it), then B's person.
    await q(`DELETE FROM referrals WHERE id = $1`, [referrals[2]]);
    await q(`DELETE FROM users WHERE id = $1`, [users[1]]);
    await same('user deleted');
    await q(`DELETE FROM people WHERE id = $1`, [people[1]]);
    await same('person deleted');

    // Concurrent writers: 24 hires on the same day and channel plus 24 surveys, in 12 transactions on 6 connections at once.
    const pool = await new DataSource({ ...dataSourceOptions({ url: db.url, poolMax: 6, ssl: 'disable' }), entities: [] }).initialize();
    try {
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          pool.transaction(async (tx) => {
            await tx.query(
              `INSERT INTO hires (organisation_id, channel, source, department, applied_on, hired_on) VALUES ($1, 'agency', 'manual', 'Zorg', '2025-06-01', '2025-07-01'), ($1, 'career_site', 'manual', NULL, NULL, '2025-07-01')`,
              [org2],
            );
            await tx.query(
              `INSERT INTO candidate_surveys (organisation_id, outcome, token_hash, sent_at, score, answered_at)
               VALUES ($1, 'rejected', decode(md5(random()::text), 'hex'), '2025-07-01T10:00:00Z', $2, '2025-07-02T10:00:00Z'), ($1, 'hired', decode(md5(random()::text), 'hex'), '2025-07-01T10:00:00Z', 10, '2025-07-02T10:00:00Z')`,
              [org2, i % 11],
            );
            await tx.query(`UPDATE hires SET department = CASE WHEN department = 'Zorg' THEN 'Keuken' ELSE 'Zorg' END WHERE organisation_id = $1 AND hired_on = '2025-07-01'`, [org2]);
          }),
        ),
      );
    } finally {
      await pool.destroy();
    }
    await same('concurrent writers');
    expect(Number((await q(`SELECT coalesce(sum(n), 0) AS n FROM insights_kpi_counts WHERE organisation_id = $1 AND metric = 'hire' AND grain = 'd' AND day = '2025-07-01'`, [org2]))[0].n)).toBe(24);

    // Every hire goes: their counters are removed, not left at zero.
    await q(`DELETE FROM hires WHERE organisation_id = $1`, [org2]);
    await same('all hires deleted');
    expect(await q(`SELECT 1 FROM insights_kpi_counts WHERE organisation_id = $1 AND metric IN ('hire', 'hire_days', 'hire_start', 'rating')`, [org2])).toEqual([]);
    expect(await q(`SELECT 1 FROM insights_hire_totals WHERE organisation_id = $1`, [org2])).toEqual([]);
    expect(checked).toHaveLength(13);
  });

  it('the time-to-hire totals migration: down() removes the totals and their triggers, up() backfills totals equal to a recount', async () => {
    const migration = ds.migrations.find((m) => m.name === 'InsightsKpiSpeed1764990000000')!;
    const order = ' ORDER BY 1, 2, 3, 4, 5, 6, 7, 8';
    const recount = await q(`SELECT * FROM (${HIRE_TOTALS_RECOUNT_SQL}) h${order}`, [org]);
    expect(recount.length).toBeGreaterThan(0);
    expect(await q(HIRE_TOTALS_STORED_SQL + order, [org])).toEqual(recount);
    const runner = ds.createQueryRunner();
    try {
      await migration.down(runner);
      expect((await q(`SELECT to_regclass('insights_hire_totals') AS t`))[0]).toEqual({ t: null });
      expect(await q(`SELECT tgname FROM pg_trigger WHERE tgname LIKE '%hire_totals%'`)).toEqual([]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await q(HIRE_TOTALS_STORED_SQL + order, [org])).toEqual(recount);
  });

  it('the participation bitmaps migration: down() removes bitmaps, numbers and triggers; up() numbers users densely and backfills bitmaps equal to a recount', async () => {
    const migration = ds.migrations.find((m) => m.name === 'InsightsParticipationBits1765000000000')!;
    const organisations: string[] = (await q(`SELECT id FROM organisations ORDER BY id`)).map((r: { id: string }) => r.id);
    const state = async () => {
      const out: unknown[] = [];
      for (const id of organisations) {
        out.push({
          id,
          bits: await q(`${PARTICIPATION_BITS_STORED_SQL} ORDER BY 1, 2, 3, 4`, [id]),
          masks: await q(`${PARTICIPATION_MASKS_STORED_SQL} ORDER BY 1, 2`, [id]),
        });
      }
      return out;
    };
    const recount: unknown[] = [];
    for (const id of organisations) {
      recount.push({
        id,
        bits: await q(`SELECT * FROM (${PARTICIPATION_BITS_RECOUNT_SQL}) b ORDER BY 1, 2, 3, 4`, [id]),
        masks: await q(`SELECT * FROM (${PARTICIPATION_MASKS_RECOUNT_SQL}) m ORDER BY 1, 2`, [id]),
      });
    }
    expect(JSON.stringify(recount)).toContain('"kind":"r"');
    expect(await state()).toEqual(recount);
    const runner = ds.createQueryRunner();
    try {
      await migration.down(runner);
      expect((await q(`SELECT to_regclass('insights_participation_days') AS d, to_regclass('insights_participant_numbers') AS n`))[0]).toEqual({ d: null, n: null });
      expect(await q(`SELECT tgname FROM pg_trigger WHERE tgname LIKE '%participants_bits%'`)).toEqual([]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await state()).toEqual(recount);
    // Numbers are 0..n-1 per organisation after the backfill, and the counter holds n.
    expect(
      await q(`SELECT n.organisation_id FROM insights_participant_numbers n JOIN insights_participant_number_next x USING (organisation_id)
                GROUP BY n.organisation_id, x.next HAVING min(n.n) <> 0 OR max(n.n) <> count(*) - 1 OR x.next <> count(*)`),
    ).toEqual([]);
  });

  it('down() removes the KPI rollups and restores the earlier insights triggers; up() backfills counters equal to a recount', async () => {
    const migration = ds.migrations.find((m) => m.name === 'InsightsKpiRollups1764950000000')!;
    const runner = ds.createQueryRunner();
    try {
      await migration.down(runner);
      expect((await q(`SELECT to_regclass('insights_kpi_counts') AS t, to_regclass('insights_participants') AS p`))[0]).toEqual({ t: null, p: null });
      // Without this migration a match referral is hired like any other (channel referral).
      const match = await one(
        `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, source, candidate_name, candidate_email, created_at, stage, stage_changed_at,
                                consent_state, consent_due_at)
         VALUES ($1, $2, $3, $4, 'match', 'K', 'down@t.test', '2026-02-01T10:00:00Z', 'hired', '2026-03-01T10:00:00Z', 'consented', '2026-02-15T10:00:00Z') RETURNING id`,
        [org, internal, care, referrer],
      );
      expect(await q(`SELECT channel FROM hires WHERE organisation_id = $1 AND referral_id = $2`, [org, match])).toEqual([{ channel: 'referral' }]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const order = ' ORDER BY 1, 2, 3, 4, 5, 6, 7, 8';
    expect(await q(KPI_COUNTS_STORED_SQL + order, [org])).toEqual(await q(`SELECT * FROM (${KPI_COUNTS_RECOUNT_SQL}) r${order}`, [org]));
    expect((await q(KPI_COUNTS_STORED_SQL, [org])).length).toBeGreaterThan(0);
  });
});
