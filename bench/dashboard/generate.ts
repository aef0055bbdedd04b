/**
 * Dataset of `npm run bench:dashboard` (issue 7): 50 organisations of skewed sizes (one holds 35 % of everything),
 * 1,000,000 referrals over 24 months in every stage and consent state with their stage history, 10,000,000
 * touchpoints, employees (people + users) in every ERM phase with their phase history, talent-pool people,
 * programmes, vacancies, hires of every channel, offers, recruitment costs, quality ratings, reward ledger entries,
 * candidate surveys, offboardings, share links and clicks, newsletters with deliveries, job-alert subscriptions,
 * mails, consent events and suppressions. Set-based SQL only (generate_series, INSERT … SELECT).
 *
 * Bulk loading runs with triggers off (session_replication_role = replica: no per-statement rollup work and no FK
 * checks on tens of millions of rows); the rows the insights sync triggers would have written (referral hires and
 * offers) are generated with the same rules, and the rollups (insights_daily_counts, insights_referral_levels,
 * insights_referrer_firsts, insights_referrer_days, insights_participants and its bitmaps, insights_person_tenure,
 * insights_kpi_counts, insights_hire_totals) are then recomputed with the migrations' backfill SQL and checked against a recount
 * for sample organisations (verifyRollups: the benchmark refuses to run when they differ).
 *
 *   node -r @swc-node/register bench/dashboard/generate.ts [--regenerate]
 */
import * as argon2 from 'argon2';
import { Client } from 'pg';
import { migrate } from '@kring/server-database';
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
} from '@kring/server-insights';

/** Bumped whenever the generator changes: an older dataset is then regenerated. */
export const GENERATOR_VERSION = 1;

/** BENCH_DASHBOARD_SCALE (default 1) shrinks every count, for a quick try of the generator itself. */
const SCALE = Number(process.env['BENCH_DASHBOARD_SCALE'] ?? 1);
export const DATASET = {
  organisations: 50,
  /** Share of every count that goes to organisation 1 (the worst case the benchmark measures). */
  bigShare: 0.35,
  referrals: Math.round(1_000_000 * SCALE),
  touchpoints: Math.round(10_000_000 * SCALE),
  employees: Math.round(150_000 * SCALE),
} as const;

export const BENCH_PASSWORD = 'bench-dashboard-wachtwoord';
/** Employee 1 of every organisation is its HR admin. */
export const hrEmail = (o: number) => `medewerker-1@org-${o}.dash-bench.example`;

export const DEPARTMENTS = ['Zorg', 'IT', 'Klantenservice', 'Sales', 'Marketing', 'Financiën', 'HR', 'Logistiek', 'Techniek', 'Onderwijs'];
const TITLES = [
  'Verpleegkundige', 'Verzorgende IG', 'Software Engineer', 'Data Analist', 'Medewerker Klantenservice', 'Accountmanager',
  'Marketing Specialist', 'Financial Controller', 'HR Adviseur', 'Logistiek Medewerker', 'Servicemonteur', 'Docent Wiskunde',
];
const FIRST_NAMES = ['Sanne', 'Daan', 'Emma', 'Lucas', 'Julia', 'Sem', 'Sophie', 'Noah', 'Lotte', 'Milan', 'Fleur', 'Thijs', 'Anna', 'Jesse', 'Eva', 'Finn'];
const LAST_NAMES = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos'];
/** Other-channel hires, weighted by repetition. */
const OTHER_CHANNELS = ['career_site', 'career_site', 'career_site', 'job_board', 'job_board', 'job_board', 'agency', 'agency', 'social', 'direct', 'internal', 'other'];
/** Touchpoint kind:channel pairs weighted by repetition (mail dominates, as in a real ERM). */
const TOUCHPOINT_KINDS = [
  ...Array(16).fill('mail_sent:email'), ...Array(7).fill('mail_opened:email'), ...Array(3).fill('mail_clicked:email'),
  ...Array(4).fill('job_alert_sent:job_alert'), ...Array(3).fill('event_invited:event'), ...Array(2).fill('event_attended:event'),
  'talent_pool_joined:talent_pool', 'preboarding_task_done:preboarding', 'manual:phone', 'manual:meeting', 'manual:intranet', 'manual:social',
];

export interface OrgPlan {
  o: number;
  share: number;
  employees: number;
  referrals: number;
  touchpoints: number;
  vacancies: number;
  talent: number;
}

/** Organisation 1 gets `bigShare`; the others share the rest by a Zipf-like curve; totals are exact. */
export function orgPlans(): OrgPlan[] {
  const d = DATASET;
  const weights = Array.from({ length: d.organisations - 1 }, (_, k) => 1 / (k + 1) ** 0.9);
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = [d.bigShare, ...weights.map((w) => ((1 - d.bigShare) * w) / total)];
  const split = (n: number, min: number) => {
    const parts = shares.map((s) => Math.max(Math.ceil(min * SCALE), Math.round(n * s)));
    parts[0]! += n - parts.reduce((a, b) => a + b, 0);
    return parts;
  };
  const employees = split(d.employees, 60);
  const referrals = split(d.referrals, 500);
  const touchpoints = split(d.touchpoints, 5000);
  return shares.map((share, i) => ({
    o: i + 1,
    share,
    employees: employees[i]!,
    referrals: referrals[i]!,
    touchpoints: touchpoints[i]!,
    vacancies: Math.max(12, Math.round(employees[i]! / 100)),
    talent: Math.round(referrals[i]! / 10),
  }));
}

/** One element of a text[] parameter per row (random() is evaluated per row). */
const pick = (param: string) => `(${param})[1 + floor(random() * cardinality(${param}))::int]`;
const amsterdamDay = (ts: string) => `((${ts}) AT TIME ZONE 'Europe/Amsterdam')::date`;
/** 09:00 Amsterdam on a date. */
const morning = (date: string) => `(((${date})::timestamp + interval '9 hours') AT TIME ZONE 'Europe/Amsterdam')`;
/**
 * A moment in the last 730 days, more recent ones likelier (density grows linearly: a programme that grows). Where it
 * sits in a LATERAL subquery, a `+ <row column> * interval '0'` makes the subquery depend on the row, so PostgreSQL
 * draws random() per row instead of once.
 */
const recentMoment = `now() - interval '730 days' * (1 - sqrt(random()))`;

export async function isGenerated(client: Client): Promise<boolean> {
  const { rows } = await client.query(`SELECT to_regclass('public.bench_dashboard_dataset') IS NOT NULL AS present`);
  if (!rows[0].present) return false;
  const marker = await client.query(`SELECT value FROM bench_dashboard_dataset WHERE key = 'dataset'`);
  const value = marker.rows[0]?.value;
  return value?.version === GENERATOR_VERSION && value?.referrals === DATASET.referrals && value?.touchpoints === DATASET.touchpoints;
}

async function wipe(client: Client): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS pgboss CASCADE`);
  await client.query(`DROP SCHEMA public CASCADE`);
  await client.query(`CREATE SCHEMA public`);
}

type Step = (label: string, sql: string, params?: unknown[]) => Promise<void>;

export async function generate(url: string, log: (line: string) => void): Promise<number> {
  const started = Date.now();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await wipe(client);
    await migrate(url, () => undefined);
    const step: Step = async (label, sql, params = []) => {
      const t = Date.now();
      const result = await client.query(sql, params);
      log(`  ${label}: ${result.rowCount ?? 0} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    };
    await client.query(`SET work_mem = '256MB'`);
    await client.query(`SET maintenance_work_mem = '512MB'`);
    await client.query(`SELECT setseed(0.20261122)`);
    // Vacancies (small) go through their triggers (search vector); everything else is bulk-loaded without.
    await loadOrganisations(client, step);
    await client.query(`SET session_replication_role = replica`);
    await loadPeople(client, step);
    await loadReferrals(client, step);
    await loadHiring(client, step);
    await loadEngagement(client, step);
    await loadTouchpoints(client, step);
    await client.query(`SET session_replication_role = DEFAULT`);
    await recomputeRollups(client, step);
    await client.query(`CREATE TABLE bench_dashboard_dataset (key text PRIMARY KEY, value jsonb NOT NULL, generated_at timestamptz NOT NULL DEFAULT now())`);
    const seconds = (Date.now() - started) / 1000;
    await client.query(`INSERT INTO bench_dashboard_dataset (key, value) VALUES ('dataset', $1)`, [
      JSON.stringify({ version: GENERATOR_VERSION, ...DATASET, generationSeconds: Math.round(seconds) }),
    ]);
    const t = Date.now();
    await client.query(`VACUUM (ANALYZE)`);
    log(`  VACUUM (ANALYZE): ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return (Date.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

async function loadOrganisations(client: Client, step: Step): Promise<void> {
  const plans = orgPlans();
  await client.query(`CREATE TEMP TABLE bplan (o int PRIMARY KEY, employees int, referrals int, touchpoints int, vacancies int, talent int)`);
  await client.query(
    `INSERT INTO bplan SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[])`,
    [plans.map((p) => p.o), plans.map((p) => p.employees), plans.map((p) => p.referrals), plans.map((p) => p.touchpoints), plans.map((p) => p.vacancies), plans.map((p) => p.talent)],
  );
  await step(
    'organisations',
    `INSERT INTO organisations (name, slug, default_locale, mail_tracking, created_at)
     SELECT 'Dashboard Bench ' || lpad(o::text, 2, '0'), 'dash-bench-' || o, CASE WHEN o % 5 = 0 THEN 'en' ELSE 'nl' END, o % 2 = 1,
            now() - interval '800 days'
       FROM bplan`,
  );
  await client.query(`CREATE TEMP TABLE borg AS
    SELECT p.*, g.id AS org_id FROM bplan p JOIN organisations g ON g.slug = 'dash-bench-' || p.o`);
  await client.query(`CREATE UNIQUE INDEX ON borg (o)`);
  await step(
    'programmes',
    `INSERT INTO programmes (organisation_id, name, kind, audiences, reward_summary, created_at)
     SELECT b.org_id, p.name, p.kind, p.audiences, p.reward, now() - interval '800 days'
       FROM borg b CROSS JOIN (VALUES
         (1, 'Medewerkers werven medewerkers', 'internal', ARRAY['employee_permanent', 'employee_flex'], '€ 375 bij start, € 375 na de proeftijd'),
         (2, 'Iedereen werft mee', 'combined', ARRAY['employee_permanent', 'employee_flex', 'alumnus', 'external_referrer'], '€ 500 na de proeftijd'),
         (3, 'Netwerk van buiten', 'external', ARRAY['external_referrer'], '€ 250 na de proeftijd')) AS p(n, name, kind, audiences, reward)`,
  );
  await client.query(`CREATE TEMP TABLE bprog AS
    SELECT p.id, b.o, b.org_id, CASE p.kind WHEN 'internal' THEN 1 WHEN 'combined' THEN 2 ELSE 3 END AS n
      FROM programmes p JOIN borg b ON b.org_id = p.organisation_id`);
  await client.query(`CREATE UNIQUE INDEX ON bprog (o, n)`);
  await step(
    'reward rules',
    `INSERT INTO reward_rules (organisation_id, programme_id, currency, milestones, conditions, valid_from)
     SELECT org_id, id, 'EUR', jsonb_build_array(
              jsonb_build_object('key', 'start', 'label', 'Eerste werkdag', 'trigger', 'started', 'amounts', jsonb_build_object('employee', jsonb_build_object('money', 37500, 'points', 0))),
              jsonb_build_object('key', 'probation', 'label', 'Proeftijd voorbij', 'trigger', 'probation_passed', 'amounts', jsonb_build_object('employee', jsonb_build_object('money', 37500, 'points', 0)))),
            '{"referrerActive": true}'::jsonb, now() - interval '800 days'
       FROM bprog`,
  );
  await client.query(`CREATE TEMP TABLE bvac AS
    SELECT b.o, b.org_id, j, gen_random_uuid() AS id FROM borg b CROSS JOIN LATERAL generate_series(1, b.vacancies) j`);
  await step(
    'vacancies (with their search trigger)',
    `INSERT INTO vacancies (id, organisation_id, title, description_markdown, department, location, employment_type, status, opened_at, closed_at, created_at)
     SELECT v.id, v.org_id, ($1::text[])[1 + (v.j % cardinality($1::text[]))], 'Wij zoeken een collega. We are looking for a colleague.',
            ($2::text[])[1 + (v.j * 7 % cardinality($2::text[]))], 'Utrecht', 'permanent',
            CASE WHEN v.j % 4 = 0 THEN 'closed' ELSE 'open' END, now() - interval '760 days',
            CASE WHEN v.j % 4 = 0 THEN now() - interval '30 days' END, now() - interval '760 days'
       FROM bvac v`,
    [TITLES, DEPARTMENTS],
  );
  await client.query(`CREATE TEMP TABLE bvac2 AS SELECT v.o, v.j, v.id, x.department FROM bvac v JOIN vacancies x ON x.id = v.id`);
  await client.query(`CREATE UNIQUE INDEX ON bvac2 (o, j)`);
}

async function loadPeople(client: Client, step: Step): Promise<void> {
  // Employees: start dates over ten years (recent ones likelier); 15 % left (exit phase, alumnus users).
  await client.query(`CREATE TEMP TABLE bemp AS
    SELECT s.*, CASE WHEN s.left_on IS NULL THEN 'employment' ELSE 'exit' END AS phase FROM (
      SELECT b.o, b.org_id, i, gen_random_uuid() AS person_id, gen_random_uuid() AS user_id, st.start_date,
             ($1::text[])[1 + floor(random() * cardinality($1::text[]))::int] AS department,
             CASE WHEN i > 5 AND random() < 0.15 AND st.start_date < current_date - 60
                  THEN st.start_date + 30 + floor(random() * (current_date - st.start_date - 30))::int END AS left_on
        FROM borg b CROSS JOIN LATERAL generate_series(1, b.employees) i
        CROSS JOIN LATERAL (SELECT current_date - floor(3650 * power(random(), 1.7) + i * 0)::int AS start_date) st) s`, [DEPARTMENTS]);
  await client.query(`CREATE UNIQUE INDEX ON bemp (o, i)`);
  await step(
    'people (employees, alumni)',
    `INSERT INTO people (id, organisation_id, first_name, last_name, email, locale, phase, employment_type, department, source, start_date,
                         phase_changed_at, created_at)
     SELECT e.person_id, e.org_id, ${pick('$1::text[]')}, ${pick('$2::text[]')}, 'medewerker-' || e.i || '@org-' || e.o || '.dash-bench.example',
            CASE WHEN e.i % 7 = 0 THEN 'en' ELSE 'nl' END, e.phase, CASE WHEN e.i % 6 = 0 THEN 'flex' ELSE 'permanent' END, e.department, 'import',
            e.start_date, ${morning('coalesce(e.left_on, e.start_date)')}, ${morning('e.start_date')}
       FROM bemp e`,
    [FIRST_NAMES, LAST_NAMES],
  );
  const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 4096, timeCost: 1, parallelism: 1 });
  await step(
    'users',
    `INSERT INTO users (id, organisation_id, person_id, email, password_hash, roles, status, locale, created_at)
     SELECT e.user_id, e.org_id, e.person_id, 'medewerker-' || e.i || '@org-' || e.o || '.dash-bench.example', $1,
            CASE WHEN e.i = 1 THEN ARRAY['hr_admin', 'employee'] WHEN e.left_on IS NOT NULL THEN ARRAY['alumnus'] ELSE ARRAY['employee'] END,
            CASE WHEN e.left_on IS NOT NULL AND e.i % 2 = 0 THEN 'deactivated' ELSE 'active' END,
            CASE WHEN e.i % 7 = 0 THEN 'en' ELSE 'nl' END, ${morning('e.start_date')}
       FROM bemp e`,
    [hash],
  );
  await step(
    'offboardings (alumni)',
    `INSERT INTO offboardings (organisation_id, person_id, leaving_date, reason, eligible_for_rehire, status, completed_at, created_at)
     SELECT e.org_id, e.person_id, e.left_on, (ARRAY['resignation', 'resignation', 'end_of_contract', 'retirement', 'other'])[1 + e.i % 5], e.i % 3 <> 0,
            'completed', ${morning('e.left_on')}, ${morning('e.left_on')} - interval '30 days'
       FROM bemp e WHERE e.left_on IS NOT NULL`,
  );
  await step(
    'phase history (employees)',
    `INSERT INTO phase_transitions (organisation_id, person_id, from_phase, to_phase, cause, occurred_at)
     SELECT e.org_id, e.person_id, NULL, 'employment', 'import', ${morning('e.start_date')} FROM bemp e
     UNION ALL
     SELECT e.org_id, e.person_id, 'employment', 'exit', 'offboarded', ${morning('e.left_on')} FROM bemp e WHERE e.left_on IS NOT NULL`,
  );
  // Talent-pool people: information phase, 30 % moved on to relation.
  await client.query(`CREATE TEMP TABLE btal AS
    SELECT s.*, CASE WHEN s.moved_at IS NOT NULL THEN 'relation' ELSE 'information' END AS phase FROM (
      SELECT b.o, b.org_id, t, gen_random_uuid() AS person_id, x.created_at,
             CASE WHEN random() < 0.3 THEN x.created_at + (now() - x.created_at) * random() END AS moved_at
        FROM borg b CROSS JOIN LATERAL generate_series(1, b.talent) t CROSS JOIN LATERAL (SELECT ${recentMoment} + t * interval '0' AS created_at) x) s`);
  await step(
    'people (talent pool)',
    `INSERT INTO people (id, organisation_id, first_name, last_name, email, locale, phase, source, phase_changed_at, created_at)
     SELECT t.person_id, t.org_id, ${pick('$1::text[]')}, ${pick('$2::text[]')}, 'talent-' || t.t || '@org-' || t.o || '.dash-bench.example',
            CASE WHEN t.t % 5 = 0 THEN 'en' ELSE 'nl' END, t.phase, 'talent_pool_form', coalesce(t.moved_at, t.created_at), t.created_at
       FROM btal t`,
    [FIRST_NAMES, LAST_NAMES],
  );
  await step(
    'phase history (talent pool)',
    `INSERT INTO phase_transitions (organisation_id, person_id, from_phase, to_phase, cause, occurred_at)
     SELECT org_id, person_id, NULL, 'information', 'created', created_at FROM btal
     UNION ALL
     SELECT org_id, person_id, 'information', 'relation', 'manual', moved_at FROM btal WHERE moved_at IS NOT NULL`,
  );
}

async function loadReferrals(client: Client, step: Step): Promise<void> {
  // Raw draws per referral; then the times of each stage it would reach, and where it is now.
  await client.query(`CREATE TEMP TABLE bref0 AS
    SELECT b.o, b.org_id, b.employees, b.vacancies, k, gen_random_uuid() AS id, gen_random_uuid() AS person_id,
           ${recentMoment} + k * interval '0' AS created_at,
           random() AS r_consent, random() AS r_stage, random() AS r_end, random() AS r_left,
           random() AS u
      FROM borg b CROSS JOIN LATERAL generate_series(1, b.referrals) k`);
  await client.query(`CREATE TEMP TABLE bref1 AS
    SELECT r.*,
           CASE WHEN r.created_at > now() - interval '14 days' AND r.r_consent < 0.4 THEN 'awaiting_consent'
                WHEN r.r_consent < 0.80 THEN 'consented'
                WHEN r.r_consent < 0.92 THEN 'declined'
                WHEN r.created_at + interval '14 days' <= now() THEN 'expired' ELSE 'awaiting_consent' END AS consent_state,
           CASE WHEN r.r_consent >= 0.92 THEN r.created_at + interval '14 days' ELSE r.created_at + interval '1 day' * (0.1 + r.u * 3) END AS consent_at,
           CASE WHEN r.r_stage < 0.06 THEN 5 WHEN r.r_stage < 0.10 THEN 4 WHEN r.r_stage < 0.34 THEN 3 WHEN r.r_stage < 0.64 THEN 2 ELSE 1 END AS target,
           -- referrers: skewed towards a fifth of the workforce; never the hiring team (employees 1-5)
           6 + floor((r.employees - 6) * power(random(), 2.5))::int AS referrer_i,
           CASE WHEN r.k % 10 <> 0 THEN 1 + floor(random() * r.vacancies)::int END AS vacancy_j,
           CASE WHEN random() < 0.6 THEN 1 WHEN random() < 0.75 THEN 2 ELSE 3 END AS programme_n
      FROM bref0 r`);
  // Stage times: screening 2-7 days after consent, interview 1-3 weeks later, offer 10-20 days later, hire 3-10 days later.
  await client.query(`CREATE TEMP TABLE bref2 AS
    SELECT r.*, r.consent_at + interval '1 day' * (2 + 5 * r.u) AS t2,
           r.consent_at + interval '1 day' * (9 + 5 * r.u + 14 * r.r_end) AS t3,
           r.consent_at + interval '1 day' * (19 + 15 * r.u + 14 * r.r_end) AS t4,
           r.consent_at + interval '1 day' * (22 + 15 * r.u + 21 * r.r_end) AS t5
      FROM bref1 r`);
  await client.query(`CREATE TEMP TABLE bref3 AS
    SELECT r.*, CASE WHEN r.consent_state <> 'consented' THEN 1
                     WHEN r.target >= 5 AND r.t5 <= now() THEN 5 WHEN r.target >= 4 AND r.t4 <= now() THEN 4
                     WHEN r.target >= 3 AND r.t3 <= now() THEN 3 WHEN r.target >= 2 AND r.t2 <= now() THEN 2 ELSE 1 END AS cur,
           (CASE r.target WHEN 1 THEN r.consent_at WHEN 2 THEN r.t2 WHEN 3 THEN r.t3 ELSE r.t4 END) + interval '1 day' * (2 + 8 * r.r_left) AS t_end
      FROM bref2 r`);
  await client.query(`CREATE TEMP TABLE bref AS
    SELECT s.*,
           CASE WHEN s.stage = 'hired' THEN ${amsterdamDay('s.t5')} + 14 + floor(31 * s.u)::int END AS start_date
      FROM (
        SELECT r.*, r.consent_state IN ('declined', 'expired') AS erased,
               r.consent_state = 'consented' AND r.cur = r.target AND r.target < 5 AND r.t_end <= now() AS ended,
               CASE WHEN r.consent_state IN ('declined', 'expired') THEN 'withdrawn'
                    WHEN r.consent_state = 'awaiting_consent' THEN 'new'
                    WHEN r.cur = 5 THEN 'hired'
                    WHEN r.cur = r.target AND r.t_end <= now() THEN CASE WHEN r.r_end < (CASE WHEN r.target = 4 THEN 0.6 ELSE 0.25 END) THEN 'withdrawn' ELSE 'rejected' END
                    ELSE (ARRAY['new', 'screening', 'interview', 'offer'])[r.cur] END AS stage,
               CASE WHEN r.consent_state IN ('declined', 'expired') THEN r.consent_at
                    WHEN r.consent_state = 'awaiting_consent' THEN r.created_at
                    WHEN r.cur = 5 THEN r.t5
                    WHEN r.cur = r.target AND r.t_end <= now() THEN r.t_end
                    ELSE (ARRAY[r.created_at, r.t2, r.t3, r.t4])[r.cur] END AS stage_changed_at
          FROM bref3 r) s`);
  await client.query(`ALTER TABLE bref ADD COLUMN hire_left_on date`);
  await client.query(`UPDATE bref SET hire_left_on = start_date + floor(r_left * 8 * (current_date - start_date))::int
                       WHERE stage = 'hired' AND start_date < current_date - 90 AND r_left < 0.12`);
  await client.query(`CREATE INDEX ON bref (o, k)`);
  await client.query(`ANALYZE bref`);
  // Candidates who were not erased become people: relation, orientation after an interview, entry/employment/exit when hired.
  await step(
    'people (candidates)',
    `INSERT INTO people (id, organisation_id, first_name, last_name, email, locale, phase, source, department, start_date, phase_changed_at, created_at)
     SELECT r.person_id, r.org_id, ${pick('$1::text[]')}, ${pick('$2::text[]')}, 'kandidaat-' || r.k || '@org-' || r.o || '.dash-bench.example',
            CASE WHEN r.k % 6 = 0 THEN 'en' ELSE 'nl' END, p.phase, 'referral', CASE WHEN r.stage = 'hired' THEN v.department END, r.start_date,
            p.changed_at, r.created_at
       FROM bref r
       LEFT JOIN bvac2 v ON v.o = r.o AND v.j = r.vacancy_j
       CROSS JOIN LATERAL (SELECT
         CASE WHEN r.hire_left_on IS NOT NULL THEN 'exit' WHEN r.start_date <= current_date THEN 'employment' WHEN r.stage = 'hired' THEN 'entry'
              WHEN r.cur >= 3 THEN 'orientation' ELSE 'relation' END AS phase,
         CASE WHEN r.hire_left_on IS NOT NULL THEN ${morning('r.hire_left_on')} WHEN r.start_date <= current_date THEN ${morning('r.start_date')}
              WHEN r.stage = 'hired' THEN r.t5 WHEN r.cur >= 3 THEN r.t3 ELSE r.created_at END AS changed_at) p
      WHERE NOT r.erased`,
    [FIRST_NAMES, LAST_NAMES],
  );
  await step(
    'phase history (candidates)',
    `INSERT INTO phase_transitions (organisation_id, person_id, from_phase, to_phase, cause, occurred_at)
     SELECT org_id, person_id, NULL, 'relation', 'created', created_at FROM bref WHERE NOT erased
     UNION ALL SELECT org_id, person_id, 'relation', 'orientation', 'manual', t3 FROM bref WHERE NOT erased AND cur >= 3
     UNION ALL SELECT org_id, person_id, 'orientation', 'entry', 'referral_hired', t5 FROM bref WHERE stage = 'hired'
     UNION ALL SELECT org_id, person_id, 'entry', 'employment', 'start_date_reached', ${morning('start_date')} FROM bref WHERE start_date <= current_date
     UNION ALL SELECT org_id, person_id, 'employment', 'exit', 'offboarded', ${morning('hire_left_on')} FROM bref WHERE hire_left_on IS NOT NULL`,
  );
  await step(
    'referrals',
    `INSERT INTO referrals (id, organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_person_id, candidate_name, candidate_email,
                           candidate_locale, relationship, motivation, candidate_informed, stage, stage_changed_at, consent_state, consent_due_at,
                           consent_decided_at, start_date, probation_months, hired_person_id, hire_left_on, erased_at, created_at, updated_at)
     SELECT r.id, r.org_id, p.id, v.id, e.user_id,
            CASE WHEN r.erased THEN NULL ELSE r.person_id END,
            CASE WHEN r.erased THEN NULL ELSE 'Kandidaat ' || r.k END,
            CASE WHEN r.erased THEN NULL ELSE 'kandidaat-' || r.k || '@org-' || r.o || '.dash-bench.example' END,
            CASE WHEN r.k % 6 = 0 THEN 'en' ELSE 'nl' END,
            (ARRAY['former_colleague', 'friend', 'family', 'study', 'network', 'other'])[1 + r.k % 6],
            CASE WHEN r.erased THEN NULL ELSE 'Betrouwbaar en ervaren.' END, r.k % 3 <> 0,
            r.stage, r.stage_changed_at, r.consent_state, r.created_at + interval '14 days',
            CASE WHEN r.consent_state <> 'awaiting_consent' THEN r.consent_at END,
            r.start_date, CASE WHEN r.stage = 'hired' THEN 2 END, CASE WHEN r.stage = 'hired' THEN r.person_id END, r.hire_left_on,
            CASE WHEN r.erased THEN r.consent_at END, r.created_at, r.stage_changed_at
       FROM bref r
       JOIN bprog p ON p.o = r.o AND p.n = r.programme_n
       JOIN bemp e ON e.o = r.o AND e.i = r.referrer_i
       LEFT JOIN bvac2 v ON v.o = r.o AND v.j = r.vacancy_j`,
  );
  await step(
    'referral events (stage and consent history)',
    `INSERT INTO referral_events (organisation_id, referral_id, kind, from_value, to_value, created_at)
     SELECT org_id, id, 'stage', NULL, 'new', created_at FROM bref
     UNION ALL SELECT org_id, id, 'consent', NULL, 'awaiting_consent', created_at FROM bref
     UNION ALL SELECT org_id, id, 'consent', 'awaiting_consent', consent_state, consent_at FROM bref WHERE consent_state <> 'awaiting_consent'
     UNION ALL SELECT org_id, id, 'stage', 'new', 'withdrawn', consent_at FROM bref WHERE erased
     UNION ALL SELECT org_id, id, 'stage', 'new', 'screening', t2 FROM bref WHERE cur >= 2
     UNION ALL SELECT org_id, id, 'stage', 'screening', 'interview', t3 FROM bref WHERE cur >= 3
     UNION ALL SELECT org_id, id, 'stage', 'interview', 'offer', t4 FROM bref WHERE cur >= 4
     UNION ALL SELECT org_id, id, 'stage', 'offer', 'hired', t5 FROM bref WHERE cur = 5
     UNION ALL SELECT org_id, id, 'stage', (ARRAY['new', 'screening', 'interview', 'offer'])[cur], stage, t_end FROM bref WHERE ended`,
  );
  await step(
    'offboardings (referral hires who left)',
    `INSERT INTO offboardings (organisation_id, person_id, leaving_date, reason, eligible_for_rehire, status, completed_at, created_at)
     SELECT org_id, person_id, hire_left_on, 'resignation', true, CASE WHEN hire_left_on <= current_date THEN 'completed' ELSE 'scheduled' END,
            CASE WHEN hire_left_on <= current_date THEN ${morning('hire_left_on')} END, ${morning('hire_left_on')} - interval '30 days'
       FROM bref WHERE hire_left_on IS NOT NULL`,
  );
}

async function loadHiring(client: Client, step: Step): Promise<void> {
  // What the insights sync triggers write for referral hires and offers (migration 1764920000000), set-based.
  await step(
    'hires (referral channel)',
    `INSERT INTO hires (organisation_id, channel, source, referral_id, programme_id, person_id, vacancy_id, department, job_title,
                        applied_on, hired_on, start_date, left_on, created_at)
     SELECT r.organisation_id, 'referral', 'referral', r.id, r.programme_id, r.hired_person_id, r.vacancy_id, left(v.department, 200), v.title,
            LEAST(${amsterdamDay('r.created_at')}, ${amsterdamDay('r.stage_changed_at')}), ${amsterdamDay('r.stage_changed_at')}, r.start_date, r.hire_left_on,
            r.stage_changed_at
       FROM referrals r JOIN borg b ON b.org_id = r.organisation_id
       LEFT JOIN vacancies v ON v.organisation_id = r.organisation_id AND v.id = r.vacancy_id
      WHERE r.stage = 'hired'`,
  );
  await step(
    'offers (referral channel)',
    `INSERT INTO offers (organisation_id, channel, referral_id, programme_id, hire_id, department, made_on, outcome, decided_on)
     SELECT r.organisation_id, 'referral', r.id, r.programme_id, h.id, left(v.department, 200), ${amsterdamDay('e.created_at')},
            CASE WHEN r.stage = 'hired' THEN 'accepted' WHEN r.stage IN ('rejected', 'withdrawn') THEN 'declined' ELSE 'pending' END,
            CASE WHEN r.stage IN ('hired', 'rejected', 'withdrawn') THEN ${amsterdamDay('r.stage_changed_at')} END
       FROM referral_events e
       JOIN referrals r ON r.id = e.referral_id
       LEFT JOIN vacancies v ON v.organisation_id = r.organisation_id AND v.id = r.vacancy_id
       LEFT JOIN hires h ON h.organisation_id = r.organisation_id AND h.referral_id = r.id
      WHERE e.kind = 'stage' AND e.to_value = 'offer'`,
  );
  // Other channels: one and a half times the referral hires of each organisation, over the same 24 months.
  await client.query(`CREATE TEMP TABLE bhire AS
    SELECT s.*, CASE WHEN s.start_date IS NOT NULL AND s.start_date < current_date - 90 AND random() < 0.14
                     THEN s.start_date + floor(random() * (current_date - s.start_date))::int END AS left_on
      FROM (
        SELECT b.o, b.org_id, n, ($1::text[])[1 + floor(random() * cardinality($1::text[]))::int] AS channel, d.hired_on,
               CASE WHEN random() < 0.9 THEN d.hired_on - 14 - floor(random() * 60)::int END AS applied_on,
               CASE WHEN random() < 0.9 THEN d.hired_on + 14 + floor(random() * 31)::int END AS start_date,
               ($2::text[])[1 + floor(random() * cardinality($2::text[]))::int] AS department,
               ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int] AS job_title
          FROM borg b
          CROSS JOIN LATERAL generate_series(1, (SELECT (count(*) * 1.5)::int FROM hires h WHERE h.organisation_id = b.org_id)) n
          CROSS JOIN LATERAL (SELECT ${amsterdamDay(recentMoment)} + n * 0 AS hired_on) d) s`, [OTHER_CHANNELS, DEPARTMENTS, TITLES]);
  await step(
    'hires (other channels, as from an ATS import)',
    `INSERT INTO hires (organisation_id, channel, source, department, job_title, applied_on, hired_on, start_date, left_on, external_ref, created_at)
     SELECT org_id, channel, 'import', department, job_title,
            CASE WHEN channel = 'agency' THEN applied_on - 20 ELSE applied_on END, hired_on, start_date, left_on,
            'ATS-' || o || '-' || n, ${morning('hired_on')}
       FROM bhire`,
  );
  await step(
    'offers (other channels: accepted for every hire, a fifth more declined)',
    `INSERT INTO offers (organisation_id, channel, hire_id, department, made_on, outcome, decided_on, external_ref)
     SELECT h.organisation_id, h.channel, h.id, h.department, h.hired_on - 3 - floor(random() * 7)::int, 'accepted', h.hired_on, 'OFFER-' || h.external_ref
       FROM hires h JOIN borg b ON b.org_id = h.organisation_id WHERE h.source = 'import'
     UNION ALL
     SELECT h.organisation_id, h.channel, NULL, h.department, h.hired_on - 10, 'declined', h.hired_on - 10 + floor(random() * 8)::int,
            'OFFER-D-' || h.external_ref
       FROM hires h JOIN borg b ON b.org_id = h.organisation_id WHERE h.source = 'import' AND random() < 0.2`,
  );
  await step(
    'quality ratings (6 and 12 months)',
    `INSERT INTO quality_ratings (organisation_id, hire_id, months, rating, rated_at)
     SELECT h.organisation_id, h.id, m.months,
            LEAST(5, GREATEST(1, round(CASE WHEN h.channel = 'referral' THEN 3.6 ELSE 3.2 END + (random() + random() + random() - 1.5) * 1.6)::int)),
            LEAST(now(), ${morning('coalesce(h.start_date, h.hired_on)')} + make_interval(months => m.months) + interval '1 day' * floor(random() * 20))
       FROM hires h CROSS JOIN (VALUES (6, 0.7), (12, 0.55)) AS m(months, share)
      WHERE coalesce(h.start_date, h.hired_on) + make_interval(months => m.months) <= current_date AND random() < m.share
        AND (h.left_on IS NULL OR h.left_on >= coalesce(h.start_date, h.hired_on) + make_interval(months => m.months))`,
  );
  await step(
    'recruitment costs (per channel per month, programme campaigns per quarter)',
    `INSERT INTO recruitment_costs (organisation_id, channel, category, programme_id, period_start, period_end, amount_cents, description)
     SELECT b.org_id, c.channel, c.category, NULL, m.month, (m.month + interval '1 month - 1 day')::date,
            round(c.base * (b.employees / 1000.0 + 1) * (0.7 + random() * 0.6))::bigint, c.channel || ' ' || to_char(m.month, 'YYYY-MM')
       FROM borg b
       CROSS JOIN (SELECT (date_trunc('month', current_date) - make_interval(months => g))::date AS month FROM generate_series(0, 24) g) m
       CROSS JOIN (VALUES ('career_site', 'advertising', 40000), ('job_board', 'advertising', 120000), ('agency', 'agency', 400000),
                          ('social', 'advertising', 60000), ('other', 'tooling', 30000)) AS c(channel, category, base)
     UNION ALL
     SELECT p.org_id, 'referral', 'events', p.id, q.quarter, (q.quarter + interval '3 months - 1 day')::date,
            round(50000 * (b.employees / 1000.0 + 1) * (0.7 + random() * 0.6))::bigint, 'Wervingsactie ' || to_char(q.quarter, 'YYYY-"Q"Q')
       FROM bprog p JOIN borg b ON b.o = p.o
       CROSS JOIN (SELECT (date_trunc('quarter', current_date) - make_interval(months => 3 * g))::date AS quarter FROM generate_series(0, 8) g) q`,
  );
  await step(
    'reward ledger (start and probation milestones of referral hires)',
    `INSERT INTO reward_ledger (organisation_id, referral_id, milestone_key, rule_id, referrer_user_id, audience, amount_cents, currency, points, due_on,
                               status, cancel_reason, cancelled_at, approved_at, created_at)
     SELECT r.organisation_id, r.id, m.key, rr.id, r.referrer_user_id, 'employee', 37500, 'EUR', 0, d.due_on, s.status,
            CASE WHEN s.status = 'cancelled' THEN 'Uit dienst voor de mijlpaal' END, CASE WHEN s.status = 'cancelled' THEN ${morning('r.hire_left_on')} END,
            CASE WHEN s.status = 'approved' THEN ${morning('d.due_on')} END, r.stage_changed_at
       FROM referrals r
       JOIN borg b ON b.org_id = r.organisation_id
       JOIN reward_rules rr ON rr.organisation_id = r.organisation_id AND rr.programme_id = r.programme_id
       CROSS JOIN (VALUES ('start', 0), ('probation', 2)) AS m(key, months)
       CROSS JOIN LATERAL (SELECT (r.start_date + make_interval(months => m.months))::date AS due_on) d
       CROSS JOIN LATERAL (SELECT CASE WHEN r.hire_left_on IS NOT NULL AND r.hire_left_on < d.due_on THEN 'cancelled'
                                       WHEN d.due_on <= current_date THEN 'approved' ELSE 'pending' END AS status) s
      WHERE r.stage = 'hired'`,
  );
  await step(
    'candidate surveys (70 % of ended referrals asked, a third answered)',
    `INSERT INTO candidate_surveys (organisation_id, referral_id, programme_id, outcome, token_hash, sent_at, score, answered_at, created_at)
     SELECT s.organisation_id, s.id, s.programme_id, s.stage, sha256(convert_to(s.id::text, 'UTF8')), s.sent_at,
            CASE WHEN s.answered THEN s.score END, CASE WHEN s.answered THEN LEAST(now(), s.sent_at + interval '1 hour' * floor(random() * 72)) END, s.sent_at
       FROM (SELECT r.*, r.stage_changed_at + interval '1 day' AS sent_at, random() < 0.35 AS answered,
                    LEAST(10, GREATEST(0, round(CASE r.stage WHEN 'hired' THEN 8.5 WHEN 'withdrawn' THEN 6.5 ELSE 5.5 END + (random() + random() - 1) * 5)::int)) AS score
               FROM referrals r JOIN borg b ON b.org_id = r.organisation_id
              WHERE r.stage IN ('hired', 'rejected', 'withdrawn') AND r.consent_state = 'consented' AND r.erased_at IS NULL
                AND r.stage_changed_at + interval '1 day' <= now() AND random() < 0.7) s`,
  );
}

async function loadEngagement(client: Client, step: Step): Promise<void> {
  await client.query(`CREATE TEMP TABLE bperson AS
    SELECT b.o, p.organisation_id AS org_id, row_number() OVER (PARTITION BY p.organisation_id ORDER BY p.id)::int AS rn, p.id, p.phase, p.email, p.locale,
           count(*) OVER (PARTITION BY p.organisation_id)::int AS people
      FROM people p JOIN borg b ON b.org_id = p.organisation_id`);
  await client.query(`CREATE UNIQUE INDEX ON bperson (o, rn)`);
  await client.query(`ANALYZE bperson`);
  // Share links of one in ten employees, with clicks on a handful of days.
  await step(
    'share links',
    `INSERT INTO share_links (organisation_id, code, owner_user_id, vacancy_id, created_at)
     SELECT e.org_id, translate(upper(substr(md5(e.user_id::text), 1, 10)), '01', 'GH'), e.user_id, v.id, ${recentMoment}
       FROM bemp e JOIN bvac2 v ON v.o = e.o AND v.j = 1 + (e.i % (SELECT vacancies FROM borg WHERE o = e.o))
      WHERE e.i % 10 = 0 AND e.left_on IS NULL`,
  );
  await step(
    'share link clicks',
    `INSERT INTO share_link_clicks (organisation_id, share_link_id, channel, day, clicks)
     SELECT l.organisation_id, l.id, (ARRAY['linkedin', 'whatsapp', 'email', 'copy', 'qr', 'direct'])[1 + g % 6],
            ${amsterdamDay('l.created_at')} + floor(random() * GREATEST(1, current_date - ${amsterdamDay('l.created_at')}))::int, 1 + floor(random() * 5)::int
       FROM share_links l JOIN borg b ON b.org_id = l.organisation_id CROSS JOIN generate_series(1, 8) g
     ON CONFLICT DO NOTHING`,
  );
  // Newsletters: one a month for two years (every fourth an activation mail of the internal programme), each to 3 % of the people.
  await client.query(`CREATE TEMP TABLE bnews AS
    SELECT b.o, b.org_id, m AS n, gen_random_uuid() AS id, now() - make_interval(months => m) + interval '2 days' AS sent_at,
           (SELECT people FROM bperson x WHERE x.o = b.o LIMIT 1) AS people, p.id AS programme_id, m % 4 = 0 AS activation, b.o % 2 = 1 AS tracking
      FROM borg b JOIN bprog p ON p.o = b.o AND p.n = 1 CROSS JOIN generate_series(1, 24) m`);
  await step(
    'newsletters',
    `INSERT INTO newsletters (id, organisation_id, name, status, kind, programme_id, started_at, finished_at, created_at)
     SELECT id, org_id, CASE WHEN activation THEN 'Activatie ' ELSE 'Nieuwsbrief ' END || to_char(sent_at, 'YYYY-MM'), 'sent',
            CASE WHEN activation THEN 'activation' ELSE 'newsletter' END, CASE WHEN activation THEN programme_id END,
            sent_at, sent_at + interval '2 hours', sent_at - interval '7 days'
       FROM bnews`,
  );
  await step(
    'newsletter deliveries',
    `INSERT INTO newsletter_deliveries (organisation_id, newsletter_id, person_id, email, locale, status, attempts, next_attempt_at, message_id,
                                        sent_at, failed_at, bounced_at, unsubscribed_at, opened_at, clicked_at, created_at)
     SELECT d.org_id, d.newsletter_id, d.person_id, d.email, d.locale, CASE WHEN d.failed THEN 'failed' ELSE 'sent' END, 1, d.at,
            d.delivery_id::text || '@dash-bench.example',
            CASE WHEN NOT d.failed THEN d.at END, CASE WHEN d.failed THEN d.at END,
            CASE WHEN NOT d.failed AND d.r < 0.01 THEN d.at + interval '5 minutes' END,
            CASE WHEN NOT d.failed AND d.r >= 0.01 AND d.r < 0.015 THEN d.at + interval '2 days' END,
            CASE WHEN NOT d.failed AND d.tracking AND d.r >= 0.015 AND d.r < 0.37 THEN d.at + interval '3 hours' END,
            CASE WHEN NOT d.failed AND d.tracking AND d.r >= 0.015 AND d.r < 0.095 THEN d.at + interval '4 hours' END, d.at
       FROM (SELECT nl.org_id, nl.id AS newsletter_id, nl.tracking, p.id AS person_id, coalesce(p.email, 'p' || p.rn || '@dash-bench.example') AS email,
                    p.locale, nl.sent_at + interval '1 minute' * floor(random() * 90) AS at, random() < 0.03 AS failed, random() AS r,
                    gen_random_uuid() AS delivery_id
               FROM bnews nl JOIN bperson p ON p.o = nl.o AND (p.rn + nl.n * 7919) % nl.people < GREATEST(30, nl.people * 3 / 100)) d`,
  );
  // Job alerts: 2 % of the people subscribe, ~10 alert mails each over the two years, a tenth withdraw, a few addresses bounce.
  await client.query(`CREATE TEMP TABLE bsub AS
    SELECT p.o, p.org_id, p.rn, p.id AS person_id, coalesce(p.email, 'p' || p.rn || '@dash-bench.example') AS email, p.locale,
           ${recentMoment} + p.rn * interval '0' AS subscribed_at, random() < 0.1 AS withdraws, random() < 0.005 AS bounces
      FROM bperson p WHERE p.rn % 50 = 0`);
  await step(
    'job-alert subscriptions',
    `INSERT INTO job_alert_subscriptions (organisation_id, person_id, keywords, frequency, created_at)
     SELECT org_id, person_id, (ARRAY['verpleegkundige', 'developer', 'logistiek', 'zorg', 'monteur'])[1 + rn % 5],
            (ARRAY['instant', 'daily', 'weekly'])[1 + rn % 3], subscribed_at
       FROM bsub WHERE NOT withdraws`,
  );
  await step(
    'consent events (job alerts granted, some withdrawn)',
    `INSERT INTO consent_events (organisation_id, person_id, purpose, status, source, occurred_at)
     SELECT org_id, person_id, 'job_alerts', 'granted', 'job_alert_form', subscribed_at FROM bsub
     UNION ALL
     SELECT org_id, person_id, 'job_alerts', 'withdrawn', 'unsubscribe_link', subscribed_at + (now() - subscribed_at) * random() FROM bsub WHERE withdraws`,
  );
  await step(
    'job-alert mails',
    `INSERT INTO mail_messages (organisation_id, person_id, kind, locale, to_address, subject, message_id, status, attempts, next_attempt_at,
                                sent_at, failed_at, created_at, updated_at)
     SELECT m.org_id, m.person_id, m.kind, m.locale, m.email, 'Nieuwe vacatures voor jou', gen_random_uuid()::text || '@dash-bench.example',
            m.status, 1, m.at, CASE WHEN m.status = 'sent' THEN m.at + interval '1 minute' END,
            CASE WHEN m.status = 'failed' THEN m.at + interval '1 hour' END, m.at, m.at
       FROM (SELECT s.*, CASE WHEN s.rn % 3 = 0 THEN 'job_alert_instant' ELSE 'job_alert_digest' END AS kind, a.at,
                    CASE WHEN a.at > now() - interval '10 minutes' THEN 'queued' WHEN random() < 0.03 THEN 'failed' ELSE 'sent' END AS status
               FROM bsub s CROSS JOIN generate_series(1, 10) g
               CROSS JOIN LATERAL (SELECT s.subscribed_at + (now() - s.subscribed_at) * random() + g * interval '0' AS at) a) m`,
  );
  await step(
    'mail suppressions (hard bounces of alert recipients)',
    `INSERT INTO mail_suppressions (organisation_id, email, reason, source, created_at)
     SELECT org_id, email, 'hard_bounce', 'smtp', subscribed_at + (now() - subscribed_at) * random() FROM bsub WHERE bounces
     ON CONFLICT DO NOTHING`,
  );
}

async function loadTouchpoints(client: Client, step: Step): Promise<void> {
  // Secondary indexes are built after the load (a sort instead of 10M random insertions).
  const { rows } = await client.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes
      WHERE schemaname = 'public' AND tablename = 'touchpoints'
        AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'touchpoints'::regclass)`,
  );
  for (const r of rows) await client.query(`DROP INDEX ${r.name}`);
  await step(
    'touchpoints',
    `INSERT INTO touchpoints (organisation_id, person_id, kind, channel, phase, occurred_at, created_at)
     SELECT p.org_id, p.id, split_part(t.kc, ':', 1), split_part(t.kc, ':', 2), p.phase, t.at, t.at
       FROM (SELECT b.o, b.org_id, (SELECT people FROM bperson x WHERE x.o = b.o LIMIT 1) AS people FROM borg b) b
       CROSS JOIN LATERAL (SELECT 1 + floor(random() * b.people)::int AS rn, ${pick('$1::text[]')} AS kc, ${recentMoment} + g * interval '0' AS at
                             FROM generate_series(1, (SELECT touchpoints FROM borg WHERE o = b.o)) g) t
       JOIN bperson p ON p.o = b.o AND p.rn = t.rn`,
    [TOUCHPOINT_KINDS],
  );
  for (const r of rows) {
    const t = Date.now();
    await client.query(r.def);
    console.log(`  index ${r.name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
}

/** The migrations' backfill SQL for the rollups (1764910000000-insights-rollups), run once over the loaded data. */
async function recomputeRollups(client: Client, step: Step): Promise<void> {
  await client.query(
    `TRUNCATE insights_daily_counts, insights_referral_levels, insights_referrer_firsts, insights_referrer_days, insights_kpi_counts,
              insights_person_tenure, insights_participants, insights_hire_totals, insights_participation_days, insights_participation_masks,
              insights_participant_numbers, insights_participant_number_next`,
  );
  await step('rollup: phases per day', `INSERT INTO insights_daily_counts (organisation_id, metric, day, dim, n) ${phaseCountsSql('')}`);
  await step('rollup: newsletter deliveries per day', `INSERT INTO insights_daily_counts (organisation_id, metric, day, dim, n) ${newsletterCountsSql('')}`);
  await step('rollup: job-alert mails per day', `INSERT INTO insights_daily_counts (organisation_id, metric, day, dim, n) ${jobAlertCountsSql('')}`);
  // Levels, firsts and referrer days without their triggers (what follows from them is rebuilt below in one statement each).
  await client.query(`SET session_replication_role = replica`);
  await step('rollup: referral levels', `INSERT INTO insights_referral_levels (organisation_id, referral_id, submitted_on, programme_id, department, level, is_match) ${referralLevelsSql('')}`);
  await step('rollup: first referral per referrer', `INSERT INTO insights_referrer_firsts (organisation_id, referrer_user_id, programme_id, first_referral_at) ${referrerFirstsSql('')}`);
  await step('rollup: referral days per referrer', `INSERT INTO insights_referrer_days (organisation_id, referrer_user_id, programme_id, days) ${referrerDaysSql('')}`);
  await client.query(`SET session_replication_role = DEFAULT`);
  // Migration 1764950000000's backfill, per organisation (its recount SQL): the tenure rows (their trigger counts them), then the other counters.
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM organisations ORDER BY id`);
  let t = Date.now();
  await client.query(`TRUNCATE insights_participants, insights_participation_days, insights_participation_masks, insights_participant_numbers, insights_participant_number_next`);
  // The participation bitmaps (migration 1765000000000) follow from these inserts by their triggers.
  for (const { id } of rows) await client.query(`INSERT INTO insights_participants ${PARTICIPANTS_RECOUNT_SQL} ORDER BY 1, 3, 4`, [id]);
  console.log(`  rollup: participants (and participation bitmaps) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  t = Date.now();
  for (const { id } of rows) await client.query(`INSERT INTO insights_person_tenure ${PERSON_TENURE_RECOUNT_SQL}`, [id]);
  console.log(`  rollup: employee tenure (and its counters) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  t = Date.now();
  // The time-to-hire totals (migration 1764990000000) follow from these inserts by their triggers.
  for (const { id } of rows) await client.query(`INSERT INTO insights_kpi_counts SELECT * FROM (${KPI_COUNTS_RECOUNT_SQL}) x WHERE metric <> 'tenure'`, [id]);
  console.log(`  rollup: KPI counters (and time-to-hire totals) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

// The recount queries: the migration's backfill, optionally for one organisation ($1).
const orgFilter = (where: string, alias = '') => (where ? `${where} ${alias}organisation_id = $1` : '');
const phaseCountsSql = (org: string) => `
  SELECT organisation_id, metric, day, dim, count(*) AS n FROM (
    SELECT organisation_id, 'phase_enter' AS metric, (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, to_phase AS dim FROM phase_transitions ${orgFilter(org && 'WHERE')}
    UNION ALL
    SELECT organisation_id, 'phase_exit', (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, from_phase FROM phase_transitions WHERE from_phase IS NOT NULL ${orgFilter(org && 'AND')}
  ) m GROUP BY 1, 2, 3, 4`;
const newsletterCountsSql = (org: string) => `
  SELECT organisation_id, metric, day, dim, count(*) AS n FROM (
    SELECT d.organisation_id, m.metric, (d.sent_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, d.newsletter_id::text AS dim
      FROM newsletter_deliveries d CROSS JOIN LATERAL (VALUES
        ('nl_sent', true), ('nl_bounced', d.bounced_at IS NOT NULL), ('nl_unsubscribed', d.unsubscribed_at IS NOT NULL),
        ('nl_opened', d.opened_at IS NOT NULL), ('nl_clicked', d.clicked_at IS NOT NULL)) AS m(metric, applies)
     WHERE d.sent_at IS NOT NULL AND m.applies ${orgFilter(org && 'AND', 'd.')}
    UNION ALL
    SELECT d.organisation_id, 'nl_failed', (d.failed_at AT TIME ZONE 'Europe/Amsterdam')::date, d.newsletter_id::text
      FROM newsletter_deliveries d WHERE d.status = 'failed' AND d.failed_at IS NOT NULL ${orgFilter(org && 'AND', 'd.')}
  ) c GROUP BY 1, 2, 3, 4`;
const jobAlertCountsSql = (org: string) => `
  SELECT organisation_id, CASE status WHEN 'sent' THEN 'ja_sent' WHEN 'failed' THEN 'ja_failed' ELSE 'ja_pending' END,
         (created_at AT TIME ZONE 'Europe/Amsterdam')::date, kind, count(*)
    FROM mail_messages WHERE kind IN ('job_alert_instant', 'job_alert_digest') ${orgFilter(org && 'AND')} GROUP BY 1, 2, 3, 4`;
const stageLevel = (col: string) => `CASE ${col} WHEN 'hired' THEN 5 WHEN 'offer' THEN 4 WHEN 'interview' THEN 3 ELSE 1 END`;
/** insights_refresh_referral_levels(ids) for all referrals at once: the same expression, the history grouped once instead of per referral. */
const referralLevelsSql = (org: string) => `
  SELECT r.organisation_id, r.id, (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, r.programme_id, v.department,
         GREATEST(${stageLevel('r.stage')}, CASE WHEN r.consent_state = 'consented' THEN 2 ELSE 1 END, coalesce(e.level, 1)), r.source = 'match'
    FROM referrals r
    LEFT JOIN vacancies v ON v.organisation_id = r.organisation_id AND v.id = r.vacancy_id
    LEFT JOIN (SELECT organisation_id, referral_id,
                      max(CASE WHEN kind = 'stage' THEN ${stageLevel('to_value')} WHEN to_value = 'consented' THEN 2 ELSE 1 END) AS level
                 FROM referral_events ${orgFilter(org && 'WHERE')} GROUP BY 1, 2) e ON e.organisation_id = r.organisation_id AND e.referral_id = r.id
   ${orgFilter(org && 'WHERE', 'r.')}`;
/** Match referrals (source 'match') are not employee referrals: not in the referrer days or the firsts. */
const referrerDaysSql = (org: string) => `
  SELECT organisation_id, referrer_user_id, programme_id,
         range_agg(daterange((created_at AT TIME ZONE 'Europe/Amsterdam')::date, (created_at AT TIME ZONE 'Europe/Amsterdam')::date, '[]'))
    FROM referrals WHERE source <> 'match' ${orgFilter(org && 'AND')} GROUP BY 1, 2, 3`;
const referrerFirstsSql = (org: string) => `
  SELECT organisation_id, referrer_user_id, programme_id, min(created_at) FROM referrals WHERE source <> 'match' ${orgFilter(org && 'AND')} GROUP BY 1, 2, 3`;

/**
 * For each sample organisation: the rollups equal a recount from the source tables (rows that differ either way),
 * referral hires and offers match the referrals, and the per-referral levels equal the recount. Throws when not.
 */
export async function verifyRollups(url: string, organisations: number[], log: (line: string) => void): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const o of organisations) {
      const [{ id }] = (await client.query(`SELECT id FROM organisations WHERE slug = $1`, [`dash-bench-${o}`])).rows;
      const diff = async (label: string, recount: string, stored: string) => {
        const { rows } = await client.query(
          `SELECT (SELECT count(*) FROM ((${recount}) EXCEPT ALL (${stored})) a)::int AS missing, (SELECT count(*) FROM ((${stored}) EXCEPT ALL (${recount})) b)::int AS extra,
                  (SELECT count(*) FROM (${stored}) c)::int AS n`,
          [id],
        );
        const { missing, extra, n } = rows[0];
        if (missing || extra) throw new Error(`rollup check failed for organisation ${o}, ${label}: ${missing} missing, ${extra} extra, ${n} stored rows`);
        return n as number;
      };
      const counts = (metrics: string) =>
        `SELECT organisation_id, metric, day, dim, n FROM insights_daily_counts WHERE organisation_id = $1 AND metric LIKE '${metrics}'`;
      const checked = [
        await diff('phases', phaseCountsSql('o'), counts('phase%')),
        await diff('newsletters', newsletterCountsSql('o'), counts('nl%')),
        await diff('job alerts', jobAlertCountsSql('o'), counts('ja%')),
        await diff('referral levels', referralLevelsSql('o'),
          `SELECT organisation_id, referral_id, submitted_on, programme_id, department, level, is_match FROM insights_referral_levels WHERE organisation_id = $1`),
        await diff('referrer firsts', referrerFirstsSql('o'),
          `SELECT organisation_id, referrer_user_id, programme_id, first_referral_at FROM insights_referrer_firsts WHERE organisation_id = $1`),
        await diff('referrer days', referrerDaysSql('o'),
          `SELECT organisation_id, referrer_user_id, programme_id, days FROM insights_referrer_days WHERE organisation_id = $1`),
        await diff('referral hires', `SELECT id FROM referrals WHERE organisation_id = $1 AND stage = 'hired'`,
          `SELECT referral_id FROM hires WHERE organisation_id = $1 AND source = 'referral'`),
        await diff('referral offers', `SELECT DISTINCT referral_id FROM referral_events WHERE organisation_id = $1 AND kind = 'stage' AND to_value = 'offer'`,
          `SELECT referral_id FROM offers WHERE organisation_id = $1 AND referral_id IS NOT NULL`),
        await diff('participants', PARTICIPANTS_RECOUNT_SQL, PARTICIPANTS_STORED_SQL),
        await diff('employee tenure', PERSON_TENURE_RECOUNT_SQL, PERSON_TENURE_STORED_SQL),
        await diff('KPI counters', KPI_COUNTS_RECOUNT_SQL, KPI_COUNTS_STORED_SQL),
        await diff('time-to-hire totals', HIRE_TOTALS_RECOUNT_SQL, HIRE_TOTALS_STORED_SQL),
        await diff('participation bitmaps', PARTICIPATION_BITS_RECOUNT_SQL, PARTICIPATION_BITS_STORED_SQL),
        await diff('participation masks', PARTICIPATION_MASKS_RECOUNT_SQL, PARTICIPATION_MASKS_STORED_SQL),
      ];
      log(
        `bench: rollups of organisation ${o} equal a recount (${checked.join(' / ')} rows: phases / newsletters / job alerts / levels / firsts / referrer days / hires / offers / participants / tenure / KPI counters / time-to-hire totals / participation bitmaps / masks)`,
      );
    }
  } finally {
    await client.end();
  }
}
