import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ERM segments (saved filters over people) and the engagement rule, written once in SQL so the people list,
 * the segment filter and the person view cannot disagree (see docs/developer/erm-people.md):
 * every touchpoint of the last 365 days scores 3 (≤ 30 days old), 2 (≤ 90 days) or 1 (older);
 * score 0 → none, 1–3 → low, 4–8 → moderate, 9 or more → high.
 */
export class ErmSegments1764250000000 implements MigrationInterface {
  name = 'ErmSegments1764250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE segments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        filter jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_segments PRIMARY KEY (id),
        CONSTRAINT uq_segments_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT fk_segments_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_segments_name CHECK (char_length(btrim(name)) BETWEEN 1 AND 120),
        CONSTRAINT ck_segments_description CHECK (char_length(description) <= 2000),
        CONSTRAINT ck_segments_filter CHECK (jsonb_typeof(filter) = 'object')
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_segments_organisation_name ON segments (organisation_id, lower(name))`);

    await q.query(`
      CREATE FUNCTION erm_engagement_score(p_organisation_id uuid, p_person_id uuid, p_at timestamptz) RETURNS integer
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT COALESCE(SUM(CASE
                 WHEN t.occurred_at >= p_at - interval '30 days' THEN 3
                 WHEN t.occurred_at >= p_at - interval '90 days' THEN 2
                 ELSE 1 END), 0)::integer
        FROM touchpoints t
        WHERE t.organisation_id = p_organisation_id AND t.person_id = p_person_id
          AND t.occurred_at > p_at - interval '365 days' AND t.occurred_at <= p_at
      $$`);
    await q.query(`
      CREATE FUNCTION erm_engagement_level(p_score integer) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN p_score >= 9 THEN 'high' WHEN p_score >= 4 THEN 'moderate' WHEN p_score >= 1 THEN 'low' ELSE 'none' END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION erm_engagement_level(integer)`);
    await q.query(`DROP FUNCTION erm_engagement_score(uuid, uuid, timestamptz)`);
    await q.query(`DROP INDEX uq_segments_organisation_name`);
    await q.query(`DROP TABLE segments`);
  }
}
