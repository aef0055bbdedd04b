/**
 * Recounts of the KPI counters (insights_kpi_counts, insights_person_tenure; migration 1764950000000) from their
 * source tables, for one organisation ($1), written from the KPI definitions (docs/developer/insights-kpis.md) rather
 * than copied from the triggers. The rollup integration test and the dashboard benchmark's rollup check compare the
 * stored rows with these (both ways, EXCEPT ALL).
 *
 * Columns: organisation_id, metric, grain ('d' the day, 'm' its month), day, channel, programme_id, department, bucket, n, amount.
 */
const NIL = `'00000000-0000-0000-0000-000000000000'::uuid`;
const amsterdam = (col: string) => `(${col} AT TIME ZONE 'Europe/Amsterdam')::date`;
/** Years after `start` as a date (Feb 29 + 1 year = Feb 28, as PostgreSQL's interval arithmetic). */
const anniversary = (start: string, years: number) => `(${start} + make_interval(years => ${years}))::date`;
const leaving = (start: string, left: string) =>
  `CASE WHEN ${left} IS NOT NULL AND ${left} < ${anniversary(start, 1)} THEN 0 WHEN ${left} IS NOT NULL AND ${left} < ${anniversary(start, 2)} THEN 1 ELSE 2 END`;
const firstReferral = (start: string, first: string) =>
  `CASE WHEN ${first} < (${anniversary(start, 1)}::timestamp AT TIME ZONE 'Europe/Amsterdam') THEN 0
        WHEN ${first} < (${anniversary(start, 2)}::timestamp AT TIME ZONE 'Europe/Amsterdam') THEN 1 ELSE 2 END`;

/** insights_person_tenure for organisation $1: organisation_id, person_id, programme_id (nil = all), start_date, department, bucket. */
export const PERSON_TENURE_RECOUNT_SQL = `
  SELECT p.organisation_id, p.id AS person_id, g.programme_id, p.start_date, coalesce(p.department, '') AS department,
         10 * (${leaving('p.start_date', 'gone.left_on')}) + (${firstReferral('p.start_date', 'g.first_at')}) AS bucket
    FROM people p
    LEFT JOIN users u ON u.organisation_id = p.organisation_id AND u.person_id = p.id
    LEFT JOIN LATERAL (
      SELECT min(o.leaving_date) AS left_on FROM offboardings o
       WHERE o.organisation_id = p.organisation_id AND o.person_id = p.id AND o.status <> 'cancelled' AND o.leaving_date >= p.start_date) gone ON true
    CROSS JOIN LATERAL (
      SELECT ${NIL} AS programme_id, (SELECT min(f.first_referral_at) FROM insights_referrer_firsts f
                                       WHERE f.organisation_id = p.organisation_id AND f.referrer_user_id = u.id) AS first_at
      UNION ALL
      SELECT f.programme_id, f.first_referral_at FROM insights_referrer_firsts f
       WHERE f.organisation_id = p.organisation_id AND f.referrer_user_id = u.id) g
   WHERE p.organisation_id = $1 AND p.start_date IS NOT NULL`;

/** Every metric of insights_kpi_counts for organisation $1, grouped like the counters (tenure recounted too, not read from insights_person_tenure). */
export const KPI_COUNTS_RECOUNT_SQL = `
  SELECT x.organisation_id, x.metric, g.grain, CASE WHEN g.grain = 'd' THEN x.day ELSE date_trunc('month', x.day::timestamp)::date END AS day,
         x.channel, x.programme_id, x.department, x.bucket, count(*)::bigint AS n, coalesce(sum(x.amount), 0)::bigint AS amount FROM (
    SELECT l.organisation_id, 'referral_level' AS metric, l.submitted_on AS day, '' AS channel, l.programme_id, coalesce(l.department, '') AS department,
           l.level::int AS bucket, 0 AS amount
      FROM insights_referral_levels l WHERE l.organisation_id = $1 AND NOT l.is_match
    UNION ALL
    SELECT h.organisation_id, 'hire', h.hired_on, h.channel, coalesce(h.programme_id, ${NIL}), coalesce(h.department, ''), 0, 0
      FROM hires h WHERE h.organisation_id = $1
    UNION ALL
    SELECT h.organisation_id, 'hire_days', h.hired_on, h.channel, coalesce(h.programme_id, ${NIL}), coalesce(h.department, ''), h.hired_on - h.applied_on, 0
      FROM hires h WHERE h.organisation_id = $1 AND h.applied_on IS NOT NULL
    UNION ALL
    SELECT h.organisation_id, 'hire_start', coalesce(h.start_date, h.hired_on), h.channel, coalesce(h.programme_id, ${NIL}), coalesce(h.department, ''),
           ${leaving('coalesce(h.start_date, h.hired_on)', 'h.left_on')}, 0
      FROM hires h WHERE h.organisation_id = $1
    UNION ALL
    SELECT o.organisation_id, 'offer_made', o.made_on, o.channel, coalesce(o.programme_id, ${NIL}), coalesce(o.department, ''), 0, 0
      FROM offers o WHERE o.organisation_id = $1
    UNION ALL
    SELECT o.organisation_id, 'offer_decided', o.decided_on, o.channel, coalesce(o.programme_id, ${NIL}), coalesce(o.department, ''), (o.outcome = 'accepted')::int, 0
      FROM offers o WHERE o.organisation_id = $1 AND o.decided_on IS NOT NULL
    UNION ALL
    SELECT q.organisation_id, 'rating', ${amsterdam('q.rated_at')}, h.channel, coalesce(h.programme_id, ${NIL}), coalesce(h.department, ''), q.months, q.rating
      FROM quality_ratings q JOIN hires h ON h.organisation_id = q.organisation_id AND h.id = q.hire_id WHERE q.organisation_id = $1
    UNION ALL
    SELECT c.organisation_id, 'survey_sent', ${amsterdam('c.sent_at')}, '', coalesce(c.programme_id, ${NIL}),
           coalesce((SELECT l.department FROM insights_referral_levels l WHERE l.organisation_id = c.organisation_id AND l.referral_id = c.referral_id), ''), 0, 0
      FROM candidate_surveys c WHERE c.organisation_id = $1
    UNION ALL
    SELECT c.organisation_id, 'survey_answered', ${amsterdam('c.answered_at')}, c.outcome, coalesce(c.programme_id, ${NIL}),
           coalesce((SELECT l.department FROM insights_referral_levels l WHERE l.organisation_id = c.organisation_id AND l.referral_id = c.referral_id), ''),
           CASE WHEN c.score <= 6 THEN 0 WHEN c.score <= 8 THEN 1 ELSE 2 END, 0
      FROM candidate_surveys c WHERE c.organisation_id = $1 AND c.answered_at IS NOT NULL
    UNION ALL
    SELECT r.organisation_id, 'reward', r.due_on, r.currency, coalesce(l.programme_id, ${NIL}), coalesce(l.department, ''), 0, r.amount_cents
      FROM reward_ledger r LEFT JOIN insights_referral_levels l ON l.organisation_id = r.organisation_id AND l.referral_id = r.referral_id
     WHERE r.organisation_id = $1 AND r.status <> 'cancelled' AND NOT coalesce(l.is_match, false)
    UNION ALL
    SELECT t.organisation_id, 'tenure', t.start_date, '', t.programme_id, t.department, t.bucket, 0
      FROM (${PERSON_TENURE_RECOUNT_SQL}) t
  ) x CROSS JOIN (VALUES ('d'), ('m')) AS g(grain)
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;

/**
 * insights_participants for organisation $1, from users, people, referrals (not 'match'), share links and clicks:
 * organisation_id, user_id, programme_id (nil = all), department, eligible, days, shared.
 */
export const PARTICIPANTS_RECOUNT_SQL = `
  SELECT u.organisation_id, u.id AS user_id, g.programme_id, coalesce(p.department, '') AS department,
         u.status = 'active' AND u.roles && ARRAY['employee', 'alumnus', 'external_referrer']::text[] AS eligible, g.days, g.shared
    FROM users u
    LEFT JOIN people p ON p.organisation_id = u.organisation_id AND p.id = u.person_id
    CROSS JOIN LATERAL (
      SELECT ${NIL} AS programme_id,
             coalesce((SELECT range_agg(daterange(${amsterdam('r.created_at')}, ${amsterdam('r.created_at')}, '[]')) FROM referrals r
                        WHERE r.organisation_id = u.organisation_id AND r.referrer_user_id = u.id AND r.source <> 'match'), '{}'::datemultirange) AS days,
             coalesce((SELECT range_agg(d) FROM (
                         SELECT daterange(${amsterdam('l.created_at')}, ${amsterdam('l.created_at')}, '[]') AS d FROM share_links l
                          WHERE l.organisation_id = u.organisation_id AND l.owner_user_id = u.id
                         UNION ALL
                         SELECT daterange(k.day, k.day, '[]') FROM share_links l
                           JOIN share_link_clicks k ON k.organisation_id = l.organisation_id AND k.share_link_id = l.id AND k.clicks > 0
                          WHERE l.organisation_id = u.organisation_id AND l.owner_user_id = u.id) x), '{}'::datemultirange) AS shared
      UNION ALL
      SELECT r.programme_id, range_agg(daterange(${amsterdam('r.created_at')}, ${amsterdam('r.created_at')}, '[]')), '{}'::datemultirange FROM referrals r
       WHERE r.organisation_id = u.organisation_id AND r.referrer_user_id = u.id AND r.source <> 'match'
       GROUP BY r.programme_id) g
   WHERE u.organisation_id = $1`;
export const PARTICIPANTS_STORED_SQL = `SELECT organisation_id, user_id, programme_id, department, eligible, days, shared FROM insights_participants WHERE organisation_id = $1`;

/** The stored counters in the recount's columns, for organisation $1. */
export const KPI_COUNTS_STORED_SQL = `SELECT organisation_id, metric, grain, day, channel, programme_id, department, bucket, n, amount FROM insights_kpi_counts WHERE organisation_id = $1`;
export const PERSON_TENURE_STORED_SQL = `SELECT organisation_id, person_id, programme_id, start_date, department, bucket FROM insights_person_tenure WHERE organisation_id = $1`;

/**
 * insights_hire_totals (migration 1764990000000) for organisation $1, recounted from hires: the 'hire' and 'hire_days'
 * counters over every programme, for all departments (per_department false, department '') and per department.
 * Columns: organisation_id, metric, grain, per_department, department, day, channel, bucket, n.
 */
export const HIRE_TOTALS_RECOUNT_SQL = `
  SELECT x.organisation_id, x.metric, g.grain, s.per AS per_department, CASE WHEN s.per THEN x.department ELSE '' END AS department,
         CASE WHEN g.grain = 'd' THEN x.day ELSE date_trunc('month', x.day::timestamp)::date END AS day, x.channel, x.bucket, count(*)::bigint AS n FROM (
    SELECT h.organisation_id, 'hire' AS metric, h.hired_on AS day, h.channel, coalesce(h.department, '') AS department, 0 AS bucket FROM hires h WHERE h.organisation_id = $1
    UNION ALL
    SELECT h.organisation_id, 'hire_days', h.hired_on, h.channel, coalesce(h.department, ''), h.hired_on - h.applied_on FROM hires h WHERE h.organisation_id = $1 AND h.applied_on IS NOT NULL
  ) x CROSS JOIN (VALUES ('d'), ('m')) AS g(grain) CROSS JOIN (VALUES (false), (true)) AS s(per)
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;
export const HIRE_TOTALS_STORED_SQL = `SELECT organisation_id, metric, grain, per_department, department, day, channel, bucket, n FROM insights_hire_totals WHERE organisation_id = $1`;

/**
 * The participation bitmaps (migration 1765000000000) for organisation $1, recounted from the source tables through
 * PARTICIPANTS_RECOUNT_SQL: per (programme, kind 'r' referred | 's' shared, grain 'd' | 'm', day) the users who
 * referred (shared) on that day or in that month, as sorted user ids. The stored side decodes each bitmap's set bits
 * through insights_participant_numbers (a bit without a user shows as "number N").
 */
export const PARTICIPATION_BITS_RECOUNT_SQL = `
  SELECT x.programme_id, x.kind, x.grain, x.day::text AS day, array_agg(DISTINCT x.user_id::text ORDER BY x.user_id::text) AS users FROM (
    SELECT p.programme_id, k.kind, g.grain,
           CASE WHEN g.grain = 'd' THEN lower(r.range) + i.i ELSE date_trunc('month', (lower(r.range) + i.i)::timestamp)::date END AS day, p.user_id
      FROM (${PARTICIPANTS_RECOUNT_SQL}) p
     CROSS JOIN LATERAL (VALUES ('r', p.days), ('s', p.shared)) AS k(kind, days)
     CROSS JOIN LATERAL unnest(k.days) AS r(range)
     CROSS JOIN LATERAL generate_series(0, upper(r.range) - lower(r.range) - 1) AS i(i)
     CROSS JOIN (VALUES ('d'), ('m')) AS g(grain)) x
   GROUP BY 1, 2, 3, 4`;
const decoded = (table: string, key: string) => `
  SELECT ${key}, array_agg(coalesce(n.user_id::text, 'number ' || i.i) ORDER BY coalesce(n.user_id::text, 'number ' || i.i)) AS users
    FROM ${table} b
   CROSS JOIN LATERAL generate_series(0, length(b.bits) - 1) AS i(i)
    LEFT JOIN insights_participant_numbers n ON n.organisation_id = b.organisation_id AND n.n = i.i
   WHERE b.organisation_id = $1 AND get_bit(b.bits, i.i) = 1
   GROUP BY ${key}`;
export const PARTICIPATION_BITS_STORED_SQL = decoded('insights_participation_days', 'b.programme_id, b.kind, b.grain, b.day::text');
/** The masks of users eligible now: per_department false (the organisation) and true (per department); columns per_department, department, users. */
export const PARTICIPATION_MASKS_RECOUNT_SQL = `
  SELECT s.per AS per_department, CASE WHEN s.per THEN p.department ELSE '' END AS department, array_agg(p.user_id::text ORDER BY p.user_id::text) AS users
    FROM (${PARTICIPANTS_RECOUNT_SQL}) p CROSS JOIN (VALUES (false), (true)) AS s(per)
   WHERE p.programme_id = ${NIL} AND p.eligible
   GROUP BY 1, 2`;
export const PARTICIPATION_MASKS_STORED_SQL = decoded('insights_participation_masks', 'b.per_department, b.department');
