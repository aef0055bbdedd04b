import { MigrationInterface, QueryRunner } from 'typeorm';

const NIL = `'00000000-0000-0000-0000-000000000000'::uuid`;
const DAY_KEY = 'organisation_id, programme_id, kind, grain, day';
const MASK_KEY = 'organisation_id, per_department, department';

/**
 * The referral ('r') and share ('s') days and months of every row of `rel` (insights_participants columns plus a
 * sign): one row per (organisation, programme, kind, grain, day, user, sign), a month once per source row.
 */
const memberships = (rel: string) => `
    SELECT c.organisation_id, c.programme_id, k.kind, g.grain,
           CASE WHEN g.grain = 'd' THEN lower(r.range) + d.i ELSE date_trunc('month', (lower(r.range) + d.i)::timestamp)::date END AS day, c.user_id, c.sign
      FROM (${rel}) c
     CROSS JOIN LATERAL (VALUES ('r', c.days), ('s', c.shared)) AS k(kind, days)
     CROSS JOIN LATERAL unnest(k.days) AS r(range)
     CROSS JOIN LATERAL generate_series(0, upper(r.range) - lower(r.range) - 1) AS d(i)
     CROSS JOIN (VALUES ('d'), ('m')) AS g(grain)
     GROUP BY 1, 2, 3, 4, 5, 6, 7`;

/** Eligible users of the nil-programme rows of `rel`: the organisation's mask and their department's. */
const maskMemberships = (rel: string) => `
    SELECT c.organisation_id, s.per AS per_department, CASE WHEN s.per THEN c.department ELSE '' END AS department, c.user_id, c.sign
      FROM (${rel}) c CROSS JOIN (VALUES (false), (true)) AS s(per)
     WHERE c.programme_id = ${NIL} AND c.eligible`;

/**
 * Net change per bitmap key of the memberships in `rel`, as the user numbers to set and to clear (null when none).
 * Organisations being deleted are skipped (their bitmaps go with them by the foreign key).
 */
const netChanges = (rel: string, key: string) => `
    SELECT ${key.split(', ').map((k) => `x.${k}`).join(', ')},
           array_agg(n.n ORDER BY n.n) FILTER (WHERE x.s > 0) AS set_bits, array_agg(n.n ORDER BY n.n) FILTER (WHERE x.s < 0) AS clear_bits
      FROM (SELECT ${key}, user_id, sum(sign) AS s FROM (${rel}) m GROUP BY ${key}, user_id HAVING sum(sign) <> 0) x
      JOIN insights_participant_numbers n ON n.organisation_id = x.organisation_id AND n.user_id = x.user_id
     WHERE EXISTS (SELECT 1 FROM organisations o WHERE o.id = x.organisation_id)
     GROUP BY ${key.split(', ').map((k) => `x.${k}`).join(', ')}`;

/** Applies netChanges to `table` key by key in key order (concurrent writers lock bitmaps in the same order); drops emptied bitmaps. */
const applyLoop = (changes: string, table: string, key: string) => {
  const cols = key.split(', ');
  const match = cols.map((k) => `t.${k} = chg.${k}`).join(' AND ');
  return `
    FOR chg IN ${changes} ORDER BY ${key} LOOP
      INSERT INTO ${table} AS t (${key}, bits)
      VALUES (${cols.map((k) => `chg.${k}`).join(', ')}, insights_bits_of(coalesce(chg.set_bits, '{}')))
      ON CONFLICT (${key}) DO UPDATE SET bits = insights_bits_or(insights_bits_minus(t.bits, insights_bits_of(coalesce(chg.clear_bits, '{}'))), EXCLUDED.bits);
      IF chg.clear_bits IS NOT NULL THEN
        DELETE FROM ${table} t WHERE ${match} AND bit_count(t.bits) = 0;
      END IF;
    END LOOP;`;
};

/** The trigger body for changed insights_participants rows `rel` (columns of the table plus sign). */
const sync = (rel: string, numbersFor: string | null, forgetFor: string | null) => `
  DECLARE
    chg record;
  BEGIN
    ${
      numbersFor === null
        ? ''
        : `PERFORM insights_number_participants(ARRAY(SELECT DISTINCT organisation_id FROM ${numbersFor}), ARRAY(SELECT DISTINCT user_id FROM ${numbersFor}));`
    }
    ${applyLoop(netChanges(memberships(rel), DAY_KEY), 'insights_participation_days', DAY_KEY)}
    ${applyLoop(netChanges(maskMemberships(rel), MASK_KEY), 'insights_participation_masks', MASK_KEY)}
    ${
      forgetFor === null
        ? ''
        : `DELETE FROM insights_participant_numbers n USING (SELECT DISTINCT organisation_id, user_id FROM ${forgetFor}) o
            WHERE n.organisation_id = o.organisation_id AND n.user_id = o.user_id
              AND NOT EXISTS (SELECT 1 FROM insights_participants p WHERE p.organisation_id = o.organisation_id AND p.user_id = o.user_id);`
    }
    RETURN NULL;
  END`;

const COLS = 'organisation_id, user_id, programme_id, department, eligible, days, shared';
const TRIGGERS: Array<[op: string, referencing: string, body: string]> = [
  ['insert', 'NEW TABLE AS new_rows', sync(`SELECT ${COLS}, 1 AS sign FROM new_rows`, 'new_rows', null)],
  [
    'update',
    'OLD TABLE AS old_rows NEW TABLE AS new_rows',
    sync(`SELECT ${COLS}, 1 AS sign FROM new_rows UNION ALL SELECT ${COLS}, -1 FROM old_rows`, 'new_rows', null),
  ],
  ['delete', 'OLD TABLE AS old_rows', sync(`SELECT ${COLS}, -1 AS sign FROM old_rows`, null, 'old_rows')],
];

/**
 * HR dashboard speed (issue 7): participation as bitmaps of user numbers.
 *
 * Participation is an exact count of distinct eligible users who referred or shared in a period, so it is not a sum
 * of counters; before this migration it scanned every eligible user's row of insights_participants (49k rows for the
 * big benchmark organisation, twice with a programme filter). Now:
 * - insights_participant_numbers gives every user with participant rows a dense number per organisation (0, 1, 2, …;
 *   insights_participant_number_next holds the next one; numbers are never reused, a deleted user's is forgotten);
 * - insights_participation_days holds per (organisation, programme (nil = all), kind 'r' referred | 's' shared,
 *   grain 'd' day | 'm' month, day) a bit string with bit n set when user n referred (shared) on that day or in that
 *   month — exactly the days of insights_participants.days and .shared;
 * - insights_participation_masks holds per organisation (per_department false) and per department (true) the bits of
 *   the users eligible now (nil-programme rows with eligible).
 * A period is then the OR of its whole months and edge days (~12 + ~60 bitmaps), ANDed with the mask, counted with
 * bit_count: the work no longer grows with the number of users but with bitmap length (6 KB for 49k users).
 *
 * Kept by statement-level triggers on insights_participants (which its own triggers keep from referrals, share links
 * and clicks, users and people): the net change per (bitmap, user) from the old and new rows' days, months and
 * eligibility; bitmaps updated in key order; bitmaps that become empty removed. Bit strings of different lengths are
 * combined by padding the shorter with zeros (insights_bits_or, insights_bits_minus). The recount is
 * PARTICIPATION_BITS_RECOUNT_SQL (libs/server/insights), compared in kpi-rollups.int-spec.ts.
 */
export class InsightsParticipationBits1765000000000 implements MigrationInterface {
  name = 'InsightsParticipationBits1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE insights_participant_number_next (
        organisation_id uuid NOT NULL,
        next integer NOT NULL,
        CONSTRAINT pk_insights_participant_number_next PRIMARY KEY (organisation_id),
        CONSTRAINT fk_insights_participant_number_next_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE
      )`);
    // No foreign key to users: a deleted user's bits are cleared by the delete trigger below, which needs the number.
    await q.query(`
      CREATE TABLE insights_participant_numbers (
        organisation_id uuid NOT NULL,
        user_id uuid NOT NULL,
        n integer NOT NULL,
        CONSTRAINT pk_insights_participant_numbers PRIMARY KEY (organisation_id, user_id),
        CONSTRAINT uq_insights_participant_numbers_n UNIQUE (organisation_id, n),
        CONSTRAINT fk_insights_participant_numbers_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE insights_participation_days (
        organisation_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        kind text NOT NULL,
        grain text NOT NULL,
        day date NOT NULL,
        bits bit varying NOT NULL,
        CONSTRAINT pk_insights_participation_days PRIMARY KEY (organisation_id, programme_id, kind, grain, day),
        CONSTRAINT fk_insights_participation_days_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_insights_participation_days_kind CHECK (kind IN ('r', 's')),
        CONSTRAINT ck_insights_participation_days_grain CHECK (grain IN ('d', 'm'))
      )`);
    await q.query(`
      CREATE TABLE insights_participation_masks (
        organisation_id uuid NOT NULL,
        per_department boolean NOT NULL,
        department text NOT NULL,
        bits bit varying NOT NULL,
        CONSTRAINT pk_insights_participation_masks PRIMARY KEY (organisation_id, per_department, department),
        CONSTRAINT fk_insights_participation_masks_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_insights_participation_masks_department CHECK (per_department OR department = '')
      )`);

    // Bit strings: bit n (0-based, leftmost first as get_bit/set_bit count) is user number n.
    await q.query(`
      CREATE FUNCTION insights_bits_pad(b bit varying, len integer) RETURNS bit varying LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT CASE WHEN length(b) >= len THEN b ELSE b || repeat('0', len - length(b))::bit varying END
      $$`);
    await q.query(`
      CREATE FUNCTION insights_bits_or(a bit varying, b bit varying) RETURNS bit varying LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN a IS NULL THEN b WHEN b IS NULL THEN a ELSE insights_bits_pad(a, length(b)) | insights_bits_pad(b, length(a)) END
      $$`);
    await q.query(`
      CREATE FUNCTION insights_bits_minus(a bit varying, b bit varying) RETURNS bit varying LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT a & ~insights_bits_pad(substring(b FROM 1 FOR length(a)), length(a))
      $$`);
    await q.query(`
      CREATE FUNCTION insights_bits_of(p_numbers integer[]) RETURNS bit varying LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(repeat('0', n - prev - 1) || '1', '' ORDER BY n), '')::bit varying
          FROM (SELECT n, lag(n, 1, -1) OVER (ORDER BY n) AS prev FROM (SELECT DISTINCT unnest(p_numbers) AS n) d) x
      $$`);
    // Numbers for users without one; per organisation one counter update (concurrent writers of one organisation queue
    // on it; the unique constraint would reject a duplicate number).
    await q.query(`
      CREATE FUNCTION insights_number_participants(p_organisations uuid[], p_users uuid[]) RETURNS void LANGUAGE sql AS $$
        WITH need AS (
          SELECT u.organisation_id, u.id AS user_id FROM users u
           WHERE u.organisation_id = ANY(p_organisations) AND u.id = ANY(p_users)
             AND NOT EXISTS (SELECT 1 FROM insights_participant_numbers n WHERE n.organisation_id = u.organisation_id AND n.user_id = u.id)),
        k AS (SELECT organisation_id, count(*)::integer AS k FROM need GROUP BY 1),
        bumped AS (
          INSERT INTO insights_participant_number_next AS t (organisation_id, next)
          SELECT organisation_id, k FROM k ORDER BY 1
          ON CONFLICT (organisation_id) DO UPDATE SET next = t.next + EXCLUDED.next
          RETURNING organisation_id, next)
        INSERT INTO insights_participant_numbers (organisation_id, user_id, n)
        SELECT need.organisation_id, need.user_id, b.next - k.k - 1 + row_number() OVER (PARTITION BY need.organisation_id ORDER BY need.user_id)
          FROM need JOIN k ON k.organisation_id = need.organisation_id JOIN bumped b ON b.organisation_id = need.organisation_id
        ON CONFLICT (organisation_id, user_id) DO NOTHING
      $$`);

    // ---- Backfill: numbers in user-id order, then every bitmap at once.
    await q.query(`
      INSERT INTO insights_participant_numbers (organisation_id, user_id, n)
      SELECT organisation_id, user_id, row_number() OVER (PARTITION BY organisation_id ORDER BY user_id) - 1
        FROM (SELECT DISTINCT organisation_id, user_id FROM insights_participants) p`);
    await q.query(`
      INSERT INTO insights_participant_number_next (organisation_id, next)
      SELECT organisation_id, max(n) + 1 FROM insights_participant_numbers GROUP BY 1`);
    const current = `SELECT ${COLS}, 1 AS sign FROM insights_participants`;
    await q.query(`
      INSERT INTO insights_participation_days (${DAY_KEY}, bits)
      SELECT ${DAY_KEY}, insights_bits_of(set_bits) FROM (${netChanges(memberships(current), DAY_KEY)}) c`);
    await q.query(`
      INSERT INTO insights_participation_masks (${MASK_KEY}, bits)
      SELECT ${MASK_KEY}, insights_bits_of(set_bits) FROM (${netChanges(maskMemberships(current), MASK_KEY)}) c`);

    for (const [op, referencing, body] of TRIGGERS) {
      await q.query(`CREATE FUNCTION insights_participation_bits_${op}() RETURNS trigger LANGUAGE plpgsql AS $$ ${body} $$`);
      await q.query(`CREATE TRIGGER tr_insights_participants_bits_${op} AFTER ${op.toUpperCase()} ON insights_participants
        REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION insights_participation_bits_${op}()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [op] of TRIGGERS) {
      await q.query(`DROP TRIGGER tr_insights_participants_bits_${op} ON insights_participants`);
      await q.query(`DROP FUNCTION insights_participation_bits_${op}()`);
    }
    await q.query(`DROP FUNCTION insights_number_participants(uuid[], uuid[])`);
    for (const fn of ['insights_bits_of(integer[])', 'insights_bits_minus(bit varying, bit varying)', 'insights_bits_or(bit varying, bit varying)', 'insights_bits_pad(bit varying, integer)']) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
    for (const table of ['insights_participation_masks', 'insights_participation_days', 'insights_participant_numbers', 'insights_participant_number_next']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
