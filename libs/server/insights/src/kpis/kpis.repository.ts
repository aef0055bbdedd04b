import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrganisationId } from '@kring/server-database';
import { addDays, addMonths, type KpiPeriod } from './kpi-period';

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

/** A missing programme in insights_kpi_counts (migration 1764950000000) is the nil uuid. */
const NIL = '00000000-0000-0000-0000-000000000000';

/**
 * [from, to] as whole months [m1, m2) (exclusive end; first days of months) and the days at its edges:
 * [from, m1) and [m2, to]. Without a whole month: m1 = m2 = to + 1 (all days).
 */
export function monthSlices(from: string, to: string): { m1: string; m2: string } {
  const m1 = from.endsWith('-01') ? from : addMonths(`${from.slice(0, 7)}-01`, 1);
  const after = addDays(to, 1);
  const m2 = `${after.slice(0, 7)}-01`;
  return m1 < m2 ? { m1, m2 } : { m1: after, m2: after };
}

/**
 * The counters of `metrics` of organisation $1 on the days [$from, $to]: month counters (grain 'm') of the whole
 * months [$m1, $m2) and day counters (grain 'd') of the days before and after them; three index-only range scans.
 */
const slices = (metrics: string[], m1: number, m2: number, from = 2, to = 3, table = 'insights_kpi_counts', cols = '*', extra = '') => {
  // No metrics: a table without a metric column (the participation bitmaps).
  const metric = metrics.length ? ` AND metric IN (${metrics.map((m) => `'${m}'`).join(', ')})` : '';
  const of = `FROM ${table} WHERE organisation_id = $1${metric}${extra}`;
  return `(SELECT ${cols} ${of} AND grain = 'm' AND day >= $${m1}::date AND day < $${m2}::date
           UNION ALL SELECT ${cols} ${of} AND grain = 'd' AND day >= $${from}::date AND day < $${m1}::date
           UNION ALL SELECT ${cols} ${of} AND grain = 'd' AND day >= $${m2}::date AND day <= $${to}::date)`;
};
/** params(s) followed by the whole months of the period: $6 m1, $7 m2 (see monthSlices). */
const sliced = (s: KpiScope): unknown[] => {
  const { m1, m2 } = monthSlices(s.period.from, s.period.to);
  return [...params(s), m1, m2];
};

/**
 * Counters of `metric` for people or hires whose Nth anniversary of their start day (the counter's day) falls in
 * [$2, end] with end = min(period end, today), for N = 1 and 2: columns horizon + the counter's. Start days of whole
 * anniversary months are read as month counters; the days around the edges (a few days' margin for 29 February) as
 * day counters with the exact test. Appends its parameters to `p`; null when no anniversary can fall in the window.
 */
function anniversaries(metric: string, s: KpiScope, p: unknown[]): string | null {
  const end = s.today < s.period.to ? s.today : s.period.to;
  if (end < s.period.from) return null;
  const { m1, m2 } = monthSlices(s.period.from, end);
  const at = (v: unknown) => `$${p.push(v)}`;
  const endParam = `LEAST($3::date, ${at(s.today)}::date)`;
  return [1, 2]
    .map((n) => {
      const back = (iso: string) => addMonths(iso, -12 * n);
      const of = `FROM insights_kpi_counts c WHERE c.organisation_id = $1 AND c.metric = '${metric}'`;
      const months = `SELECT ${n} AS horizon, c.* ${of} AND c.grain = 'm' AND c.day >= ${at(back(m1))}::date AND c.day < ${at(back(m2))}::date`;
      const exact = `(c.day + interval '${n} years')::date BETWEEN $2::date AND ${endParam}`;
      const head = `SELECT ${n}, c.* ${of} AND c.grain = 'd' AND c.day >= ${at(addDays(back(s.period.from), -3))}::date AND c.day < ${at(back(m1))}::date AND ${exact}`;
      const tail = `SELECT ${n}, c.* ${of} AND c.grain = 'd' AND c.day >= ${at(back(m2))}::date AND c.day <= ${at(addDays(back(end), 3))}::date AND ${exact}`;
      return `${months} UNION ALL ${head} UNION ALL ${tail}`;
    })
    .join(' UNION ALL ');
}

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

/** The KPI queries. Each answers one period; the service asks twice (period and previous period), participation once for both. */
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
   * per submission day or month, programme, department and level (counters 'referral_level', not 'match' referrals).
   */
  async funnel(s: KpiScope): Promise<FunnelCounts> {
    const [row] = await this.dataSource.query(
      `SELECT coalesce(sum(n), 0) AS submitted, coalesce(sum(n) FILTER (WHERE bucket >= 2), 0) AS consented,
              coalesce(sum(n) FILTER (WHERE bucket >= 3), 0) AS interview, coalesce(sum(n) FILTER (WHERE bucket >= 4), 0) AS offer,
              coalesce(sum(n) FILTER (WHERE bucket >= 5), 0) AS hired
         FROM ${slices(['referral_level'], 6, 7)} d
        WHERE ($4::uuid IS NULL OR d.programme_id = $4::uuid) AND ${departmentOf('d.department')}`,
      sliced(s),
    );
    return { submitted: int(row.submitted), consented: int(row.consented), interview: int(row.interview), offer: int(row.offer), hired: int(row.hired) };
  }

  /**
   * Eligible referrers: active users (now) with a referring role (employee, alumnus, external referrer), in the
   * department when filtered. Referred: submitted a referral in the period (in the programme, when filtered; not
   * 'match' referrals). Shared: created a share link in the period or got clicks on one on a day of the period (share
   * links belong to no programme: a programme filter counts referrals only). One row per user in
   * insights_participants (programme nil: eligibility, department, referral days of every programme and share days
   * as multiranges; per programme: its referral days), so this is one scan of the organisation's rows with overlap
   * tests, no joins.
   */
  async participation(s: KpiScope): Promise<ParticipationCounts> {
    const period = `daterange($2::date, $3::date, '[]')`;
    const mine = `t.programme_id = coalesce($4::uuid, '${NIL}'::uuid)`;
    const shared = `($4::uuid IS NULL AND t.shared && ${period})`;
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE t.programme_id = '${NIL}'::uuid) AS eligible,
              count(*) FILTER (WHERE ${mine} AND t.days && ${period}) AS referred,
              count(*) FILTER (WHERE t.programme_id = '${NIL}'::uuid AND ${shared}) AS shared,
              count(*) FILTER (WHERE ${mine} AND (t.days && ${period} OR ${shared})) AS participated
         FROM insights_participants t
        WHERE t.organisation_id = $1 AND t.programme_id IN ('${NIL}'::uuid, coalesce($4::uuid, '${NIL}'::uuid)) AND t.eligible AND ${departmentOf('t.department')}`,
      params(s),
    );
    return { eligible: int(row.eligible), referred: int(row.referred), shared: int(row.shared), participated: int(row.participated) };
  }

  /**
   * participation for two periods (`now`, `before`; same organisation and filters) in one statement, from the bitmaps of
   * migration 1765000000000: per period the OR of its whole months and edge days of insights_participation_days (kind
   * 'r' referred, 's' shared; the programme's bitmaps when filtered, and then no share days), ANDed with the mask of
   * the users eligible now (the department's when filtered), counted with bit_count. Same numbers as `participation`
   * (kpi-rollups.int-spec.ts and bench/dashboard/check-exact.ts compare them); the work grows with the bitmaps' length
   * (one bit per user) times ~12 months + edge days, not with the number of rows per user.
   */
  async participationPair(now: KpiScope, before: KpiScope): Promise<[ParticipationCounts, ParticipationCounts]> {
    const a = monthSlices(now.period.from, now.period.to);
    const b = monthSlices(before.period.from, before.period.to);
    // Whole months [m1, m2) as month bitmaps, the days before and after them as day bitmaps (see monthSlices).
    const mine = ` AND programme_id = coalesce($4::uuid, '${NIL}'::uuid) AND kind = ANY(CASE WHEN $4::uuid IS NULL THEN ARRAY['r', 's'] ELSE ARRAY['r'] END)`;
    const period = (p: number, from: number, to: number, m1: number, m2: number) =>
      slices([], m1, m2, from, to, 'insights_participation_days', `${p} AS p, kind, bits`, mine);
    const rows = await this.dataSource.query(
      `WITH len AS (SELECT coalesce((SELECT next FROM insights_participant_number_next WHERE organisation_id = $1), 0) AS n),
       mask AS (
         SELECT insights_bits_pad(m.bits, len.n) AS bits FROM insights_participation_masks m, len
          WHERE m.organisation_id = $1 AND m.per_department = ($5::text IS NOT NULL) AND m.department = coalesce($5::text, '')),
       agg AS (
         SELECT x.p, bit_or(insights_bits_pad(x.bits, len.n)) FILTER (WHERE x.kind = 'r') AS r,
                bit_or(insights_bits_pad(x.bits, len.n)) FILTER (WHERE x.kind = 's') AS s
           FROM (${period(1, 2, 3, 6, 7)} UNION ALL ${period(2, 8, 9, 10, 11)}) x, len
          GROUP BY x.p),
       zero AS (SELECT repeat('0', len.n)::bit varying AS bits FROM len)
       SELECT ps.p, coalesce(bit_count(m.bits), 0) AS eligible,
              coalesce(bit_count(a.r & m.bits), 0) AS referred, coalesce(bit_count(a.s & m.bits), 0) AS shared,
              coalesce(bit_count((coalesce(a.r, z.bits) | coalesce(a.s, z.bits)) & m.bits), 0) AS participated
         FROM (VALUES (1), (2)) AS ps(p) CROSS JOIN zero z LEFT JOIN mask m ON true LEFT JOIN agg a ON a.p = ps.p
        ORDER BY ps.p`,
      [...params(now), a.m1, a.m2, before.period.from, before.period.to, b.m1, b.m2],
    );
    const counts = (row: Record<string, unknown>): ParticipationCounts => ({
      eligible: int(row['eligible']),
      referred: int(row['referred']),
      shared: int(row['shared']),
      participated: int(row['participated']),
    });
    return [counts(rows[0]), counts(rows[1])];
  }

  /** Hires whose hired_on falls in the period, per channel (counters 'hire'). */
  async hiresPerChannel(s: KpiScope): Promise<ChannelCount[]> {
    const rows = await this.dataSource.query(
      `SELECT c.channel, sum(c.n) AS n FROM ${slices(['hire'], 6, 7)} c
        WHERE ${departmentOf('c.department')} AND ${programmeOnReferral('c')}
        GROUP BY c.channel`,
      sliced(s),
    );
    return rows.map((r: Record<string, unknown>) => ({ channel: String(r['channel']), n: int(r['n']) }));
  }

  /**
   * Median days applied_on → hired_on of hires in the period with an application date: per channel, for all other
   * channels together, and for all. Counters 'hire' count the hires; counters 'hire_days' hold the days of each hire
   * with an application date as their bucket, so each group is a histogram whose median is exactly
   * percentile_cont(0.5): the mean of the values at the 0-based positions ⌊(n−1)/2⌋ and ⌈(n−1)/2⌉ of the sorted days.
   */
  async timeToHire(s: KpiScope): Promise<ChannelMedian[]> {
    // Every channel the programme filter does not narrow is read from the totals over all programmes (all departments
    // or the one filtered on: insights_hire_totals, migration 1764990000000); the referral channel of a programme from
    // the full counters.
    const cols = 'metric, channel, bucket, n';
    const metrics = ['hire', 'hire_days'];
    const department = s.department === null ? ` AND NOT per_department AND department = ''` : ` AND per_department AND department = $5::text`;
    const totals = slices(metrics, 6, 7, 2, 3, 'insights_hire_totals', cols, department + (s.programmeId === null ? '' : ` AND channel <> 'referral'`));
    const source =
      s.programmeId === null
        ? totals
        : `(${totals} UNION ALL ${slices(metrics, 6, 7, 2, 3, 'insights_kpi_counts', cols, ` AND channel = 'referral' AND programme_id = $4::uuid AND ${departmentOf('department')}`)})`;
    const rows = await this.dataSource.query(
      `WITH types AS (SELECT $4::uuid AS programme_id, $5::text AS department),
       x AS (
         SELECT c.metric, c.channel, c.bucket, sum(c.n) AS n FROM ${source} c
          GROUP BY 1, 2, 3),
       g AS (
         SELECT metric, grp, bucket, sum(n) AS n FROM (
           SELECT metric, channel AS grp, bucket, n FROM x
           UNION ALL SELECT metric, '*other', bucket, n FROM x WHERE channel <> 'referral'
           UNION ALL SELECT metric, '*all', bucket, n FROM x) y
          GROUP BY 1, 2, 3),
       d AS (
         SELECT grp, bucket AS days, n, sum(n) OVER (PARTITION BY grp ORDER BY bucket) - n AS below, sum(n) OVER (PARTITION BY grp) AS dated
           FROM g WHERE metric = 'hire_days'),
       -- MATERIALIZED: computed once (the planner estimates one row for g and would re-run the windows per group).
       m AS MATERIALIZED (
         SELECT grp, max(dated) AS dated,
                (min(days) FILTER (WHERE floor((dated - 1) / 2.0) >= below AND floor((dated - 1) / 2.0) < below + n)
                 + min(days) FILTER (WHERE ceil((dated - 1) / 2.0) >= below AND ceil((dated - 1) / 2.0) < below + n)) / 2.0 AS median
           FROM d GROUP BY grp)
       SELECT t.grp, t.hires, coalesce(m.dated, 0) AS n, m.median FROM (SELECT grp, sum(n) AS hires FROM g WHERE metric = 'hire' GROUP BY grp) t
         LEFT JOIN m ON m.grp = t.grp`,
      sliced(s),
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
   * money), not of 'match' referrals (counters 'reward': channel = currency; programme and department of the referral
   * as kept in insights_referral_levels).
   */
  async rewardMoney(s: KpiScope): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT coalesce(sum(c.amount), 0) AS cents FROM ${slices(['reward'], 6, 7)} c
        WHERE c.channel = (SELECT currency FROM organisations WHERE id = $1) AND ($4::uuid IS NULL OR c.programme_id = $4::uuid) AND ${departmentOf('c.department')}`,
      sliced(s),
    );
    return int(row.cents);
  }

  /** Offers per channel: made in the period (made_on) and decided in the period (decided_on), of which accepted (counters). */
  async offers(s: KpiScope): Promise<OfferRow[]> {
    const rows = await this.dataSource.query(
      `SELECT c.channel, coalesce(sum(c.n) FILTER (WHERE c.metric = 'offer_made'), 0) AS made,
              coalesce(sum(c.n) FILTER (WHERE c.metric = 'offer_decided'), 0) AS decided,
              coalesce(sum(c.n) FILTER (WHERE c.metric = 'offer_decided' AND c.bucket = 1), 0) AS accepted
         FROM ${slices(['offer_made', 'offer_decided'], 6, 7)} c
        WHERE ${departmentOf('c.department')} AND ${programmeOnReferral('c')}
        GROUP BY c.channel`,
      sliced(s),
    );
    return rows.map((r: Record<string, unknown>) => ({ channel: String(r['channel']), made: int(r['made']), decided: int(r['decided']), accepted: int(r['accepted']) }));
  }

  /** Quality ratings given (rated_at) in the period, per hire channel and moment (6 or 12 months): count and sum (counters 'rating'). */
  async ratings(s: KpiScope): Promise<RatingRow[]> {
    const rows = await this.dataSource.query(
      `SELECT c.channel, c.bucket AS months, sum(c.n) AS n, sum(c.amount) AS sum FROM ${slices(['rating'], 6, 7)} c
        WHERE ${departmentOf('c.department')} AND ${programmeOnReferral('c')}
        GROUP BY 1, 2`,
      sliced(s),
    );
    return rows.map((r: Record<string, unknown>) => ({ channel: String(r['channel']), months: int(r['months']), n: int(r['n']), sum: int(r['sum']) }));
  }

  /**
   * Retention of hires whose 1st or 2nd work anniversary (start_date, else hired_on, + N years) falls in the period
   * and is not later than today: retained when they had not left before that day. focus = referral hire. Counters
   * 'hire_start' per start day with the leaving bucket (0 left before the 1st anniversary, 1 before the 2nd, 2 not):
   * retained at N years = bucket ≥ N.
   */
  async hireRetention(s: KpiScope): Promise<RetentionRow[]> {
    const p = params(s);
    const rows$ = anniversaries('hire_start', s, p);
    if (rows$ === null) return [];
    const rows = await this.dataSource.query(
      `SELECT c.horizon, c.channel = 'referral' AS focus, to_char(c.day, 'YYYY-"Q"Q') AS cohort, sum(c.n) AS started,
              coalesce(sum(c.n) FILTER (WHERE c.bucket >= c.horizon), 0) AS retained
         FROM (${rows$}) c
        WHERE ${departmentOf('c.department')} AND ${programmeOnReferral('c')}
        GROUP BY 1, 2, 3`,
      p,
    );
    return rows.map(this.retentionRow);
  }

  /**
   * Retention of employees (people with a start date) whose 1st or 2nd anniversary falls in the period, not later than
   * today: left = the first offboarding (not cancelled) on or after the start date. focus = the person had referred
   * someone (in the programme, when filtered) before the anniversary. Counters 'tenure' per start day and department,
   * bucket = 10 × leaving bucket + referral bucket (0 first referral before the 1st anniversary, 1 before the 2nd,
   * 2 not); programme nil counts everyone with their first referral in any programme, programme P only those who
   * referred in P (the others are not focus when filtered on P: everyone − P's focus).
   */
  async referrerRetention(s: KpiScope): Promise<RetentionRow[]> {
    const p = params(s);
    const rows$ = anniversaries('tenure', s, p);
    if (rows$ === null) return [];
    const retained = 'c.bucket / 10 >= c.horizon';
    const focus = 'c.bucket % 10 < c.horizon';
    const rows = await this.dataSource.query(
      `WITH c AS (SELECT * FROM (${rows$}) c WHERE ${departmentOf('c.department')} AND (c.programme_id = '${NIL}'::uuid OR c.programme_id = $4::uuid))
       SELECT horizon, focus, cohort, sum(started) AS started, sum(retained) AS retained FROM (
         SELECT c.horizon, CASE WHEN $4::uuid IS NULL THEN ${focus} ELSE false END AS focus, to_char(c.day, 'YYYY-"Q"Q') AS cohort,
                c.n AS started, CASE WHEN ${retained} THEN c.n ELSE 0 END AS retained
           FROM c WHERE c.programme_id = '${NIL}'::uuid
         UNION ALL
         SELECT c.horizon, f.focus, to_char(c.day, 'YYYY-"Q"Q'), f.sign * c.n, CASE WHEN ${retained} THEN f.sign * c.n ELSE 0 END
           FROM c CROSS JOIN (VALUES (true, 1), (false, -1)) AS f(focus, sign)
          WHERE $4::uuid IS NOT NULL AND c.programme_id = $4::uuid AND ${focus}) x
        GROUP BY 1, 2, 3
       HAVING sum(started) > 0`,
      p,
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
   * Candidate-survey answers given in the period, per referral outcome (counters 'survey_answered': channel =
   * outcome, bucket = 0 detractor, 1 passive, 2 promoter); and surveys sent in the period (counters 'survey_sent').
   * The department is the referral's vacancy's, as kept in insights_referral_levels. 'match' referrals count here
   * (candidate experience).
   */
  async surveys(s: KpiScope): Promise<{ rows: SurveyRow[]; sent: number }> {
    const rows = await this.dataSource.query(
      `SELECT c.metric, c.channel AS outcome, sum(c.n) AS n, coalesce(sum(c.n) FILTER (WHERE c.bucket = 2), 0) AS promoters,
              coalesce(sum(c.n) FILTER (WHERE c.bucket = 0), 0) AS detractors
         FROM ${slices(['survey_answered', 'survey_sent'], 6, 7)} c
        WHERE ($4::uuid IS NULL OR c.programme_id = $4::uuid) AND ${departmentOf('c.department')}
        GROUP BY 1, 2`,
      sliced(s),
    );
    const answered = rows.filter((r: Record<string, unknown>) => r['metric'] === 'survey_answered');
    return {
      rows: answered.map((r: Record<string, unknown>) => ({ outcome: String(r['outcome']), n: int(r['n']), promoters: int(r['promoters']), detractors: int(r['detractors']) })),
      sent: int(rows.find((r: Record<string, unknown>) => r['metric'] === 'survey_sent')?.['n']),
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
   * cancelled; the referral's programme; not of 'match' referrals), and the costs bound to it overlapping the period (prorated).
   */
  async programmeInvestments(s: KpiScope): Promise<ProgrammeRoiRow[]> {
    const rows = await this.dataSource.query(
      `WITH hired AS (
         SELECT c.programme_id, sum(c.n) AS n FROM ${slices(['hire'], 6, 7)} c
          WHERE c.channel = 'referral' AND ${departmentOf('c.department')}
          GROUP BY 1),
       rewarded AS (
         SELECT c.programme_id, sum(c.amount) AS cents FROM ${slices(['reward'], 6, 7)} c
          WHERE c.channel = (SELECT currency FROM organisations WHERE id = $1) AND ${departmentOf('c.department')}
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
      sliced(s),
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
    const { m1, m2 } = monthSlices(s.period.from, s.period.to);
    const [row] = await this.dataSource.query(
      `SELECT (SELECT coalesce(sum(c.n), 0) FROM ${slices(['hire'], 5, 6)} c WHERE c.channel <> 'referral' AND ${departmentOf('c.department', 4)}) AS hires,
              (SELECT round(sum(${prorated('c')})) FROM recruitment_costs c
                WHERE c.organisation_id = $1 AND c.programme_id IS NULL AND c.channel <> 'referral'
                  AND c.period_start <= $3::date AND c.period_end >= $2::date) AS cost_cents`,
      [s.organisationId, s.period.from, s.period.to, s.department, m1, m2],
    );
    return { hires: int(row.hires), costCents: int(row.cost_cents), anyCost: row.cost_cents !== null };
  }
}
