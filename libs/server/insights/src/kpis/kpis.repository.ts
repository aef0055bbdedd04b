import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrganisationId } from '@kring/server-database';
import type { KpiPeriod } from './kpi-period';

/** One KPI question: organisation, period and the optional filters. Every query leads with the organisation. */
export interface KpiScope {
  organisationId: OrganisationId;
  period: KpiPeriod;
  programmeId: string | null;
  department: string | null;
  /** Amsterdam date of "now": retention never counts an anniversary that has not happened yet. */
  today: string;
}

/**
 * Parameters every KPI query takes, in this order: $1 organisation, $2 from, $3 to (inclusive Amsterdam days),
 * $4 programme id or null, $5 department or null.
 */
const params = (s: KpiScope): unknown[] => [s.organisationId, s.period.from, s.period.to, s.programmeId, s.department];

/** `col` (timestamptz) falls on an Amsterdam day in [$2, $3]; written as a range so the index on (organisation_id, col) is used. */
const within = (col: string) =>
  `(${col} >= ($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam') AND ${col} < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'))`;

/** The programme filter narrows the referral channel only; other channels stay whole as the comparison. */
const programmeOnReferral = (alias: string) => `($4::uuid IS NULL OR ${alias}.channel <> 'referral' OR ${alias}.programme_id = $4::uuid)`;
const departmentOf = (col: string, p = 5) => `($${p}::text IS NULL OR ${col} = $${p}::text)`;
/** A cost bound to a programme is that programme's investment, so it counts for the referral channel whatever its own channel. */
const costChannel = (alias: string) => `CASE WHEN ${alias}.programme_id IS NOT NULL THEN 'referral' ELSE ${alias}.channel END`;
/** Days of the cost period inside [$2, $3] ÷ days of the cost period: the share of the amount that falls in the KPI period. */
const prorated = (alias: string) =>
  `${alias}.amount_cents::numeric * (LEAST(${alias}.period_end, $3::date) - GREATEST(${alias}.period_start, $2::date) + 1) / (${alias}.period_end - ${alias}.period_start + 1)`;

const int = (v: unknown): number => Number(v ?? 0);
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export interface FunnelCounts {
  submitted: number;
  consented: number;
  interview: number;
  offer: number;
  hired: number;
}
export interface ParticipationCounts {
  eligible: number;
  referred: number;
  shared: number;
  participated: number;
}
export interface ChannelCount {
  channel: string;
  n: number;
}
export interface ChannelMedian {
  group: string;
  /** Hires in the group; n of them have an application date. */
  hires: number;
  n: number;
  median: number | null;
}
export interface CostRow {
  channel: string;
  cents: number;
}
export interface OfferRow {
  channel: string;
  made: number;
  decided: number;
  accepted: number;
}
export interface RatingRow {
  channel: string;
  months: number;
  n: number;
  sum: number;
}
export interface RetentionRow {
  horizon: number;
  focus: boolean;
  cohort: string;
  started: number;
  retained: number;
}
export interface SurveyRow {
  outcome: string;
  n: number;
  promoters: number;
  detractors: number;
}
export interface NewsletterRow {
  id: string;
  name: string;
  sent: number;
  failed: number;
  bounced: number;
  unsubscribed: number;
  opened: number;
  clicked: number;
}
export interface JobAlertRow {
  kind: string;
  sent: number;
  failed: number;
  pending: number;
}
export interface ProgrammeRoiRow {
  id: string;
  name: string;
  hires: number;
  rewardCents: number;
  costCents: number;
}

/** The KPI queries. Each answers one period; the service asks twice (period and previous period). */
@Injectable()
export class KpisRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async programmeExists(organisationId: OrganisationId, programmeId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM programmes WHERE organisation_id = $1 AND id = $2`, [organisationId, programmeId]);
    return rows.length === 1;
  }

  async mailTracking(organisationId: OrganisationId): Promise<boolean> {
    const [row] = await this.dataSource.query(`SELECT mail_tracking FROM organisations WHERE id = $1`, [organisationId]);
    return Boolean(row?.mail_tracking);
  }

  /**
   * Referrals submitted in the period (cohort), each counted for every level it reached: 1 submitted, 2 consented,
   * 3 interview, 4 offer, 5 hired. The level is kept per referral by triggers (insights_referral_levels) and counted
   * per submission day, programme, department and level (insights_referral_level_days, migration 1764930000000), so
   * this sums one organisation's daily counters of the period.
   */
  async funnel(s: KpiScope): Promise<FunnelCounts> {
    const [row] = await this.dataSource.query(
      `SELECT coalesce(sum(n), 0) AS submitted, coalesce(sum(n) FILTER (WHERE level >= 2), 0) AS consented,
              coalesce(sum(n) FILTER (WHERE level >= 3), 0) AS interview, coalesce(sum(n) FILTER (WHERE level >= 4), 0) AS offer,
              coalesce(sum(n) FILTER (WHERE level >= 5), 0) AS hired
         FROM insights_referral_level_days d
        WHERE d.organisation_id = $1 AND d.day BETWEEN $2::date AND $3::date
          AND ($4::uuid IS NULL OR d.programme_id = $4::uuid) AND ${departmentOf('d.department')}`,
      params(s),
    );
    return { submitted: int(row.submitted), consented: int(row.consented), interview: int(row.interview), offer: int(row.offer), hired: int(row.hired) };
  }

  /**
   * Eligible referrers: active users (now) with a referring role (employee, alumnus, external referrer), in the
   * department when filtered. Referred: submitted a referral in the period (the days each referrer referred on are kept
   * per programme by triggers in insights_referrer_days: one overlap test per referrer). Shared: created a share link in the
   * period or got clicks on one on a day of the period (share links belong to no programme: a programme filter
   * counts referrals only).
   */
  async participation(s: KpiScope): Promise<ParticipationCounts> {
    const [row] = await this.dataSource.query(
      `WITH eligible AS (
         SELECT u.id FROM users u
          WHERE u.organisation_id = $1 AND u.status = 'active' AND u.roles && ARRAY['employee', 'alumnus', 'external_referrer']::text[]
            AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM people p WHERE p.organisation_id = u.organisation_id AND p.id = u.person_id AND p.department = $5::text))),
       referred AS (
         SELECT DISTINCT d.referrer_user_id AS id FROM insights_referrer_days d
          WHERE d.organisation_id = $1 AND d.days && daterange($2::date, $3::date, '[]') AND ($4::uuid IS NULL OR d.programme_id = $4::uuid)),
       shared AS (
         SELECT l.owner_user_id AS id FROM share_links l WHERE l.organisation_id = $1 AND ${within('l.created_at')} AND $4::uuid IS NULL
         UNION
         SELECT l.owner_user_id FROM share_link_clicks k JOIN share_links l ON l.organisation_id = k.organisation_id AND l.id = k.share_link_id
          WHERE k.organisation_id = $1 AND k.day BETWEEN $2::date AND $3::date AND k.clicks > 0 AND $4::uuid IS NULL)
       SELECT count(*) AS eligible, count(r.id) AS referred, count(x.id) AS shared,
              count(*) FILTER (WHERE r.id IS NOT NULL OR x.id IS NOT NULL) AS participated
         FROM eligible e
         LEFT JOIN referred r ON r.id = e.id
         LEFT JOIN (SELECT DISTINCT id FROM shared) x ON x.id = e.id`,
      params(s),
    );
    return { eligible: int(row.eligible), referred: int(row.referred), shared: int(row.shared), participated: int(row.participated) };
  }

  /** Hires whose hired_on falls in the period, per channel. */
  async hiresPerChannel(s: KpiScope): Promise<ChannelCount[]> {
    const rows = await this.dataSource.query(
      `SELECT h.channel, count(*) AS n FROM hires h
        WHERE h.organisation_id = $1 AND h.hired_on BETWEEN $2::date AND $3::date AND ${departmentOf('h.department')} AND ${programmeOnReferral('h')}
        GROUP BY h.channel`,
      params(s),
    );
    return rows.map((r: Record<string, unknown>) => ({ channel: String(r['channel']), n: int(r['n']) }));
  }

  /** Median days applied_on → hired_on of hires in the period with an application date: per channel, for all other channels together, and for all. */
  async timeToHire(s: KpiScope): Promise<ChannelMedian[]> {
    const rows = await this.dataSource.query(
      `WITH h AS (
         SELECT h.channel, h.applied_on, h.hired_on - h.applied_on AS days FROM hires h
          WHERE h.organisation_id = $1 AND h.hired_on BETWEEN $2::date AND $3::date AND ${departmentOf('h.department')} AND ${programmeOnReferral('h')})
       SELECT grp, count(days) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median, count(*) AS hires FROM (
         SELECT channel AS grp, days FROM h
         UNION ALL SELECT '*other', days FROM h WHERE channel <> 'referral'
         UNION ALL SELECT '*all', days FROM h) x
       GROUP BY grp`,
      params(s),
    );
    return rows.map((r: Record<string, unknown>) => ({ group: String(r['grp']), hires: int(r['hires']), n: int(r['n']), median: int(r['n']) ? num(r['median']) : null }));
  }

  /** Recruitment costs overlapping the period, prorated by days, per (effective) channel; and whether any cost row exists. */
  async costs(s: KpiScope): Promise<{ rows: CostRow[]; any: boolean }> {
    const rows = await this.dataSource.query(
      `SELECT ${costChannel('c')} AS channel, round(sum(${prorated('c')})) AS cents FROM recruitment_costs c
        WHERE c.organisation_id = $1 AND c.period_start <= $3::date AND c.period_end >= $2::date
          AND ($4::uuid IS NULL OR c.programme_id IS NULL AND c.channel <> 'referral' OR c.programme_id = $4::uuid)
        GROUP BY 1`,
      params(s).slice(0, 4),
    );
    return { rows: rows.map((r: Record<string, unknown>) => ({ channel: String(r['channel']), cents: int(r['cents']) })), any: rows.length > 0 };
  }

  /**
   * Referral rewards in money due in the period and not cancelled, in the organisation's currency (points are not
   * money). Filters go through the referral (its programme, its vacancy's department: both kept per referral in
   * insights_referral_levels); without filters the ledger's own index answers alone.
   */
  async rewardMoney(s: KpiScope): Promise<number> {
    const filtered = s.programmeId !== null || s.department !== null;
    const [row] = await this.dataSource.query(
      `SELECT coalesce(sum(l.amount_cents), 0) AS cents FROM reward_ledger l
        ${filtered ? `JOIN insights_referral_levels r ON r.organisation_id = l.organisation_id AND r.referral_id = l.referral_id AND ($4::uuid IS NULL OR r.programme_id = $4::uuid) AND ${departmentOf('r.department')}` : ''}
        WHERE l.organisation_id = $1 AND l.due_on BETWEEN $2::date AND $3::date AND l.status <> 'cancelled'
          AND l.currency = (SELECT currency FROM organisations WHERE id = $1)`,
      filtered ? params(s) : params(s).slice(0, 3),
    );
    return int(row.cents);
  }

  /**
   * Offers per channel: made in the period (made_on) and decided in the period (decided_on), of which accepted. Two
   * index-only range scans (one per date) added up, rather than one scan of either date.
   */
  async offers(s: KpiScope): Promise<OfferRow[]> {
    const rows = await this.dataSource.query(
      `SELECT channel, sum(made) AS made, sum(decided) AS decided, sum(accepted) AS accepted FROM (
         SELECT o.channel, count(*) AS made, 0 AS decided, 0 AS accepted FROM offers o
          WHERE o.organisation_id = $1 AND o.made_on BETWEEN $2::date AND $3::date AND ${departmentOf('o.department')} AND ${programmeOnReferral('o')}
          GROUP BY o.channel
         UNION ALL
         SELECT o.channel, 0, count(*), count(*) FILTER (WHERE o.outcome = 'accepted') FROM offers o
          WHERE o.organisation_id = $1 AND o.decided_on IS NOT NULL AND o.decided_on BETWEEN $2::date AND $3::date
            AND ${departmentOf('o.department')} AND ${programmeOnReferral('o')}
          GROUP BY o.channel) x
        GROUP BY channel`,
      params(s),
    );
    return rows.map((r: Record<string, unknown>) => ({ channel: String(r['channel']), made: int(r['made']), decided: int(r['decided']), accepted: int(r['accepted']) }));
  }

  /** Quality ratings given (rated_at) in the period, per hire channel and moment (6 or 12 months): count and sum. */
  async ratings(s: KpiScope): Promise<RatingRow[]> {
    const rows = await this.dataSource.query(
      `SELECT h.channel, q.months, count(*) AS n, sum(q.rating) AS sum
         FROM quality_ratings q JOIN hires h ON h.organisation_id = q.organisation_id AND h.id = q.hire_id
        WHERE q.organisation_id = $1 AND ${within('q.rated_at')} AND ${departmentOf('h.department')} AND ${programmeOnReferral('h')}
        GROUP BY h.channel, q.months`,
      params(s),
    );
    return rows.map((r: Record<string, unknown>) => ({ channel: String(r['channel']), months: int(r['months']), n: int(r['n']), sum: int(r['sum']) }));
  }

  /**
   * Retention of hires whose 1st or 2nd work anniversary (start_date, else hired_on, + N years) falls in the period
   * and is not later than today: retained when they had not left before that day. focus = referral hire. Only hires
   * that started in [from − 2 years, to − 1 year] can qualify; both branches use an index on that date.
   */
  async hireRetention(s: KpiScope): Promise<RetentionRow[]> {
    const rows = await this.dataSource.query(
      `WITH h AS (
         SELECT h.channel = 'referral' AS focus, h.start_date AS started_on, h.left_on FROM hires h
          WHERE h.organisation_id = $1 AND h.start_date BETWEEN ($2::date - interval '2 years')::date AND ($3::date - interval '1 year')::date
            AND ${departmentOf('h.department')} AND ${programmeOnReferral('h')}
         UNION ALL
         SELECT h.channel = 'referral', h.hired_on, h.left_on FROM hires h
          WHERE h.organisation_id = $1 AND h.start_date IS NULL
            AND h.hired_on BETWEEN ($2::date - interval '2 years')::date AND ($3::date - interval '1 year')::date
            AND ${departmentOf('h.department')} AND ${programmeOnReferral('h')})
       SELECT n.horizon, h.focus, to_char(h.started_on, 'YYYY-"Q"Q') AS cohort, count(*) AS started,
              count(*) FILTER (WHERE h.left_on IS NULL OR h.left_on >= (h.started_on + make_interval(years => n.horizon))::date) AS retained
         FROM h CROSS JOIN (VALUES (1), (2)) AS n(horizon)
        WHERE (h.started_on + make_interval(years => n.horizon))::date BETWEEN $2::date AND LEAST($3::date, $6::date)
        GROUP BY 1, 2, 3`,
      [...params(s), s.today],
    );
    return rows.map(this.retentionRow);
  }

  /**
   * Retention of employees (people with a start date) whose 1st or 2nd anniversary falls in the period, not later than
   * today: left = the first offboarding (not cancelled) on or after the start date. focus = the person had referred
   * someone (in the programme, when filtered) before the anniversary (first submissions kept by a trigger in
   * insights_referrer_firsts).
   */
  async referrerRetention(s: KpiScope): Promise<RetentionRow[]> {
    const rows = await this.dataSource.query(
      `WITH firsts AS (
         SELECT f.referrer_user_id, min(f.first_referral_at) AS first_referral_at FROM insights_referrer_firsts f
          WHERE f.organisation_id = $1 AND ($4::uuid IS NULL OR f.programme_id = $4::uuid)
          GROUP BY f.referrer_user_id),
       p AS (
         SELECT p.id, p.start_date AS started_on, f.first_referral_at
           FROM people p
           LEFT JOIN users u ON u.organisation_id = p.organisation_id AND u.person_id = p.id
           LEFT JOIN firsts f ON f.referrer_user_id = u.id
          WHERE p.organisation_id = $1 AND p.start_date BETWEEN ($2::date - interval '2 years')::date AND ($3::date - interval '1 year')::date
            AND ${departmentOf('p.department')}),
       gone AS (
         SELECT p.id, min(o.leaving_date) AS left_on FROM p
           JOIN offboardings o ON o.organisation_id = $1 AND o.person_id = p.id AND o.status <> 'cancelled' AND o.leaving_date >= p.started_on
          GROUP BY p.id),
       a AS (
         SELECT n.horizon, p.started_on, g.left_on, p.first_referral_at, (p.started_on + make_interval(years => n.horizon))::date AS anniversary
           FROM p LEFT JOIN gone g ON g.id = p.id CROSS JOIN (VALUES (1), (2)) AS n(horizon))
       SELECT horizon, coalesce(first_referral_at < (anniversary::timestamp AT TIME ZONE 'Europe/Amsterdam'), false) AS focus,
              to_char(started_on, 'YYYY-"Q"Q') AS cohort, count(*) AS started,
              count(*) FILTER (WHERE left_on IS NULL OR left_on >= anniversary) AS retained
         FROM a
        WHERE anniversary BETWEEN $2::date AND LEAST($3::date, $6::date)
        GROUP BY 1, 2, 3`,
      [...params(s), s.today],
    );
    return rows.map(this.retentionRow);
  }

  private retentionRow = (r: Record<string, unknown>): RetentionRow => ({
    horizon: int(r['horizon']),
    focus: Boolean(r['focus']),
    cohort: String(r['cohort']),
    started: int(r['started']),
    retained: int(r['retained']),
  });

  /**
   * Candidate-survey answers given in the period, per referral outcome; and surveys sent in the period. Without a
   * department these are index-only scans of the surveys; the department (the referral's vacancy's, kept per referral
   * in insights_referral_levels) is joined only when asked for.
   */
  async surveys(s: KpiScope): Promise<{ rows: SurveyRow[]; sent: number }> {
    const department = s.department === null ? '' : `JOIN insights_referral_levels l ON l.organisation_id = c.organisation_id AND l.referral_id = c.referral_id AND l.department = $5::text`;
    const p = s.department === null ? params(s).slice(0, 4) : params(s);
    const rows = await this.dataSource.query(
      `SELECT c.outcome, count(*) AS n, count(*) FILTER (WHERE c.score >= 9) AS promoters, count(*) FILTER (WHERE c.score <= 6) AS detractors
         FROM candidate_surveys c ${department}
        WHERE c.organisation_id = $1 AND c.answered_at IS NOT NULL AND ${within('c.answered_at')} AND ($4::uuid IS NULL OR c.programme_id = $4::uuid)
        GROUP BY c.outcome`,
      p,
    );
    const [sent] = await this.dataSource.query(
      `SELECT count(*) AS n FROM candidate_surveys c ${department}
        WHERE c.organisation_id = $1 AND ${within('c.sent_at')} AND ($4::uuid IS NULL OR c.programme_id = $4::uuid)`,
      p,
    );
    return {
      rows: rows.map((r: Record<string, unknown>) => ({ outcome: String(r['outcome']), n: int(r['n']), promoters: int(r['promoters']), detractors: int(r['detractors']) })),
      sent: int(sent.n),
    };
  }

  /** People per phase at the end of `day` (from the daily rollup: Σ entered − Σ left up to that day). */
  async phasesAt(organisationId: OrganisationId, day: string): Promise<Map<string, number>> {
    const rows = await this.dataSource.query(
      `SELECT dim AS phase, sum(CASE metric WHEN 'phase_enter' THEN n ELSE -n END) AS n FROM insights_daily_counts
        WHERE organisation_id = $1 AND metric IN ('phase_enter', 'phase_exit') AND day <= $2::date
        GROUP BY dim`,
      [organisationId, day],
    );
    return new Map(rows.map((r: Record<string, unknown>) => [String(r['phase']), int(r['n'])]));
  }

  /** Phase changes per month of the period: how many moved into each phase (a person's first phase counts as entering it). */
  async phaseMovements(s: KpiScope): Promise<Array<{ month: string; phase: string; n: number }>> {
    const rows = await this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM') AS month, dim AS phase, sum(n) AS n FROM insights_daily_counts
        WHERE organisation_id = $1 AND metric = 'phase_enter' AND day BETWEEN $2::date AND $3::date
        GROUP BY 1, 2`,
      params(s).slice(0, 3),
    );
    return rows.map((r: Record<string, unknown>) => ({ month: String(r['month']), phase: String(r['phase']), n: int(r['n']) }));
  }

  /**
   * Newsletter deliveries attempted in the period, per newsletter, from the daily rollup: sent (sent day in the
   * period) and of those bounced, unsubscribed, opened, clicked; failed (failed day in the period). The programme
   * filter keeps that programme's activation mails.
   */
  async newsletters(s: KpiScope): Promise<NewsletterRow[]> {
    const rows = await this.dataSource.query(
      `SELECT n.id, n.name,
              coalesce(sum(c.n) FILTER (WHERE c.metric = 'nl_sent'), 0) AS sent,
              coalesce(sum(c.n) FILTER (WHERE c.metric = 'nl_failed'), 0) AS failed,
              coalesce(sum(c.n) FILTER (WHERE c.metric = 'nl_bounced'), 0) AS bounced,
              coalesce(sum(c.n) FILTER (WHERE c.metric = 'nl_unsubscribed'), 0) AS unsubscribed,
              coalesce(sum(c.n) FILTER (WHERE c.metric = 'nl_opened'), 0) AS opened,
              coalesce(sum(c.n) FILTER (WHERE c.metric = 'nl_clicked'), 0) AS clicked
         FROM insights_daily_counts c JOIN newsletters n ON n.organisation_id = c.organisation_id AND n.id = c.dim::uuid
        WHERE c.organisation_id = $1 AND c.metric IN ('nl_sent', 'nl_failed', 'nl_bounced', 'nl_unsubscribed', 'nl_opened', 'nl_clicked')
          AND c.day BETWEEN $2::date AND $3::date AND ($4::uuid IS NULL OR n.programme_id = $4::uuid)
        GROUP BY n.id, n.name
       HAVING sum(c.n) FILTER (WHERE c.metric IN ('nl_sent', 'nl_failed')) > 0
        ORDER BY n.name, n.id`,
      params(s).slice(0, 4),
    );
    return rows.map((r: Record<string, unknown>) => ({
      id: String(r['id']),
      name: String(r['name']),
      sent: int(r['sent']),
      failed: int(r['failed']),
      bounced: int(r['bounced']),
      unsubscribed: int(r['unsubscribed']),
      opened: int(r['opened']),
      clicked: int(r['clicked']),
    }));
  }

  /**
   * Job-alert mails created (queued) in the period per kind (instant, digest) with their state (from the daily
   * rollup); people who withdrew
   * their job-alert consent in the period; hard bounces recorded in the period for addresses that got a job alert in it.
   */
  async jobAlerts(s: KpiScope): Promise<{ rows: JobAlertRow[]; unsubscribed: number; bounced: number }> {
    const p = params(s).slice(0, 3);
    const rows = await this.dataSource.query(
      `SELECT c.dim AS kind, coalesce(sum(c.n) FILTER (WHERE c.metric = 'ja_sent'), 0) AS sent, coalesce(sum(c.n) FILTER (WHERE c.metric = 'ja_failed'), 0) AS failed,
              coalesce(sum(c.n) FILTER (WHERE c.metric = 'ja_pending'), 0) AS pending
         FROM insights_daily_counts c
        WHERE c.organisation_id = $1 AND c.metric IN ('ja_sent', 'ja_failed', 'ja_pending') AND c.day BETWEEN $2::date AND $3::date
        GROUP BY c.dim`,
      p,
    );
    const [unsubscribed] = await this.dataSource.query(
      `SELECT count(DISTINCT e.person_id) AS n FROM consent_events e
        WHERE e.organisation_id = $1 AND e.purpose = 'job_alerts' AND e.status = 'withdrawn' AND ${within('e.occurred_at')}`,
      p,
    );
    const [bounced] = await this.dataSource.query(
      `SELECT count(*) AS n FROM mail_suppressions x
        WHERE x.organisation_id = $1 AND x.reason = 'hard_bounce' AND ${within('x.created_at')}
          AND EXISTS (SELECT 1 FROM mail_messages m WHERE m.organisation_id = $1 AND m.to_address = x.email
                         AND m.kind IN ('job_alert_instant', 'job_alert_digest') AND ${within('m.created_at')})`,
      p,
    );
    return {
      rows: rows.map((r: Record<string, unknown>) => ({ kind: String(r['kind']), sent: int(r['sent']), failed: int(r['failed']), pending: int(r['pending']) })),
      unsubscribed: int(unsubscribed.n),
      bounced: int(bounced.n),
    };
  }

  async jobAlertSubscriptions(organisationId: OrganisationId): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*) AS n FROM job_alert_subscriptions WHERE organisation_id = $1`, [organisationId]);
    return int(row.n);
  }

  /**
   * Per programme (or the filtered one): its referral hires in the period, its reward money due in the period (not
   * cancelled; the referral's programme), and the costs bound to it overlapping the period (prorated).
   */
  async programmeInvestments(s: KpiScope): Promise<ProgrammeRoiRow[]> {
    const rows = await this.dataSource.query(
      `WITH hired AS (
         SELECT h.programme_id, count(*) AS n FROM hires h
          WHERE h.organisation_id = $1 AND h.hired_on BETWEEN $2::date AND $3::date AND h.channel = 'referral' AND ${departmentOf('h.department')}
          GROUP BY 1),
       rewarded AS (
         SELECT r.programme_id, sum(l.amount_cents) AS cents FROM reward_ledger l
           JOIN insights_referral_levels r ON r.organisation_id = l.organisation_id AND r.referral_id = l.referral_id
          WHERE l.organisation_id = $1 AND l.due_on BETWEEN $2::date AND $3::date AND l.status <> 'cancelled'
            AND l.currency = (SELECT currency FROM organisations WHERE id = $1) AND ${departmentOf('r.department')}
          GROUP BY 1),
       spent AS (
         SELECT c.programme_id, round(sum(${prorated('c')})) AS cents FROM recruitment_costs c
          WHERE c.organisation_id = $1 AND c.programme_id IS NOT NULL AND c.period_start <= $3::date AND c.period_end >= $2::date
          GROUP BY 1)
       SELECT g.id, g.name, coalesce(hired.n, 0) AS hires, coalesce(rewarded.cents, 0) AS reward_cents, coalesce(spent.cents, 0) AS cost_cents
         FROM programmes g
         LEFT JOIN hired ON hired.programme_id = g.id
         LEFT JOIN rewarded ON rewarded.programme_id = g.id
         LEFT JOIN spent ON spent.programme_id = g.id
        WHERE g.organisation_id = $1 AND ($4::uuid IS NULL OR g.id = $4::uuid)
        ORDER BY g.name, g.id`,
      params(s),
    );
    return rows.map((r: Record<string, unknown>) => ({
      id: String(r['id']),
      name: String(r['name']),
      hires: int(r['hires']),
      rewardCents: int(r['reward_cents']),
      costCents: int(r['cost_cents']),
    }));
  }

  /** Hires and unbound costs (prorated) of every channel except referral: the baseline a referral hire is compared with. */
  async otherChannels(s: KpiScope): Promise<{ hires: number; costCents: number; anyCost: boolean }> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM hires h WHERE h.organisation_id = $1 AND h.channel <> 'referral'
                 AND h.hired_on BETWEEN $2::date AND $3::date AND ${departmentOf('h.department', 4)}) AS hires,
              (SELECT round(sum(${prorated('c')})) FROM recruitment_costs c
                WHERE c.organisation_id = $1 AND c.programme_id IS NULL AND c.channel <> 'referral'
                  AND c.period_start <= $3::date AND c.period_end >= $2::date) AS cost_cents`,
      [s.organisationId, s.period.from, s.period.to, s.department],
    );
    return { hires: int(row.hires), costCents: int(row.cost_cents), anyCost: row.cost_cents !== null };
  }
}
