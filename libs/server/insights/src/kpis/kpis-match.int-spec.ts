import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { asOrganisationId, dataSourceOptions, type OrganisationId } from '@kring/server-database';
import { createTestDatabase, FakeClock, type TestDatabase } from '@kring/server-testing';
import type { KpiName } from './kpi-names';
import { KpisRepository } from './kpis.repository';
import { KpisService } from './kpis.service';
import type { KpiOutput } from './outputs/kpi.output';

/**
 * Referrals with source 'match' (HR sourced a matched person through Search & Match) are not employee referrals:
 * their hire and offer count as channel 'direct', and they stay out of the referral funnel, participation, referral
 * hires in ROI, reward money and the referrer side of retention. Candidate NPS keeps them (candidate experience).
 * Hand-checked on a small dataset: period 2026-01-01..2026-06-30, today 2026-07-15 (Amsterdam).
 */
describe('KPIs: match referrals are not employee referrals (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let kpis: KpisService;
  const clock = new FakeClock('2026-07-15T10:00:00Z');
  const PERIOD = { from: '2026-01-01', to: '2026-06-30' };
  let A: OrganisationId;
  const id: Record<string, string> = {};

  const q = (sql: string, params: unknown[] = []) => ds.query(sql, params);
  const one = async (sql: string, params: unknown[]): Promise<string> => (await q(sql, params))[0].id;
  const get = (kpi: KpiName, query: Record<string, string> = PERIOD) => kpis.get(A, kpi, query);
  const fig = (out: KpiOutput, key: string) => {
    const f = out.figures.find((x) => x.key === key);
    if (!f) throw new Error(`no figure ${key}`);
    return f.current;
  };
  const table = (out: KpiOutput, key: string) => Object.fromEntries(out.tables.find((t) => t.key === key)!.rows.map((r) => [r.key, r.values]));

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ ...dataSourceOptions({ url: db.url, poolMax: 2, ssl: 'disable' }), entities: [] }).initialize();
    kpis = new KpisService(new KpisRepository(ds), clock);
    A = asOrganisationId(await one(`INSERT INTO organisations (name, slug) VALUES ('Match BV', 'match-bv') RETURNING id`, []));
    const employee = async (email: string, roles: string[]) => {
      const person = await one(`INSERT INTO people (organisation_id, first_name, phase, start_date) VALUES ($1, 'P', 'employment', '2025-03-01') RETURNING id`, [A]);
      return one(`INSERT INTO users (organisation_id, person_id, email, roles, status) VALUES ($1, $2, $3, $4, 'active') RETURNING id`, [A, person, email, roles]);
    };
    // Both are eligible referrers (referring role employee) and started on 2025-03-01.
    id['e'] = await employee('e@example.test', ['employee']);
    id['hr'] = await employee('hr@example.test', ['hr_admin', 'employee']);
    id['p'] = await one(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'Werven', 'internal', '{employee_permanent}') RETURNING id`, [A]);
    id['v'] = await one(`INSERT INTO vacancies (organisation_id, title, department, status) VALUES ($1, 'Verpleegkundige', 'Zorg', 'open') RETURNING id`, [A]);
    const referral = (referrer: string, source: string, created: string, stage: string, changed: string) =>
      one(
        `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, source, candidate_name, candidate_email, created_at,
                                stage, stage_changed_at, consent_state, consent_due_at)
         VALUES ($1, $2, $3, $4, $5, 'Kandidaat', $6, $7, $8, $9, 'consented', $7::timestamptz + interval '14 days') RETURNING id`,
        [A, id['p'], id['v'], referrer, source, `${randomBytes(4).toString('hex')}@example.test`, created, stage, changed],
      );
    // R1: the employee's referral, hired on 1 February (27 days after 5 January).
    id['r1'] = await referral(id['e']!, 'referral_form', '2026-01-05T10:00:00Z', 'hired', '2026-02-01T10:00:00Z');
    // M1: HR's match, hired on 1 March (50 days after 10 January).
    id['m1'] = await referral(id['hr']!, 'match', '2026-01-10T10:00:00Z', 'hired', '2026-03-01T10:00:00Z');
    // M2: HR's match, offered on 20 February, then hired on 1 April (59 days after 1 February) through the pipeline's update.
    id['m2'] = await referral(id['hr']!, 'match', '2026-02-01T10:00:00Z', 'offer', '2026-02-20T10:00:00Z');
    await q(`UPDATE referrals SET stage = 'hired', stage_changed_at = '2026-04-01T10:00:00Z' WHERE id = $1`, [id['m2']]);

    // Reward money: R1's 500 euro counts; a line on a match referral (should never be written) does not.
    const rule = await one(
      `INSERT INTO reward_rules (organisation_id, programme_id, currency, milestones, conditions, valid_from) VALUES ($1, $2, 'EUR', '[{"key":"hired"}]', '{}', '2025-01-01') RETURNING id`,
      [A, id['p']],
    );
    for (const [referralId, cents, due] of [
      [id['r1'], 50_000, '2026-02-01'],
      [id['m1'], 30_000, '2026-03-01'],
    ] as const) {
      await q(
        `INSERT INTO reward_ledger (organisation_id, referral_id, milestone_key, rule_id, referrer_user_id, audience, amount_cents, currency, points, due_on, status)
         VALUES ($1, $2, 'hired', $3, $4, 'employee', $5, 'EUR', 0, $6, 'pending')`,
        [A, referralId, rule, id['e'], cents, due],
      );
    }
    // Candidate surveys: R1 answered 0, M1 answered 10 (both Zorg through their vacancy).
    for (const [referralId, score, answered] of [
      [id['r1'], 0, '2026-02-05T10:00:00Z'],
      [id['m1'], 10, '2026-03-05T10:00:00Z'],
    ] as const) {
      await q(
        `INSERT INTO candidate_surveys (organisation_id, referral_id, programme_id, outcome, token_hash, sent_at, score, answered_at)
         VALUES ($1, $2, $3, 'hired', $4, $5::timestamptz - interval '1 day', $6, $5)`,
        [A, referralId, id['p'], randomBytes(32), answered, score],
      );
    }
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it("writes a match referral's hire and offer with channel 'direct'", async () => {
    const hires = await q(`SELECT referral_id, channel, hired_on::text FROM hires WHERE organisation_id = $1 ORDER BY hired_on`, [A]);
    expect(hires).toEqual([
      { referral_id: id['r1'], channel: 'referral', hired_on: '2026-02-01' },
      { referral_id: id['m1'], channel: 'direct', hired_on: '2026-03-01' },
      { referral_id: id['m2'], channel: 'direct', hired_on: '2026-04-01' },
    ]);
    expect(await q(`SELECT referral_id, channel, outcome, made_on::text, decided_on::text FROM offers WHERE organisation_id = $1`, [A])).toEqual([
      { referral_id: id['m2'], channel: 'direct', outcome: 'accepted', made_on: '2026-02-20', decided_on: '2026-04-01' },
    ]);
  });

  it('leaves match referrals out of the funnel and participation', async () => {
    // Only R1: submitted 1, hired 1.
    const funnel = await get('referral-funnel');
    expect([fig(funnel, 'submitted'), fig(funnel, 'hired'), fig(funnel, 'conversion')]).toEqual([1, 1, 100]);
    // Eligible: the employee and HR (role employee) = 2; referred: the employee only → 1 / 2 = 50 %.
    const participation = await get('participation');
    expect([fig(participation, 'eligible'), fig(participation, 'participants'), fig(participation, 'participation')]).toEqual([2, 1, 50]);
  });

  it('counts match hires as direct in source of hire and time to hire', async () => {
    const source = await get('source-of-hire');
    // 3 hires: referral 1, direct 2 → referral share 1 / 3 = 33.3 %.
    expect([fig(source, 'hires'), fig(source, 'referralHires'), fig(source, 'referralShare')]).toEqual([3, 1, 33.3]);
    expect(table(source, 'channels')['direct']).toEqual({ hires: 2, share: 66.7 });
    // Days: referral 27; direct 50 and 59 → median 54.5; all 27, 50, 59 → 50.
    const time = await get('time-to-hire');
    expect([fig(time, 'referralMedianDays'), fig(time, 'otherMedianDays'), fig(time, 'allMedianDays')]).toEqual([27, 54.5, 50]);
    const offers = await get('offer-acceptance');
    expect(table(offers, 'channels')).toEqual({ direct: { made: 1, decided: 1, accepted: 1, acceptance: 100 } });
  });

  it('leaves match referrals out of reward money and referral hires in cost per hire and ROI', async () => {
    const cost = await get('cost-per-hire');
    // Reward money: R1's 50 000 only; referral hires 1 → 50 000 per referral hire (no costs recorded).
    expect(fig(cost, 'rewardCents')).toBe(50_000);
    expect(fig(cost, 'referralCostPerHire')).toBe(50_000);
    const roi = await get('roi');
    expect(table(roi, 'programmes')[id['p']!]).toMatchObject({ referralHires: 1, rewardCents: 50_000, costCents: 0, investmentCents: 50_000 });
  });

  it('keeps match referrals in candidate NPS, with their department', async () => {
    // Answers 0 (R1) and 10 (M1): one promoter, one detractor → NPS 0 over 2 responses; the same in department Zorg.
    for (const query of [PERIOD, { ...PERIOD, department: 'Zorg' }]) {
      const nps = await get('candidate-nps', query);
      expect([fig(nps, 'responses'), fig(nps, 'nps'), fig(nps, 'sent')]).toEqual([2, 0, 2]);
    }
  });

  it('does not make HR a referrer in retention by sourcing matches', async () => {
    // Both started 2025-03-01 (1st anniversary 2026-03-01, in the period) and stayed; the employee referred on 5 January
    // (before the anniversary): focus 1; HR only sourced matches: not a referrer.
    const retention = await get('retention');
    expect(table(retention, 'employees1y')).toEqual({
      '2025-Q1': { focusStarted: 1, focusRetained: 1, focusRate: 100, otherStarted: 1, otherRetained: 1, otherRate: 100 },
    });
  });
});
