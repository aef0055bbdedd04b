import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { asOrganisationId, dataSourceOptions, PhasesRepository, type OrganisationId } from '@kring/server-database';
import { createTestDatabase, FakeClock, type TestDatabase } from '@kring/server-testing';
import type { KpiName } from './kpi-names';
import { KpisRepository } from './kpis.repository';
import { KpisService } from './kpis.service';
import type { KpiOutput } from './outputs/kpi.output';

/**
 * Every KPI on a small hand-checked dataset. The period is 2026-01-01..2026-06-30 (181 days); the previous period
 * therefore 2025-07-04..2025-12-31 (also 181 days). Today is 2026-07-15 (Amsterdam). Organisation B holds rows in the
 * same period that would change every number if a query forgot the organisation.
 */
describe('KPIs on a hand-checked dataset (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let kpis: KpisService;
  const clock = new FakeClock('2026-07-15T10:00:00Z');
  const PERIOD = { from: '2026-01-01', to: '2026-06-30' };
  let A: OrganisationId;
  let B: OrganisationId;
  const id: Record<string, string> = {};
  let n = 0;

  const q = (sql: string, params: unknown[] = []) => ds.query(sql, params);
  const one = async (sql: string, params: unknown[]): Promise<string> => (await q(sql, params))[0].id;
  const organisation = (name: string) => one(`INSERT INTO organisations (name, slug) VALUES ($1, $2) RETURNING id`, [name, `kpi-${++n}-${Date.now()}`]);
  const person = (org: string, o: { phase?: string; at?: string; start?: string; department?: string } = {}) =>
    one(`INSERT INTO people (organisation_id, first_name, phase, phase_changed_at, start_date, department) VALUES ($1, 'P', $2, $3, $4, $5) RETURNING id`, [
      org,
      o.phase ?? 'employment',
      o.at ?? '2025-01-01T12:00:00Z',
      o.start ?? null,
      o.department ?? null,
    ]);
  const user = async (org: string, roles: string[], o: { status?: string; phase?: string; start?: string; department?: string } = {}) => {
    const personId = await person(org, o);
    const userId = await one(`INSERT INTO users (organisation_id, person_id, email, roles, status) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
      org,
      personId,
      `u${++n}@example.test`,
      roles,
      o.status ?? 'active',
    ]);
    return { personId, userId };
  };
  const referral = (org: string, o: { programme: string; vacancy: string; referrer: string; created: string; stage: string; consent: string }) =>
    one(
      `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_name, candidate_email, created_at,
                              stage, stage_changed_at, consent_state, consent_due_at)
       VALUES ($1, $2, $3, $4, 'Kandidaat', $5, $6, $7, $6, $8, $6::timestamptz + interval '14 days') RETURNING id`,
      [org, o.programme, o.vacancy, o.referrer, `c${++n}@example.test`, o.created, o.stage, o.consent],
    );
  const event = (org: string, referralId: string, kind: string, to: string, at: string) =>
    q(`INSERT INTO referral_events (organisation_id, referral_id, kind, to_value, created_at) VALUES ($1, $2, $3, $4, $5)`, [org, referralId, kind, to, at]);
  const hire = (
    org: string,
    o: { channel: string; hired: string; applied?: string; start?: string; left?: string; department?: string; programme?: string; referral?: string },
  ) =>
    one(
      `INSERT INTO hires (organisation_id, channel, source, referral_id, programme_id, department, applied_on, hired_on, start_date, left_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [org, o.channel, o.referral ? 'referral' : 'manual', o.referral ?? null, o.programme ?? null, o.department ?? null, o.applied ?? null, o.hired, o.start ?? null, o.left ?? null],
    );
  const cost = (org: string, channel: string, start: string, end: string, cents: number, programme: string | null = null) =>
    q(`INSERT INTO recruitment_costs (organisation_id, channel, category, programme_id, period_start, period_end, amount_cents) VALUES ($1, $2, 'other', $3, $4, $5, $6)`, [
      org,
      channel,
      programme,
      start,
      end,
      cents,
    ]);
  const offer = (org: string, o: { channel: string; made: string; outcome: string; decided?: string; referral?: string; programme?: string }) =>
    q(`INSERT INTO offers (organisation_id, channel, referral_id, programme_id, made_on, outcome, decided_on) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      org,
      o.channel,
      o.referral ?? null,
      o.programme ?? null,
      o.made,
      o.outcome,
      o.decided ?? null,
    ]);
  const rating = (org: string, hireId: string, months: number, value: number, at: string) =>
    q(`INSERT INTO quality_ratings (organisation_id, hire_id, months, rating, rated_at) VALUES ($1, $2, $3, $4, $5)`, [org, hireId, months, value, at]);
  const survey = (org: string, outcome: string, sent: string, score: number | null, answered: string | null, programme: string | null) =>
    q(`INSERT INTO candidate_surveys (organisation_id, programme_id, outcome, token_hash, sent_at, score, answered_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      org,
      programme,
      outcome,
      randomBytes(32),
      sent,
      score,
      answered,
    ]);
  const delivery = (org: string, newsletter: string, personId: string, o: { status: string; sent?: string; failed?: string; bounced?: boolean; unsub?: boolean; opened?: boolean; clicked?: boolean }) => {
    const at = o.sent ?? o.failed ?? '2026-01-01T00:00:00Z';
    return q(
      `INSERT INTO newsletter_deliveries (organisation_id, newsletter_id, person_id, email, locale, status, next_attempt_at, message_id, sent_at, failed_at,
                                          bounced_at, unsubscribed_at, opened_at, clicked_at)
       VALUES ($1, $2, $3, $4, 'nl', $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        org,
        newsletter,
        personId,
        `d${++n}@example.test`,
        o.status,
        at,
        `<m${n}@kring.test>`,
        o.sent ?? null,
        o.failed ?? null,
        o.bounced ? at : null,
        o.unsub ? at : null,
        o.opened ? at : null,
        o.clicked ? at : null,
      ],
    );
  };
  const mail = (org: string, kind: string, status: string, created: string, to = `m${++n}@example.test`) =>
    q(
      `INSERT INTO mail_messages (organisation_id, kind, locale, to_address, subject, message_id, status, created_at, sent_at, failed_at)
       VALUES ($1, $2, 'nl', $3, 'Vacatures', $4, $5, $6, $7, $8)`,
      [org, kind, to, `<mail${++n}@kring.test>`, status, created, status === 'sent' ? created : null, status === 'failed' ? created : null],
    );

  const get = (org: OrganisationId, kpi: KpiName, query: Record<string, string> = PERIOD) => kpis.get(org, kpi, query);
  const fig = (out: KpiOutput, key: string) => {
    const f = out.figures.find((x) => x.key === key);
    if (!f) throw new Error(`no figure ${key}`);
    return [f.current, f.previous];
  };
  const table = (out: KpiOutput, key: string) => Object.fromEntries(out.tables.find((t) => t.key === key)!.rows.map((r) => [r.key, r.values]));
  const previousTable = (out: KpiOutput, key: string) => Object.fromEntries(out.tables.find((t) => t.key === key)!.rows.map((r) => [r.key, r.previous]));

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ ...dataSourceOptions({ url: db.url, poolMax: 4, ssl: 'disable' }), entities: [] }).initialize();
    kpis = new KpisService(new KpisRepository(ds), clock);
    const phases = new PhasesRepository(ds);
    A = asOrganisationId(await organisation('Zorggroep A'));
    B = asOrganisationId(await organisation('Zorggroep B'));
    await q(`UPDATE organisations SET mail_tracking = true WHERE id = $1`, [A]);

    // People and users of A. Eligible referrers (active, referring role): E1, E2, E3, E4, E5, E7 = 6.
    const hr = await user(A, ['hr_admin']);
    const e1 = await user(A, ['employee'], { start: '2025-03-01', department: 'Zorg' });
    const e2 = await user(A, ['employee'], { start: '2025-06-15' });
    const e3 = await user(A, ['employee'], { start: '2024-02-01' });
    const e4 = await user(A, ['employee'], { start: '2025-04-01' });
    const e5 = await user(A, ['alumnus'], { phase: 'exit', start: '2024-06-01' });
    const e6 = await user(A, ['employee'], { status: 'deactivated', start: '2025-01-10' });
    await user(A, ['employee'], { start: '2025-05-20' }); // E7
    Object.assign(id, { hr: hr.userId, e1: e1.userId });
    id['p1'] = await one(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'Medewerkers werven', 'internal', '{employee_permanent}') RETURNING id`, [A]);
    id['p2'] = await one(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'Zomeractie', 'internal', '{employee_permanent}') RETURNING id`, [A]);
    const v1 = await one(`INSERT INTO vacancies (organisation_id, title, department, status) VALUES ($1, 'Verpleegkundige', 'Zorg', 'open') RETURNING id`, [A]);
    const v2 = await one(`INSERT INTO vacancies (organisation_id, title, department, status) VALUES ($1, 'Developer', 'ICT', 'open') RETURNING id`, [A]);
    const { p1, p2 } = id as { p1: string; p2: string };

    // Referrals R1..R12 submitted in the period (E1: R1-R6, E2: R7-R12), R13 in the previous period (E3).
    const r = async (referrer: string, created: string, stage: string, consent: string, programme = p1, vacancy = v1) =>
      referral(A, { programme, vacancy, referrer, created, stage, consent });
    const R1 = await r(e1.userId, '2026-01-05T10:00:00Z', 'new', 'awaiting_consent');
    const R2 = await r(e1.userId, '2026-01-06T10:00:00Z', 'new', 'declined');
    const R3 = await r(e1.userId, '2026-01-07T10:00:00Z', 'screening', 'consented');
    const R4 = await r(e1.userId, '2026-01-08T10:00:00Z', 'screening', 'consented');
    const R5 = await r(e1.userId, '2026-01-09T10:00:00Z', 'interview', 'consented');
    const R6 = await r(e1.userId, '2026-01-10T10:00:00Z', 'rejected', 'consented');
    await event(A, R6, 'stage', 'screening', '2026-01-12T10:00:00Z');
    await event(A, R6, 'stage', 'interview', '2026-01-20T10:00:00Z');
    await event(A, R6, 'stage', 'rejected', '2026-01-25T10:00:00Z');
    const R7 = await r(e2.userId, '2026-02-01T10:00:00Z', 'offer', 'consented');
    // R8 skipped interview: new → offer → withdrawn. It still counts for interview.
    const R8 = await r(e2.userId, '2026-02-02T10:00:00Z', 'withdrawn', 'consented');
    await event(A, R8, 'stage', 'offer', '2026-02-20T10:00:00Z');
    await event(A, R8, 'stage', 'withdrawn', '2026-03-10T10:00:00Z');
    const R9 = await r(e2.userId, '2026-01-03T10:00:00Z', 'hired', 'consented');
    const R10 = await r(e2.userId, '2026-01-04T10:00:00Z', 'hired', 'consented', p2, v2);
    const R11 = await r(e2.userId, '2026-02-15T10:00:00Z', 'hired', 'consented');
    // R12 was rejected before the candidate ever consented.
    const R12 = await r(e2.userId, '2026-03-01T10:00:00Z', 'rejected', 'expired');
    await event(A, R12, 'consent', 'expired', '2026-03-15T10:00:00Z');
    const R13 = await r(e3.userId, '2025-11-10T10:00:00Z', 'hired', 'consented');
    void [R1, R2, R3, R4, R5, R7, R12];

    // Organisation B: the same kinds of rows in the same period.
    const bUser = await user(B, ['employee'], { start: '2025-02-01' });
    const bProgramme = await one(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'B', 'internal', '{employee_permanent}') RETURNING id`, [B]);
    const bVacancy = await one(`INSERT INTO vacancies (organisation_id, title, department, status) VALUES ($1, 'B', 'Zorg', 'open') RETURNING id`, [B]);
    id['bProgramme'] = bProgramme;
    const RB = await referral(B, { programme: bProgramme, vacancy: bVacancy, referrer: bUser.userId, created: '2026-02-01T10:00:00Z', stage: 'hired', consent: 'consented' });

    // Hires and offers are set explicitly (the data layer's triggers may have derived some from the referrals).
    await q(`DELETE FROM offers WHERE organisation_id IN ($1, $2)`, [A, B]);
    await q(`DELETE FROM hires WHERE organisation_id IN ($1, $2)`, [A, B]);
    const H1 = await hire(A, { channel: 'referral', referral: R9, programme: p1, department: 'Zorg', applied: '2026-01-10', hired: '2026-02-09', start: '2026-03-01' });
    const H2 = await hire(A, { channel: 'referral', referral: R10, programme: p2, department: 'ICT', applied: '2026-02-01', hired: '2026-02-21' });
    const H3 = await hire(A, { channel: 'referral', referral: R11, programme: p1, department: 'Zorg', applied: '2026-03-01', hired: '2026-04-10' });
    const H4 = await hire(A, { channel: 'job_board', department: 'Zorg', applied: '2026-01-05', hired: '2026-03-06' });
    const H5 = await hire(A, { channel: 'job_board', department: 'ICT', applied: '2026-02-01', hired: '2026-03-23' });
    await hire(A, { channel: 'job_board', department: 'Zorg', hired: '2026-05-01' });
    const H7 = await hire(A, { channel: 'agency', department: 'Zorg', applied: '2026-03-01', hired: '2026-04-15' });
    await hire(A, { channel: 'agency', department: 'ICT', applied: '2026-04-01', hired: '2026-05-06' });
    await hire(A, { channel: 'referral', referral: R13, programme: p1, department: 'Zorg', applied: '2025-11-10', hired: '2025-12-10' });
    const H10 = await hire(A, { channel: 'job_board', department: 'Zorg', applied: '2025-08-01', hired: '2025-09-01' });
    // Hires whose 1st (started 2025-01..06) or 2nd (started 2024-01..06) anniversary falls in the period.
    await hire(A, { channel: 'referral', hired: '2025-01-15', start: '2025-02-01' });
    await hire(A, { channel: 'referral', hired: '2025-02-15', start: '2025-03-01', left: '2025-10-01' });
    await hire(A, { channel: 'job_board', hired: '2025-02-01', start: '2025-02-15', left: '2026-02-15' });
    await hire(A, { channel: 'agency', hired: '2025-04-15', start: '2025-05-01', left: '2025-06-01' });
    await hire(A, { channel: 'referral', hired: '2024-03-15', start: '2024-04-01' });
    await hire(A, { channel: 'job_board', hired: '2024-04-15', start: '2024-05-01', left: '2025-09-01' });
    await hire(B, { channel: 'referral', referral: RB, programme: bProgramme, applied: '2026-01-01', hired: '2026-02-01', start: '2025-02-01' });
    await hire(B, { channel: 'agency', applied: '2026-01-01', hired: '2026-03-01', start: '2025-03-01' });

    // Offers.
    await offer(A, { channel: 'referral', referral: R7, programme: p1, made: '2026-04-01', outcome: 'pending' });
    await offer(A, { channel: 'referral', referral: R8, programme: p1, made: '2026-03-01', outcome: 'declined', decided: '2026-03-10' });
    await offer(A, { channel: 'referral', referral: R9, programme: p1, made: '2026-02-01', outcome: 'accepted', decided: '2026-02-05' });
    await offer(A, { channel: 'referral', referral: R10, programme: p2, made: '2026-02-15', outcome: 'accepted', decided: '2026-02-18' });
    await offer(A, { channel: 'referral', referral: R11, programme: p1, made: '2026-04-01', outcome: 'accepted', decided: '2026-04-05' });
    await offer(A, { channel: 'job_board', made: '2026-02-20', outcome: 'accepted', decided: '2026-03-01' });
    await offer(A, { channel: 'job_board', made: '2026-03-10', outcome: 'declined', decided: '2026-03-15' });
    await offer(A, { channel: 'agency', made: '2026-04-05', outcome: 'accepted', decided: '2026-04-10' });
    await offer(A, { channel: 'agency', made: '2025-12-20', outcome: 'declined', decided: '2026-01-05' });
    await offer(A, { channel: 'job_board', made: '2025-09-01', outcome: 'accepted', decided: '2025-09-05' });
    await offer(B, { channel: 'agency', made: '2026-02-01', outcome: 'declined', decided: '2026-02-02' });

    // Costs (cents).
    await cost(A, 'job_board', '2026-01-01', '2026-12-31', 365_000);
    await cost(A, 'agency', '2026-04-01', '2026-04-30', 1_200_000);
    await cost(A, 'referral', '2025-10-01', '2026-03-31', 182_000);
    await cost(A, 'social', '2026-02-01', '2026-02-28', 50_000, p1);
    await cost(B, 'job_board', '2026-01-01', '2026-06-30', 1_000_000);

    // Reward ledger.
    const rule = await one(
      `INSERT INTO reward_rules (organisation_id, programme_id, currency, milestones, conditions, valid_from) VALUES ($1, $2, 'EUR', '[{"key":"hired"}]', '{}', '2025-01-01') RETURNING id`,
      [A, p1],
    );
    const ledger = (referralId: string, key: string, cents: number, points: number, due: string, status: string) =>
      q(
        `INSERT INTO reward_ledger (organisation_id, referral_id, milestone_key, rule_id, referrer_user_id, audience, amount_cents, currency, points, due_on, status,
                                    approved_at, cancel_reason, cancelled_at)
         VALUES ($1, $2, $3, $4, $5, 'employee', $6, 'EUR', $7, $8, $9, $10, $11, $12)`,
        [A, referralId, key, rule, e2.userId, cents, points, due, status, status === 'approved' ? due : null, status === 'cancelled' ? 'hire_left' : null, status === 'cancelled' ? due : null],
      );
    await ledger(R9, 'hired', 50_000, 0, '2026-02-09', 'pending');
    await ledger(R9, 'probation', 100_000, 0, '2026-08-01', 'pending');
    await ledger(R10, 'hired', 30_000, 0, '2026-02-21', 'approved');
    await ledger(R11, 'hired', 50_000, 0, '2026-04-10', 'cancelled');
    await ledger(R11, 'points', 0, 100, '2026-04-10', 'pending');
    await ledger(R13, 'hired', 40_000, 0, '2025-12-10', 'pending');

    // Quality ratings.
    await rating(A, H1, 6, 4, '2026-03-01T10:00:00Z');
    await rating(A, H2, 6, 5, '2026-03-02T10:00:00Z');
    await rating(A, H3, 12, 3, '2026-04-20T10:00:00Z');
    await rating(A, H4, 6, 3, '2026-04-01T10:00:00Z');
    await rating(A, H7, 6, 2, '2026-05-01T10:00:00Z');
    await rating(A, H5, 12, 4, '2026-06-01T10:00:00Z');
    await rating(A, H10, 6, 5, '2025-12-01T10:00:00Z');

    // Candidate surveys (score null = not answered).
    await survey(A, 'hired', '2026-02-01T10:00:00Z', 10, '2026-02-02T10:00:00Z', p1);
    await survey(A, 'hired', '2026-02-01T10:00:00Z', 9, '2026-02-03T10:00:00Z', p1);
    await survey(A, 'rejected', '2026-03-01T10:00:00Z', 8, '2026-03-02T10:00:00Z', p1);
    await survey(A, 'rejected', '2026-03-01T10:00:00Z', 6, '2026-03-02T10:00:00Z', p1);
    await survey(A, 'withdrawn', '2026-03-11T10:00:00Z', 3, '2026-03-12T10:00:00Z', p1);
    await survey(A, 'rejected', '2026-04-01T10:00:00Z', 10, '2026-04-02T10:00:00Z', p2);
    await survey(A, 'rejected', '2026-05-01T10:00:00Z', null, null, p1);
    await survey(A, 'rejected', '2025-12-01T10:00:00Z', 2, '2025-12-02T10:00:00Z', p1);
    await survey(B, 'hired', '2026-02-01T10:00:00Z', 0, '2026-02-02T10:00:00Z', null);

    // Participation: share links (E4 created one in the period; E3's older link got clicks in the period; E1's link is from the previous period).
    const link = (owner: string, code: string, created: string) =>
      one(`INSERT INTO share_links (organisation_id, code, owner_user_id, vacancy_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [A, code, owner, v1, created]);
    await link(e4.userId, 'AAAAAA', '2026-02-01T10:00:00Z');
    const e3Link = await link(e3.userId, 'BBBBBB', '2025-10-01T10:00:00Z');
    await link(e1.userId, 'CCCCCC', '2025-12-01T10:00:00Z');
    await q(`INSERT INTO share_link_clicks (organisation_id, share_link_id, channel, day, clicks) VALUES ($1, $2, 'whatsapp', '2026-03-03', 4), ($1, $2, 'email', '2025-10-02', 1)`, [
      A,
      e3Link,
    ]);

    // Employee retention: E2 and E6 left, E4's offboarding was cancelled, E5 left in 2025.
    const offboard = (personId: string, leaving: string, status: string) =>
      q(
        `INSERT INTO offboardings (organisation_id, person_id, leaving_date, reason, eligible_for_rehire, status, completed_at, cancelled_at)
         VALUES ($1, $2, $3, 'resignation', true, $4, $5, $6)`,
        [A, personId, leaving, status, status === 'completed' ? leaving : null, status === 'cancelled' ? leaving : null],
      );
    await offboard(e2.personId, '2026-05-01', 'completed');
    await offboard(e4.personId, '2025-12-01', 'cancelled');
    await offboard(e5.personId, '2025-08-31', 'completed');
    await offboard(e6.personId, '2025-12-31', 'scheduled');

    // ERM phases (A): HR, E1-E4, E6, E7 in employment and E5 in exit since 2025-01-01; Q1-Q4 below.
    const q1 = await person(A, { phase: 'information', at: '2025-10-15T10:00:00Z' });
    const q2 = await person(A, { phase: 'information', at: '2026-02-10T10:00:00Z' });
    const q3 = await person(A, { phase: 'orientation', at: '2025-12-01T10:00:00Z' });
    id['q4'] = await person(A, { phase: 'information', at: '2026-07-05T10:00:00Z' });
    const move = (ids: string[], to: 'relation' | 'orientation' | 'entry' | 'employment' | 'exit', at: string) =>
      phases.move(A, ids, { to, cause: 'manual', at: new Date(at) });
    await move([q1], 'relation', '2026-01-20T10:00:00Z');
    await move([q2], 'relation', '2026-02-25T10:00:00Z');
    await move([q1], 'orientation', '2026-03-05T10:00:00Z');
    await move([q3], 'entry', '2026-04-02T10:00:00Z');
    await move([e6.personId], 'exit', '2026-05-15T10:00:00Z');
    // 22:30 UTC on 29 June is 00:30 on 30 June in Amsterdam: inside the period.
    await move([q3], 'employment', '2026-06-29T22:30:00Z');
    await person(B, { phase: 'information', at: '2026-03-01T10:00:00Z' });

    // Newsletters (A tracks opens and clicks; B does not).
    const newsletter = (org: string, name: string, programme: string | null) =>
      one(`INSERT INTO newsletters (organisation_id, name, status, kind, programme_id) VALUES ($1, $2, 'sent', $3, $4) RETURNING id`, [
        org,
        name,
        programme ? 'activation' : 'newsletter',
        programme,
      ]);
    const n1 = await newsletter(A, 'Nieuwsbrief januari', null);
    const n2 = await newsletter(A, 'Activatie zomer', p1);
    id['n1'] = n1;
    id['n2'] = n2;
    const jan = '2026-01-10T09:00:00Z';
    await delivery(A, n1, e1.personId, { status: 'sent', sent: jan, opened: true, clicked: true });
    await delivery(A, n1, e2.personId, { status: 'sent', sent: jan, opened: true });
    await delivery(A, n1, e3.personId, { status: 'sent', sent: jan, bounced: true });
    await delivery(A, n1, e4.personId, { status: 'sent', sent: jan, unsub: true });
    await delivery(A, n1, e5.personId, { status: 'failed', failed: jan });
    await delivery(A, n1, e6.personId, { status: 'sent', sent: '2025-12-20T09:00:00Z', opened: true });
    await delivery(A, n2, e1.personId, { status: 'sent', sent: '2026-05-01T09:00:00Z', opened: true, clicked: true });
    await delivery(A, n2, e2.personId, { status: 'skipped' });
    const bNewsletter = await newsletter(B, 'B', null);
    await delivery(B, bNewsletter, bUser.personId, { status: 'sent', sent: jan, opened: true });

    // Job alerts.
    await mail(A, 'job_alert_instant', 'sent', '2026-02-01T07:00:00Z');
    await mail(A, 'job_alert_digest', 'sent', '2026-03-01T07:00:00Z', 'bounce@example.test');
    await mail(A, 'job_alert_digest', 'failed', '2026-03-02T07:00:00Z');
    await mail(A, 'job_alert_instant', 'queued', '2026-06-30T20:00:00Z');
    await mail(A, 'job_alert_digest', 'sent', '2025-11-01T07:00:00Z');
    await mail(A, 'invitation', 'sent', '2026-02-01T07:00:00Z');
    await mail(B, 'job_alert_digest', 'sent', '2026-02-01T07:00:00Z');
    await q(`INSERT INTO mail_suppressions (organisation_id, email, reason, source, created_at) VALUES ($1, 'bounce@example.test', 'hard_bounce', 'webhook', '2026-03-05T10:00:00Z')`, [A]);
    await q(
      `INSERT INTO consent_events (organisation_id, person_id, purpose, status, source, occurred_at)
       VALUES ($1, $2, 'job_alerts', 'withdrawn', 'unsubscribe', '2026-04-01T10:00:00Z'), ($1, $3, 'job_alerts', 'withdrawn', 'unsubscribe', '2025-10-01T10:00:00Z')`,
      [A, e1.personId, e2.personId],
    );
    await q(`INSERT INTO job_alert_subscriptions (organisation_id, person_id, keywords) VALUES ($1, $2, 'zorg'), ($1, $3, 'ict')`, [A, e3.personId, e4.personId]);
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('answers the period and the previous period of equal length, and refuses bad periods and foreign programmes', async () => {
    const out = await get(A, 'source-of-hire');
    expect(out.period).toEqual({ from: '2026-01-01', to: '2026-06-30', days: 181 });
    expect(out.previousPeriod).toEqual({ from: '2025-07-04', to: '2025-12-31', days: 181 });
    // Default: twelve months ending today (2026-07-15 in Amsterdam).
    expect((await get(A, 'source-of-hire', {})).period).toEqual({ from: '2025-07-16', to: '2026-07-15', days: 365 });
    await expect(get(A, 'roi', { from: '2026-02-30', to: '2026-03-01' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(get(A, 'roi', { from: '2026-03-02', to: '2026-03-01' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(get(A, 'roi', { from: '2020-01-01', to: '2026-01-01' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(get(A, 'roi', { ...PERIOD, programmeId: id['bProgramme']! })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('referral funnel: a referral counts for every stage it reached, skipped ones included', async () => {
    const out = await get(A, 'referral-funnel');
    // Levels: R1 1, R2 1 (declined), R3 2, R4 2, R5 3, R6 3 (rejected after interview), R7 4, R8 4 (offer, skipped interview),
    // R9-R11 5, R12 1 (rejected, consent expired). Previous period: R13 only (hired). Organisation B's RB is not counted.
    expect(table(out, 'stages')).toEqual({
      submitted: { referrals: 12, fromPreviousStage: null, fromSubmitted: 100 },
      consented: { referrals: 9, fromPreviousStage: 75, fromSubmitted: 75 }, // 9/12
      interview: { referrals: 7, fromPreviousStage: 77.8, fromSubmitted: 58.3 }, // 7/9 = 77.78; 7/12 = 58.33
      offer: { referrals: 5, fromPreviousStage: 71.4, fromSubmitted: 41.7 }, // 5/7 = 71.43; 5/12 = 41.67
      hired: { referrals: 3, fromPreviousStage: 60, fromSubmitted: 25 }, // 3/5; 3/12
    });
    expect(fig(out, 'submitted')).toEqual([12, 1]);
    expect(fig(out, 'hired')).toEqual([3, 1]);
    expect(fig(out, 'conversion')).toEqual([25, 100]);
    // Programme P2 holds R10 only; department ICT (vacancy V2) too.
    expect(fig(await get(A, 'referral-funnel', { ...PERIOD, programmeId: id['p2']! }), 'hired')).toEqual([1, 0]);
    expect(fig(await get(A, 'referral-funnel', { ...PERIOD, department: 'ICT' }), 'submitted')).toEqual([1, 0]);
    expect((await get(B, 'referral-funnel', { from: '2025-01-01', to: '2025-06-30' })).missing).toEqual(['no_referrals']);
  });

  it('referral funnel levels follow the pipeline: stage changes, history, department changes; a level never drops', async () => {
    const period = { from: '2025-03-01', to: '2025-03-31' };
    const [programme] = await q(`SELECT id FROM programmes WHERE organisation_id = $1`, [B]);
    const vacancy = await one(`INSERT INTO vacancies (organisation_id, title, department, status) VALUES ($1, 'Kok', 'Keuken', 'open') RETURNING id`, [B]);
    const [referrer] = await q(`SELECT id FROM users WHERE organisation_id = $1`, [B]);
    const ref = await referral(B, { programme: programme.id, vacancy, referrer: referrer.id, created: '2025-03-10T10:00:00Z', stage: 'new', consent: 'awaiting_consent' });
    const levels = async (query: Record<string, string> = period) => table(await get(B, 'referral-funnel', query), 'stages');
    expect((await levels())['submitted']!['referrals']).toBe(1);
    expect((await levels())['consented']!['referrals']).toBe(0);
    await q(`UPDATE referrals SET consent_state = 'consented', stage = 'interview' WHERE id = $1`, [ref]);
    expect((await levels())['interview']!['referrals']).toBe(1);
    await event(B, ref, 'stage', 'offer', '2025-03-20T10:00:00Z');
    expect((await levels())['offer']!['referrals']).toBe(1);
    // A correction back to screening does not undo that the offer stage was reached.
    await q(`UPDATE referrals SET stage = 'screening' WHERE id = $1`, [ref]);
    expect((await levels())['offer']!['referrals']).toBe(1);
    expect((await levels({ ...period, department: 'Keuken' }))['submitted']!['referrals']).toBe(1);
    await q(`UPDATE vacancies SET department = 'Horeca' WHERE id = $1`, [vacancy]);
    expect((await levels({ ...period, department: 'Keuken' }))['submitted']!['referrals']).toBe(0);
    expect((await levels({ ...period, department: 'Horeca' }))['offer']!['referrals']).toBe(1);
  });

  it('participation: eligible referrers who referred or shared', async () => {
    const out = await get(A, 'participation');
    // Eligible: E1, E2, E3, E4, E5, E7 (E6 deactivated, HR has no referring role) = 6.
    // Period: referred E1, E2; shared E4 (new link), E3 (clicks on 3 March) → 4 of 6 = 66.67%.
    // Previous: referred E3 (R13); shared E3 (link + click in October), E1 (link in December) → E1, E3 = 2 of 6 = 33.33%.
    expect(fig(out, 'eligible')).toEqual([6, 6]);
    expect(fig(out, 'participants')).toEqual([4, 2]);
    expect(fig(out, 'participation')).toEqual([66.7, 33.3]);
    expect(table(out, 'activities')).toEqual({
      referred: { referrers: 2, share: 33.3 },
      shared: { referrers: 2, share: 33.3 },
      referredOrShared: { referrers: 4, share: 66.7 },
    });
    expect(previousTable(out, 'activities')['shared']).toEqual({ referrers: 2, share: 33.3 });
  });

  it('source of hire: share per channel', async () => {
    const out = await get(A, 'source-of-hire');
    // Period: referral H1-H3 = 3, job_board H4-H6 = 3, agency H7-H8 = 2 → 8. Previous: H9 referral, H10 job_board.
    expect(fig(out, 'hires')).toEqual([8, 2]);
    expect(fig(out, 'referralShare')).toEqual([37.5, 50]); // 3/8; 1/2
    expect(table(out, 'channels')).toEqual({
      referral: { hires: 3, share: 37.5 },
      job_board: { hires: 3, share: 37.5 },
      agency: { hires: 2, share: 25 },
    });
    expect(previousTable(out, 'channels')['agency']).toEqual({ hires: 0, share: 0 });
    expect(out.missing).toEqual([]);
  });

  it('time to hire: median days from application to hire', async () => {
    const out = await get(A, 'time-to-hire');
    // referral 30, 20, 40 → 30; job_board 60, 50 (H6 has no application date) → 55; agency 45, 35 → 40;
    // other channels 35, 45, 50, 60 → (45 + 50) / 2 = 47.5; all 20, 30, 35, 40, 45, 50, 60 → 40.
    // Previous: referral 30 (H9), job_board 31 (H10), all (30 + 31) / 2 = 30.5.
    expect(fig(out, 'referralMedianDays')).toEqual([30, 30]);
    expect(fig(out, 'otherMedianDays')).toEqual([47.5, 31]);
    expect(fig(out, 'allMedianDays')).toEqual([40, 30.5]);
    expect(table(out, 'channels')['job_board']).toEqual({ hires: 3, withAppliedOn: 2, medianDays: 55 });
  });

  it('time to hire under a department filter, a programme filter (referral channel only) and both', async () => {
    // Zorg: referral H1 30, H3 40 → 35; other H4 60, H7 45 (H6 has no application date) → 52.5; all 30, 40, 45, 60 → 42.5.
    // Previous: referral H9 30; other H10 31; all 30.5.
    const zorg = await get(A, 'time-to-hire', { ...PERIOD, department: 'Zorg' });
    expect(fig(zorg, 'referralMedianDays')).toEqual([35, 30]);
    expect(fig(zorg, 'otherMedianDays')).toEqual([52.5, 31]);
    expect(fig(zorg, 'allMedianDays')).toEqual([42.5, 30.5]);
    expect(table(zorg, 'channels')['job_board']).toEqual({ hires: 2, withAppliedOn: 1, medianDays: 60 });
    // P1 narrows the referral channel to H1 30 and H3 40 → 35; the other channels stay whole (35, 45, 50, 60 → 47.5);
    // all = P1's referral hires and the others: 30, 35, 40, 45, 50, 60 → (40 + 45) / 2 = 42.5. Previous: H9 (P1) 30, H10 31.
    const p1 = await get(A, 'time-to-hire', { ...PERIOD, programmeId: id['p1']! });
    expect(fig(p1, 'referralMedianDays')).toEqual([35, 30]);
    expect(fig(p1, 'otherMedianDays')).toEqual([47.5, 31]);
    expect(fig(p1, 'allMedianDays')).toEqual([42.5, 30.5]);
    // P2 in ICT: referral H2 20; other ICT H5 50, H8 35 → 42.5; all 20, 35, 50 → 35. Previous period: no ICT hires at all.
    const p2Ict = await get(A, 'time-to-hire', { ...PERIOD, programmeId: id['p2']!, department: 'ICT' });
    expect(fig(p2Ict, 'referralMedianDays')).toEqual([20, null]);
    expect(fig(p2Ict, 'otherMedianDays')).toEqual([42.5, null]);
    expect(fig(p2Ict, 'allMedianDays')).toEqual([35, null]);
    expect(table(p2Ict, 'channels')['agency']).toEqual({ hires: 1, withAppliedOn: 1, medianDays: 35 });
  });

  it('cost per hire: prorated channel costs plus reward money, divided by hires', async () => {
    const out = await get(A, 'cost-per-hire');
    // job_board: 365 000 for 365 days, 181 in the period → 181 000; agency 1 200 000 (April, inside);
    // referral: 182 000 over 182 days (Oct-Mar), 90 in the period → 90 000, plus the P1-bound social cost 50 000 = 140 000;
    // rewards due in the period and not cancelled: 50 000 (R9) + 30 000 (R10) = 80 000 (R11 cancelled; R9's August milestone is later).
    expect(table(out, 'channels')).toEqual({
      referral: { hires: 3, costCents: 140_000, rewardCents: 80_000, totalCents: 220_000, costPerHire: 73_333 }, // 220 000 / 3 = 73 333.33
      job_board: { hires: 3, costCents: 181_000, rewardCents: 0, totalCents: 181_000, costPerHire: 60_333 }, // 181 000 / 3
      agency: { hires: 2, costCents: 1_200_000, rewardCents: 0, totalCents: 1_200_000, costPerHire: 600_000 },
    });
    // other: 1 381 000 / 5 = 276 200; all: 1 601 000 / 8 = 200 125.
    // Previous: referral cost 92 days of Oct-Dec = 92 000 + reward 40 000 (R13) = 132 000 / 1; job_board 0 / 1 = 0; all 132 000 / 2.
    expect(fig(out, 'referralCostPerHire')).toEqual([73_333, 132_000]);
    expect(fig(out, 'otherCostPerHire')).toEqual([276_200, 0]);
    expect(fig(out, 'allCostPerHire')).toEqual([200_125, 66_000]);
    expect(fig(out, 'rewardCents')).toEqual([80_000, 40_000]);
    expect(out.formula).toContain('costPerHire = (costCents + rewardCents) / hires');
    // Costs have no department: under a department filter they are not guessed.
    const zorg = await get(A, 'cost-per-hire', { ...PERIOD, department: 'Zorg' });
    expect(fig(zorg, 'referralCostPerHire')).toEqual([null, null]);
    expect(zorg.missing).toContain('costs_not_per_department');
  });

  it('offer acceptance: accepted of decided, per channel', async () => {
    const out = await get(A, 'offer-acceptance');
    // Decided in the period: referral R8 (declined), R9, R10, R11 (accepted) → 3/4; job_board 1/2; agency O8 accepted, O9 declined → 1/2.
    // Made in the period: referral 5 (R7-R11), job_board 2, agency 1 (O9 was made in December).
    expect(table(out, 'channels')).toEqual({
      referral: { made: 5, decided: 4, accepted: 3, acceptance: 75 },
      job_board: { made: 2, decided: 2, accepted: 1, acceptance: 50 },
      agency: { made: 1, decided: 2, accepted: 1, acceptance: 50 },
    });
    // other 2/4; all 5/8 = 62.5. Previous: job_board 1/1; agency made 1, decided 0.
    expect(fig(out, 'referralAcceptance')).toEqual([75, null]);
    expect(fig(out, 'otherAcceptance')).toEqual([50, 100]);
    expect(fig(out, 'allAcceptance')).toEqual([62.5, 100]);
    expect(fig(out, 'decided')).toEqual([8, 1]);
  });

  it('quality of hire: mean rating at 6 and 12 months per channel', async () => {
    const out = await get(A, 'quality-of-hire');
    // 6 months: referral 4, 5 → 4.5; other 3 (job_board), 2 (agency) → 2.5. 12 months: referral 3; other 4.
    expect(fig(out, 'referralMean6')).toEqual([4.5, null]);
    expect(fig(out, 'otherMean6')).toEqual([2.5, 5]); // previous: H10 rated 5 in December
    expect(fig(out, 'referralMean12')).toEqual([3, null]);
    expect(fig(out, 'otherMean12')).toEqual([4, null]);
    expect(table(out, 'channels')).toEqual({
      referral: { ratings6: 2, mean6: 4.5, ratings12: 1, mean12: 3 },
      job_board: { ratings6: 1, mean6: 3, ratings12: 1, mean12: 4 },
      agency: { ratings6: 1, mean6: 2, ratings12: 0, mean12: null },
    });
  });

  it('retention after 1 and 2 years: referred hires against others, referrers against non-referrers', async () => {
    const out = await get(A, 'retention');
    // Hires, 1st anniversary in the period (started 2025-01-01..06-30): referral 2025-02-01 stayed, 2025-03-01 left in October → 1/2;
    // job_board 2025-02-15 left on its anniversary (counts as retained), agency 2025-05-01 left in June → 1/2.
    expect(table(out, 'hires1y')).toEqual({
      '2025-Q1': { focusStarted: 2, focusRetained: 1, focusRate: 50, otherStarted: 1, otherRetained: 1, otherRate: 100 },
      '2025-Q2': { focusStarted: 0, focusRetained: 0, focusRate: null, otherStarted: 1, otherRetained: 0, otherRate: 0 },
    });
    // 2nd anniversary (started 2024-01-01..06-30): referral 2024-04-01 stayed; job_board 2024-05-01 left 2025-09-01.
    expect(table(out, 'hires2y')).toEqual({ '2024-Q2': { focusStarted: 1, focusRetained: 1, focusRate: 100, otherStarted: 1, otherRetained: 0, otherRate: 0 } });
    expect(fig(out, 'referredHires1y')).toEqual([50, null]);
    expect(fig(out, 'otherHires1y')).toEqual([50, null]);
    expect(fig(out, 'referredHires2y')).toEqual([100, null]);
    expect(fig(out, 'otherHires2y')).toEqual([0, null]);
    // Employees, 1st anniversary: E1 (referred in January, stayed), E2 (referred, left 1 May) → 1/2;
    // E4 (offboarding cancelled → stayed), E6 (scheduled leaving 2025-12-31 → left), E7 (stayed) → 2/3.
    expect(table(out, 'employees1y')).toEqual({
      '2025-Q1': { focusStarted: 1, focusRetained: 1, focusRate: 100, otherStarted: 1, otherRetained: 0, otherRate: 0 },
      '2025-Q2': { focusStarted: 1, focusRetained: 0, focusRate: 0, otherStarted: 2, otherRetained: 2, otherRate: 100 },
    });
    expect(fig(out, 'referrers1y')).toEqual([50, null]);
    expect(fig(out, 'nonReferrers1y')).toEqual([66.7, null]);
    // 2nd anniversary: E3 (started 2024-02-01, referred R13 in 2025) stayed; E5 (2024-06-01) left 2025-08-31.
    expect(fig(out, 'referrers2y')).toEqual([100, null]);
    expect(fig(out, 'nonReferrers2y')).toEqual([0, null]);
    expect(out.missing).toEqual([]);
  });

  it('candidate NPS: % promoters − % detractors', async () => {
    const out = await get(A, 'candidate-nps');
    // Answers in the period: 10, 9 (hired); 8, 6, 10 (rejected); 3 (withdrawn) → n 6, promoters 3, detractors 2 → (3 − 2) / 6 = 16.67.
    // Sent in the period: 7 (one unanswered). Previous: one answer, 2 → −100.
    expect(fig(out, 'nps')).toEqual([16.7, -100]);
    expect(fig(out, 'responses')).toEqual([6, 1]);
    expect(fig(out, 'promoters')).toEqual([50, 0]);
    expect(fig(out, 'detractors')).toEqual([33.3, 100]);
    expect(fig(out, 'sent')).toEqual([7, 1]);
    expect(table(out, 'outcomes')).toEqual({
      hired: { responses: 2, promoters: 2, passives: 0, detractors: 0, nps: 100 },
      rejected: { responses: 3, promoters: 1, passives: 1, detractors: 1, nps: 0 },
      withdrawn: { responses: 1, promoters: 0, passives: 0, detractors: 1, nps: -100 },
    });
    // Programme P2: one answer, 10.
    expect(fig(await get(A, 'candidate-nps', { ...PERIOD, programmeId: id['p2']! }), 'nps')).toEqual([100, null]);
  });

  it('ERM phase funnel: people per phase at the end of the period and movements per month, from the rollup', async () => {
    const out = await get(A, 'phase-funnel', { ...PERIOD, department: 'Zorg' });
    // On 30 June: employment HR, E1-E4, E7 + Q3 (moved 00:30 Amsterdam) = 7; exit E5, E6 = 2; relation Q2; orientation Q1.
    // On 31 December 2025: employment 7 (E6 still in), exit 1, information Q1, orientation Q3. Q4 arrives in July.
    expect(Object.fromEntries(out.figures.map((f) => [f.key, [f.current, f.previous]]))).toEqual({
      information: [0, 1],
      relation: [1, 0],
      orientation: [1, 1],
      entry: [0, 0],
      employment: [7, 7],
      exit: [2, 1],
    });
    const none = { information: 0, relation: 0, orientation: 0, entry: 0, employment: 0, exit: 0 };
    expect(table(out, 'movements')).toEqual({
      '2026-01': { ...none, relation: 1 },
      '2026-02': { ...none, information: 1, relation: 1 },
      '2026-03': { ...none, orientation: 1 },
      '2026-04': { ...none, entry: 1 },
      '2026-05': { ...none, exit: 1 },
      '2026-06': { ...none, employment: 1 },
    });
    expect(out.ignoredFilters).toEqual(['department']);

    // The rollup equals a recount of phase_transitions, also after an erasure deletes a person's history.
    const recount = `SELECT (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date::text AS day, to_phase AS dim, count(*)::int AS n FROM phase_transitions WHERE organisation_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`;
    const rollup = `SELECT day::text, dim, n::int FROM insights_daily_counts WHERE organisation_id = $1 AND metric = 'phase_enter' ORDER BY 1, 2`;
    expect(await q(rollup, [A])).toEqual(await q(recount, [A]));
    await q(`DELETE FROM people WHERE organisation_id = $1 AND id = $2`, [A, id['q4']]);
    expect(await q(rollup, [A])).toEqual(await q(recount, [A]));
    expect((await q(rollup, [A])).some((r: { day: string }) => r.day === '2026-07-05')).toBe(false);
  });

  it('newsletter engagement: sent, delivered, bounced, unsubscribed; opens and clicks only with tracking on', async () => {
    const out = await get(A, 'newsletter-engagement');
    // Sent in the period: N1 4 (one bounced, one unsubscribed), N2 1; failed N1 1 → delivered 5 − 1 = 4;
    // opened N1 2 + N2 1 = 3, clicked 1 + 1 = 2. Previous: N1 one delivery in December, opened.
    expect(fig(out, 'sent')).toEqual([5, 1]);
    expect(fig(out, 'failed')).toEqual([1, 0]);
    expect(fig(out, 'delivered')).toEqual([4, 1]);
    expect(fig(out, 'deliveryRate')).toEqual([66.7, 100]); // 4 / (5 + 1)
    expect(fig(out, 'openRate')).toEqual([75, 100]); // 3 / 4
    expect(fig(out, 'clickRate')).toEqual([50, 0]); // 2 / 4
    expect(fig(out, 'unsubscribeRate')).toEqual([25, 0]); // 1 / 4
    expect(out.tables[0]!.rows.map((r) => [r.label, r.values])).toEqual([
      ['Activatie zomer', { sent: 1, failed: 0, delivered: 1, bounced: 0, unsubscribed: 0, opened: 1, clicked: 1 }],
      ['Nieuwsbrief januari', { sent: 4, failed: 1, delivered: 3, bounced: 1, unsubscribed: 1, opened: 2, clicked: 1 }],
    ]);
    // Programme P1: its activation mail only.
    expect(fig(await get(A, 'newsletter-engagement', { ...PERIOD, programmeId: id['p1']! }), 'sent')).toEqual([1, 0]);
    // B does not track: opens are unknown, not zero.
    const b = await get(B, 'newsletter-engagement');
    expect(fig(b, 'sent')).toEqual([1, 0]);
    expect(fig(b, 'opened')).toEqual([null, null]);
    expect(b.missing).toEqual(['tracking_off']);

    // The rollup equals a recount of the deliveries, also after updates (an open, a late bounce) and a deletion.
    const recount = `
      SELECT metric, day::text, dim, n::int FROM (
        SELECT 'nl_sent' AS metric, (sent_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, newsletter_id::text AS dim, count(*) AS n FROM newsletter_deliveries WHERE organisation_id = $1 AND sent_at IS NOT NULL GROUP BY 1, 2, 3
        UNION ALL SELECT 'nl_opened', (sent_at AT TIME ZONE 'Europe/Amsterdam')::date, newsletter_id::text, count(*) FROM newsletter_deliveries WHERE organisation_id = $1 AND opened_at IS NOT NULL AND sent_at IS NOT NULL GROUP BY 1, 2, 3
        UNION ALL SELECT 'nl_bounced', (sent_at AT TIME ZONE 'Europe/Amsterdam')::date, newsletter_id::text, count(*) FROM newsletter_deliveries WHERE organisation_id = $1 AND bounced_at IS NOT NULL AND sent_at IS NOT NULL GROUP BY 1, 2, 3
        UNION ALL SELECT 'nl_failed', (failed_at AT TIME ZONE 'Europe/Amsterdam')::date, newsletter_id::text, count(*) FROM newsletter_deliveries WHERE organisation_id = $1 AND status = 'failed' AND failed_at IS NOT NULL GROUP BY 1, 2, 3
      ) x ORDER BY 1, 2, 3`;
    const rollup = `SELECT metric, day::text, dim, n::int FROM insights_daily_counts WHERE organisation_id = $1 AND metric IN ('nl_sent', 'nl_opened', 'nl_bounced', 'nl_failed') ORDER BY 1, 2, 3`;
    expect(await q(rollup, [A])).toEqual(await q(recount, [A]));
    await q(`UPDATE newsletter_deliveries SET opened_at = sent_at, bounced_at = sent_at WHERE organisation_id = $1 AND newsletter_id = $2 AND unsubscribed_at IS NOT NULL`, [A, id['n1']]);
    await q(`UPDATE newsletter_deliveries SET status = 'sent', sent_at = failed_at + interval '1 day', failed_at = NULL WHERE organisation_id = $1 AND status = 'failed'`, [A]);
    expect(await q(rollup, [A])).toEqual(await q(recount, [A]));
    const after = await get(A, 'newsletter-engagement');
    // The unsubscribed delivery is now opened and bounced too; the failed one was retried and sent on 11 January.
    expect([fig(after, 'sent')[0], fig(after, 'failed')[0], fig(after, 'bounced')[0], fig(after, 'opened')[0]]).toEqual([6, 0, 2, 4]);
    await q(`DELETE FROM newsletters WHERE organisation_id = $1 AND id = $2`, [A, id['n2']]);
    expect(await q(rollup, [A])).toEqual(await q(recount, [A]));
    expect(fig(await get(A, 'newsletter-engagement'), 'sent')[0]).toBe(5);
  });

  it('job-alert engagement: mails, bounces, unsubscribes, subscriptions', async () => {
    const out = await get(A, 'job-alert-engagement');
    // Created in the period: instant sent + queued, digest sent + failed. Bounce: the digest's address. Unsubscribe: E1 in April.
    expect(fig(out, 'sent')).toEqual([2, 1]);
    expect(fig(out, 'failed')).toEqual([1, 0]);
    expect(fig(out, 'pending')).toEqual([1, 0]);
    expect(fig(out, 'bounced')).toEqual([1, 0]);
    expect(fig(out, 'unsubscribed')).toEqual([1, 1]);
    expect(fig(out, 'subscriptions')).toEqual([2, 2]);
    expect(table(out, 'kinds')).toEqual({ instant: { sent: 1, failed: 0, pending: 1 }, digest: { sent: 1, failed: 1, pending: 0 } });

    // The rollup follows the outbox: the queued instant alert is sent (its created day counts, 30 June), a failed one deleted.
    const recount = `SELECT kind AS dim, CASE status WHEN 'sent' THEN 'ja_sent' WHEN 'failed' THEN 'ja_failed' ELSE 'ja_pending' END AS metric,
                            (created_at AT TIME ZONE 'Europe/Amsterdam')::date::text AS day, count(*)::int AS n
                       FROM mail_messages WHERE organisation_id = $1 AND kind LIKE 'job_alert_%' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    const rollup = `SELECT dim, metric, day::text, n::int FROM insights_daily_counts WHERE organisation_id = $1 AND metric LIKE 'ja_%' ORDER BY 1, 2, 3`;
    expect(await q(rollup, [A])).toEqual(await q(recount, [A]));
    await q(`UPDATE mail_messages SET status = 'sending', locked_until = now() WHERE organisation_id = $1 AND status = 'queued'`, [A]);
    await q(`UPDATE mail_messages SET status = 'sent', sent_at = now(), locked_until = NULL WHERE organisation_id = $1 AND status = 'sending'`, [A]);
    await q(`DELETE FROM mail_messages WHERE organisation_id = $1 AND status = 'failed'`, [A]);
    expect(await q(rollup, [A])).toEqual(await q(recount, [A]));
    expect(table(await get(A, 'job-alert-engagement'), 'kinds')).toEqual({ instant: { sent: 2, failed: 0, pending: 0 }, digest: { sent: 1, failed: 0, pending: 0 } });
  });

  it('ROI per programme, with the formula and its inputs', async () => {
    const out = await get(A, 'roi');
    // Other channels: unbound costs 181 000 + 1 200 000 = 1 381 000 over 5 hires → 276 200 per hire.
    // P1: hires H1, H3 = 2; rewards 50 000 (R9; R11's was cancelled); bound cost 50 000 → investment 100 000, 50 000 per hire;
    //     savings (276 200 − 50 000) × 2 = 452 400; ROI (452 400 − 100 000) / 100 000 × 100 = 352.4.
    // P2: hire H2; reward 30 000 → investment 30 000; savings (276 200 − 30 000) × 1 = 246 200; ROI 216 200 / 30 000 = 720.67 → 720.7.
    const p1 = { referralHires: 2, rewardCents: 50_000, costCents: 50_000, investmentCents: 100_000, referralCostPerHire: 50_000, otherCostPerHire: 276_200, savingsCents: 452_400, roi: 352.4 };
    const p2 = { referralHires: 1, rewardCents: 30_000, costCents: 0, investmentCents: 30_000, referralCostPerHire: 30_000, otherCostPerHire: 276_200, savingsCents: 246_200, roi: 720.7 };
    expect(table(out, 'programmes')).toEqual({ [id['p1']!]: p1, [id['p2']!]: p2 });
    expect(out.tables[0]!.rows.map((r) => r.label)).toEqual(['Medewerkers werven', 'Zomeractie']);
    // All programmes: 3 hires, investment 130 000 → 43 333 per hire; savings (276 200 − 43 333) × 3 = 698 601;
    // ROI (698 601 − 130 000) / 130 000 × 100 = 437.39 → 437.4. Previous: no costs for other channels → no ROI.
    expect(fig(out, 'roi')).toEqual([437.4, null]);
    expect(fig(out, 'referralHires')).toEqual([3, 1]);
    expect(fig(out, 'investmentCents')).toEqual([130_000, 40_000]);
    expect(fig(out, 'referralCostPerHire')).toEqual([43_333, 40_000]);
    expect(fig(out, 'otherCostPerHire')).toEqual([276_200, null]);
    expect(fig(out, 'savingsCents')).toEqual([698_601, null]);
    expect(out.formula).toContain('roi = (savingsCents − investmentCents) / investmentCents × 100');
    expect(out.missing).toEqual([]);
    // One programme: the filter narrows the table to it.
    expect(fig(await get(A, 'roi', { ...PERIOD, programmeId: id['p2']! }), 'roi')).toEqual([720.7, null]);
  });
});
