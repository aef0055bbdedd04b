import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '@kring/server-testing';
import { dataSourceOptions } from '../data-source-options';
import { seedDemo } from './demo-seed';

describe('demo data', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolMax: 2, ssl: 'disable' })).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('has an internal and a combined programme, a time-boxed action and referrals in every stage, loaded once', async () => {
    const passwords = { hr: 'demo-hr-passphrase', employee: 'demo-employee-passphrase' };
    expect((await seedDemo(dataSource.manager, passwords)).created).toBe(true);
    const programmes = await dataSource.query(`SELECT kind, ends_at IS NOT NULL AS action FROM programmes ORDER BY name`);
    expect(programmes).toEqual(
      expect.arrayContaining([
        { kind: 'internal', action: false },
        { kind: 'combined', action: false },
        { kind: 'internal', action: true },
      ]),
    );
    const stages = (await dataSource.query(`SELECT DISTINCT stage FROM referrals WHERE consent_state = 'consented'`)).map((r: { stage: string }) => r.stage).sort();
    expect(stages).toEqual(['hired', 'interview', 'new', 'offer', 'rejected', 'screening', 'withdrawn']);
    const consents = (await dataSource.query(`SELECT DISTINCT consent_state FROM referrals`)).map((r: { consent_state: string }) => r.consent_state).sort();
    // The dashboard's two-year story adds referrals whose consent request expired.
    expect(consents).toEqual(['awaiting_consent', 'consented', 'declined', 'expired']);

    const count = async () => (await dataSource.query(`SELECT (SELECT count(*) FROM referrals)::int AS r, (SELECT count(*) FROM users)::int AS u`))[0];
    const before = await count();
    expect((await seedDemo(dataSource.manager, passwords)).created).toBe(false);
    expect(await count()).toEqual(before);
  });
});

/** The dashboard's 24-month story (docs/developer/demo-data.md), checked with the KPI definitions of issue 7 written out in SQL. */
describe('demo data for the HR dashboard', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const now = new Date('2026-11-22T08:30:00Z');
  const passwords = { hr: 'demo-hr-passphrase', employee: 'demo-employee-passphrase' };
  const one = async (sql: string, params: unknown[] = []) => (await dataSource.query(sql, params))[0];
  const TABLES = [
    'people', 'users', 'phase_transitions', 'vacancies', 'programmes', 'referrals', 'referral_events', 'share_links', 'share_link_clicks', 'points_events',
    'reward_rules', 'reward_ledger', 'payroll_exports', 'hire_imports', 'hires', 'offers', 'quality_ratings', 'recruitment_costs', 'candidate_surveys',
    'offboardings', 'consents', 'consent_events', 'newsletters', 'newsletter_variants', 'newsletter_deliveries', 'job_alert_subscriptions', 'job_alert_deliveries',
  ];
  const counts = async () => one(`SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')}`);
  let started = 0;
  let seconds = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolMax: 2, ssl: 'disable' })).initialize();
    started = Date.now();
    await seedDemo(dataSource.manager, passwords, now);
    seconds = (Date.now() - started) / 1000;
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('loads quickly and once: a second run, even a day later, changes nothing', async () => {
    expect(seconds).toBeLessThan(20);
    const before = await counts();
    expect(before.hires).toBeGreaterThan(60);
    await seedDemo(dataSource.manager, passwords, new Date(now.getTime() + 86_400_000));
    expect(await counts()).toEqual(before);
  });

  it('has 60-120 employees in four departments, 150-250 referrals over 24 months and hires in every one of those months', async () => {
    const staff = await one(
      `SELECT count(*)::int AS n, count(DISTINCT p.department) FILTER (WHERE p.department IN ('Wijkzorg', 'Verpleeghuis De Linde', 'Facilitair', 'Staf'))::int AS departments
         FROM people p JOIN users u ON u.person_id = p.id WHERE p.phase = 'employment' AND u.status = 'active' AND 'employee' = ANY(u.roles)`,
    );
    expect(staff.n).toBeGreaterThanOrEqual(60);
    expect(staff.n).toBeLessThanOrEqual(120);
    expect(staff.departments).toBe(4);
    const referrals = await one(
      `SELECT count(*)::int AS n, count(DISTINCT date_trunc('month', created_at AT TIME ZONE 'Europe/Amsterdam'))::int AS months,
              count(*) FILTER (WHERE stage = 'hired')::int AS hired FROM referrals WHERE created_at >= $1::timestamptz - interval '24 months'`,
      [now],
    );
    expect(referrals.n).toBeGreaterThanOrEqual(150);
    expect(referrals.n).toBeLessThanOrEqual(250);
    expect(referrals.months).toBeGreaterThanOrEqual(24);
    const months = await one(
      `SELECT count(DISTINCT date_trunc('month', hired_on))::int AS n FROM hires WHERE hired_on > ($1::timestamptz - interval '24 months')::date`,
      [now],
    );
    expect(months.n).toBeGreaterThanOrEqual(24);
    // Every referral's stage is the last stage of its history, and the history reads like working days.
    expect(
      await dataSource.query(
        `SELECT r.id FROM referrals r WHERE r.stage <> (SELECT e.to_value FROM referral_events e WHERE e.referral_id = r.id AND e.kind = 'stage' ORDER BY e.created_at DESC LIMIT 1)`,
      ),
    ).toEqual([]);
    const hours = await one(
      `SELECT min(extract(hour FROM created_at AT TIME ZONE 'Europe/Amsterdam'))::int AS lo, max(extract(hour FROM created_at AT TIME ZONE 'Europe/Amsterdam'))::int AS hi
         FROM referral_events WHERE created_at < $1::timestamptz - interval '60 days'`,
      [now],
    );
    expect(hours.lo).toBeGreaterThanOrEqual(7);
    expect(hours.hi).toBeLessThanOrEqual(18);
    // Hires of other channels come from a monthly ATS import.
    const imported = await one(`SELECT count(*)::int AS n, count(DISTINCT import_id)::int AS files, count(*) FILTER (WHERE external_ref IS NULL)::int AS unreferenced FROM hires WHERE source = 'import'`);
    expect(imported.files).toBeGreaterThanOrEqual(24);
    expect(imported.unreferenced).toBe(0);
  });

  it('shows the referral share of hires rising, referral hires cheaper and faster, with more accepted offers and better ratings', async () => {
    const share = await one(
      `SELECT avg((channel = 'referral')::int) FILTER (WHERE hired_on > ($1::date - 730) AND hired_on <= ($1::date - 548)) AS first,
              avg((channel = 'referral')::int) FILTER (WHERE hired_on > ($1::date - 183)) AS last FROM hires`,
      [now],
    );
    expect(Number(share.first)).toBeLessThan(0.16);
    expect(Number(share.last)).toBeGreaterThan(0.22);
    expect(Number(share.last)).toBeGreaterThan(Number(share.first));

    // Cost per hire over the programme's two years: the channel's costs (for referrals: plus rewards approved or paid) / its hires.
    const costs: Array<{ channel: string; per_hire: number }> = await dataSource.query(
      `SELECT h.channel, round(((SELECT coalesce(sum(amount_cents), 0) FROM recruitment_costs c WHERE c.channel = h.channel AND c.period_end > $1::date - 730)
                 + CASE WHEN h.channel = 'referral' THEN (SELECT coalesce(sum(amount_cents), 0) FROM reward_ledger WHERE status IN ('approved', 'paid')) ELSE 0 END)
                 / 100.0 / count(*))::int AS per_hire
         FROM hires h WHERE h.hired_on > $1::date - 730 GROUP BY h.channel`,
      [now],
    );
    const perHire = Object.fromEntries(costs.map((c) => [c.channel, c.per_hire]));
    expect(perHire['referral']).toBeGreaterThanOrEqual(1000);
    expect(perHire['referral']).toBeLessThanOrEqual(1500);
    expect(perHire['agency']).toBeGreaterThanOrEqual(6000);
    expect(perHire['agency']).toBeLessThanOrEqual(8000);
    expect(perHire['job_board']).toBeGreaterThanOrEqual(2500);
    expect(perHire['job_board']).toBeLessThanOrEqual(3500);

    const speed = await one(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY hired_on - applied_on) FILTER (WHERE channel = 'referral') AS referral,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY hired_on - applied_on) FILTER (WHERE channel <> 'referral') AS others FROM hires WHERE applied_on IS NOT NULL`,
    );
    expect(speed.referral).toBeGreaterThanOrEqual(20);
    expect(speed.referral).toBeLessThanOrEqual(28);
    expect(speed.others).toBeGreaterThanOrEqual(35);
    expect(speed.others).toBeLessThanOrEqual(50);

    const offers = await one(
      `SELECT avg((outcome = 'accepted')::int) FILTER (WHERE channel = 'referral') AS referral, avg((outcome = 'accepted')::int) FILTER (WHERE channel <> 'referral') AS others
         FROM offers WHERE outcome <> 'pending'`,
    );
    expect(Number(offers.referral)).toBeGreaterThan(Number(offers.others));
    expect(Number(offers.others)).toBeGreaterThan(0.6);
    expect(await one(`SELECT count(*)::int AS n FROM hires h WHERE NOT EXISTS (SELECT 1 FROM offers o WHERE o.hire_id = h.id AND o.outcome = 'accepted')`)).toEqual({ n: 0 });

    const quality = await one(
      `SELECT avg(q.rating) FILTER (WHERE h.channel = 'referral') AS referral, avg(q.rating) FILTER (WHERE h.channel <> 'referral') AS others,
              count(*) FILTER (WHERE q.months = 12)::int AS year, count(*) FILTER (WHERE q.rated_at > $1 OR q.rated_at < h.start_date + 170)::int AS impossible
         FROM quality_ratings q JOIN hires h ON h.id = q.hire_id`,
      [now],
    );
    expect(Number(quality.referral)).toBeGreaterThan(Number(quality.others));
    expect(quality.year).toBeGreaterThan(10);
    expect(quality.impossible).toBe(0);
  });

  it('keeps referred hires longer, records leavers as offboardings and alumni, and asks candidates about their experience', async () => {
    const retention = await one(
      `SELECT avg((left_on IS NULL OR left_on >= start_date + 365)::int) FILTER (WHERE channel = 'referral') AS referral,
              avg((left_on IS NULL OR left_on >= start_date + 365)::int) FILTER (WHERE channel <> 'referral') AS others
         FROM hires WHERE start_date <= $1::date - 365`,
      [now],
    );
    expect(Number(retention.referral)).toBeGreaterThan(Number(retention.others));
    expect(Number(retention.others)).toBeLessThan(1);
    const leavers = await one(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE p.phase = 'exit' AND o.status = 'completed' AND o.leaving_date = h.left_on)::int AS recorded
         FROM hires h JOIN people p ON p.id = h.person_id LEFT JOIN offboardings o ON o.person_id = p.id WHERE h.left_on IS NOT NULL`,
    );
    expect(leavers.n).toBeGreaterThan(5);
    expect(leavers.recorded).toBe(leavers.n);
    const referralLeft = await one(`SELECT count(*)::int AS n FROM referrals r JOIN hires h ON h.referral_id = r.id WHERE h.left_on IS DISTINCT FROM r.hire_left_on`);
    expect(referralLeft.n).toBe(0);

    const nps = await one(
      `SELECT round(100.0 * (count(*) FILTER (WHERE score >= 9) - count(*) FILTER (WHERE score <= 6)) / count(*))::int AS all,
              round(100.0 * (count(*) FILTER (WHERE score >= 9 AND outcome = 'hired') - count(*) FILTER (WHERE score <= 6 AND outcome = 'hired')) / count(*) FILTER (WHERE outcome = 'hired'))::int AS hired,
              count(*)::int AS answered, (SELECT count(*) FROM candidate_surveys)::int AS sent
         FROM candidate_surveys WHERE answered_at IS NOT NULL`,
    );
    expect(nps.all).toBeGreaterThanOrEqual(15);
    expect(nps.all).toBeLessThanOrEqual(45);
    expect(nps.hired).toBeGreaterThan(nps.all);
    expect(nps.answered).toBeLessThan(nps.sent);
  });

  it('moves people through the phases every month and keeps alumni and candidates in touch by newsletter, job alert and shares', async () => {
    const causes = (await dataSource.query(`SELECT DISTINCT cause FROM phase_transitions`)).map((r: { cause: string }) => r.cause);
    expect(causes).toEqual(expect.arrayContaining(['talent_pool_joined', 'referral_hired', 'import', 'start_date_reached', 'offboarded']));
    const movementMonths = await one(
      `SELECT count(DISTINCT date_trunc('month', occurred_at AT TIME ZONE 'Europe/Amsterdam'))::int AS n FROM phase_transitions WHERE cause <> 'created' AND occurred_at >= $1::timestamptz - interval '24 months'`,
      [now],
    );
    expect(movementMonths.n).toBeGreaterThanOrEqual(23);
    expect(
      await dataSource.query(
        `SELECT p.id FROM people p WHERE p.phase <> (SELECT t.to_phase FROM phase_transitions t WHERE t.person_id = p.id ORDER BY t.occurred_at DESC, t.created_at DESC LIMIT 1)`,
      ),
    ).toEqual([]);

    // Boomerangs: besides Petra (ERM demo), two colleagues who left during the story came back, each with an offboarding and a new hire.
    const boomerangs = await one(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM offboardings o WHERE o.person_id = p.id AND o.leaving_date < h.hired_on))::int AS returned
         FROM people p JOIN hires h ON h.person_id = p.id WHERE p.boomerang_at IS NOT NULL AND h.left_on IS NULL`,
    );
    expect(boomerangs).toEqual({ n: 2, returned: 2 });

    const mail = await one(
      `SELECT count(DISTINCT n.id) FILTER (WHERE n.status = 'sent')::int AS sent, count(*) FILTER (WHERE d.status = 'sent')::int AS delivered,
              count(*) FILTER (WHERE d.status = 'failed')::int AS failed, count(d.bounced_at)::int AS bounced, count(d.unsubscribed_at)::int AS unsubscribed
         FROM newsletters n JOIN newsletter_deliveries d ON d.newsletter_id = n.id`,
    );
    expect(mail.sent).toBeGreaterThanOrEqual(20);
    expect(mail.delivered).toBeGreaterThan(200);
    expect(mail.failed).toBeGreaterThan(0);
    expect(mail.bounced).toBeGreaterThan(0);
    expect(mail.unsubscribed).toBeGreaterThan(0);
    expect(mail.failed + mail.unsubscribed).toBeLessThan(mail.delivered / 10);
    // Nobody gets a newsletter without consent at the time, or after unsubscribing.
    const unconsented = await one(
      `SELECT count(*)::int AS n FROM newsletter_deliveries d JOIN consents c ON c.person_id = d.person_id AND c.purpose = 'newsletter'
        WHERE d.created_at < c.given_at OR d.created_at > coalesce(c.withdrawn_at, 'infinity')`,
    );
    expect(unconsented.n).toBe(0);
    // Weekly job-alert digests: one mail per digest, listing the new vacancies of the person's region.
    const alerts = await one(
      `SELECT count(*)::int AS n, count(DISTINCT d.person_id)::int AS people, count(DISTINCT m.id)::int AS mails,
              count(*) FILTER (WHERE m.person_id IS DISTINCT FROM d.person_id OR m.kind <> 'job_alert_digest' OR d.sent_at < v.opened_at)::int AS wrong
         FROM job_alert_deliveries d JOIN vacancies v ON v.id = d.vacancy_id LEFT JOIN mail_messages m ON m.id = d.mail_message_id`,
    );
    expect(alerts.people).toBeGreaterThan(5);
    expect(alerts.n).toBeGreaterThan(alerts.people);
    expect(alerts.mails).toBeGreaterThan(alerts.people);
    expect(alerts.wrong).toBe(0);

    // Participation: employees who referred or shared in the last 12 months, of the active employees.
    const participation = await one(
      `SELECT (SELECT count(DISTINCT u) FROM (SELECT referrer_user_id AS u FROM referrals WHERE created_at >= $1::timestamptz - interval '12 months'
                                              UNION SELECT owner_user_id FROM share_links WHERE created_at >= $1::timestamptz - interval '12 months') x)::float
              / (SELECT count(*) FROM users WHERE status = 'active' AND 'employee' = ANY(roles)) AS share,
              (SELECT count(*) FROM share_links WHERE created_at <= $1)::int AS links, (SELECT coalesce(sum(clicks), 0) FROM share_link_clicks WHERE day <= $1::date)::int AS clicks`,
      [now],
    );
    expect(participation.share).toBeGreaterThan(0.15);
    expect(participation.share).toBeLessThan(0.7);
    expect(participation.clicks).toBeGreaterThan(participation.links);
    // Rewards are paid through payroll exports, recent ones still approved.
    const ledger = (await dataSource.query(`SELECT DISTINCT status FROM reward_ledger`)).map((r: { status: string }) => r.status);
    expect(ledger).toEqual(expect.arrayContaining(['paid', 'approved']));
  });
});
