import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Job alerts: saved searches of alumni and external referrers (matched inside PostgreSQL against each new
 * vacancy, or collected into a daily/weekly digest), and one row per person and vacancy ever alerted, so
 * nobody receives the same vacancy twice (across subscriptions, and across instant and digest).
 * Skills, functions and locations are stored trimmed and lower-case (the API normalises them).
 */
export class MailingsJobAlerts1764830000000 implements MigrationInterface {
  name = 'MailingsJobAlerts1764830000000';

  async up(q: QueryRunner): Promise<void> {
    // The full-text part of an alert as one query, computed once per save instead of per vacancy and alert:
    // the keywords (web-search syntax) AND any one of the functions, each with Dutch OR English stemming.
    // NULL when neither is given (or only stop words): no full-text condition.
    await q.query(`
      CREATE FUNCTION job_alert_text_query(keywords text, functions text[]) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN k IS NULL THEN f WHEN f IS NULL THEN k ELSE k && f END
        FROM (
          SELECT
            (SELECT nullif(q, ''::tsquery) FROM (SELECT websearch_to_tsquery('dutch', keywords) || websearch_to_tsquery('english', keywords) AS q) kq
              WHERE numnode(q) > 0) AS k,
            (SELECT string_agg('(' || q::text || ')', ' | ')::tsquery
               FROM (SELECT websearch_to_tsquery('dutch', fn) || websearch_to_tsquery('english', fn) AS q FROM unnest(functions) AS fn) fq
              WHERE numnode(q) > 0) AS f
        ) x
      $$`);
    await q.query(`
      CREATE TABLE job_alert_subscriptions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        keywords text NOT NULL DEFAULT '',
        functions text[] NOT NULL DEFAULT '{}',
        skills text[] NOT NULL DEFAULT '{}',
        locations text[] NOT NULL DEFAULT '{}',
        employment_types text[] NOT NULL DEFAULT '{}',
        frequency text NOT NULL DEFAULT 'daily',
        last_digest_at timestamptz,
        text_query tsquery GENERATED ALWAYS AS (job_alert_text_query(keywords, functions)) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_job_alert_subscriptions PRIMARY KEY (id),
        CONSTRAINT uq_job_alert_subscriptions_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT fk_job_alert_subscriptions_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_job_alert_subscriptions_frequency CHECK (frequency IN ('instant', 'daily', 'weekly')),
        CONSTRAINT ck_job_alert_subscriptions_employment_types
          CHECK (employment_types <@ ARRAY['permanent', 'temporary', 'flex', 'internship', 'freelance']::text[]),
        CONSTRAINT ck_job_alert_subscriptions_keywords CHECK (char_length(keywords) <= 200),
        CONSTRAINT ck_job_alert_subscriptions_sizes
          CHECK (cardinality(functions) <= 20 AND cardinality(skills) <= 30 AND cardinality(locations) <= 20)
      )`);
    await q.query(`CREATE INDEX ix_job_alert_subscriptions_person ON job_alert_subscriptions (organisation_id, person_id)`);
    // Instant matching looks up one organisation's instant subscriptions; the digest its daily/weekly ones that are due.
    await q.query(
      `CREATE INDEX ix_job_alert_subscriptions_frequency ON job_alert_subscriptions (organisation_id, frequency, last_digest_at)`,
    );
    // Skill overlap (&&) of many subscriptions with one vacancy's skills.
    await q.query(`CREATE INDEX ix_job_alert_subscriptions_skills ON job_alert_subscriptions USING gin (skills)`);

    await q.query(`
      CREATE TABLE job_alert_deliveries (
        organisation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        vacancy_id uuid NOT NULL,
        mode text NOT NULL,
        mail_message_id uuid,
        sent_at timestamptz NOT NULL,
        CONSTRAINT pk_job_alert_deliveries PRIMARY KEY (organisation_id, person_id, vacancy_id),
        CONSTRAINT fk_job_alert_deliveries_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_job_alert_deliveries_vacancy FOREIGN KEY (organisation_id, vacancy_id) REFERENCES vacancies (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_job_alert_deliveries_mode CHECK (mode IN ('instant', 'digest'))
      )`);
    await q.query(`CREATE INDEX ix_job_alert_deliveries_vacancy ON job_alert_deliveries (organisation_id, vacancy_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE job_alert_deliveries`);
    await q.query(`DROP TABLE job_alert_subscriptions`);
    await q.query(`DROP FUNCTION job_alert_text_query(text, text[])`);
  }
}
