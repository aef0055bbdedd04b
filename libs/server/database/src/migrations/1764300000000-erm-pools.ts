import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Talent pools: sign-ups from the public "keep me posted" form that wait for their double opt-in. The values
 * a person typed are kept here (not on the person) until they confirm, so a form submitted with someone
 * else's address changes nothing about an existing person. A sign-up lives at most the opt-in period.
 */
export class ErmPools1764300000000 implements MigrationInterface {
  name = 'ErmPools1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE talent_pool_signups (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        person_created boolean NOT NULL,
        first_name text NOT NULL,
        last_name text NOT NULL DEFAULT '',
        locale text NOT NULL,
        location text,
        skills text[] NOT NULL DEFAULT '{}',
        pool_ids uuid[] NOT NULL DEFAULT '{}',
        extra_purposes text[] NOT NULL DEFAULT '{}',
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_talent_pool_signups PRIMARY KEY (id),
        CONSTRAINT fk_talent_pool_signups_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_talent_pool_signups_locale CHECK (locale IN ('nl', 'en')),
        CONSTRAINT ck_talent_pool_signups_purposes CHECK (extra_purposes <@ ARRAY['newsletter', 'job_alerts', 'events']::text[])
      )`);
    await q.query(`CREATE INDEX ix_talent_pool_signups_person ON talent_pool_signups (organisation_id, person_id)`);
    // The worker looks for lapsed sign-ups across organisations (like ix_person_tokens_expires_at).
    await q.query(`CREATE INDEX ix_talent_pool_signups_expires_at ON talent_pool_signups (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE talent_pool_signups`);
  }
}
