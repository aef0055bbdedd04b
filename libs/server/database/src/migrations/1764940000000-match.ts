import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search & Match (issue 8): skills and occupations of vacancies and people, for ranking in PostgreSQL.
 *
 * - vacancy_skills / vacancy_occupations: ESCO concepts suggested by the extractor or set by HR; only `confirmed` rows rank.
 * - vacancy_match_criteria: what the vacancy asks beyond skills (region, coordinates, languages, start date).
 * - person_skills / person_occupations: a person's ESCO concepts with their source (confirmed by the person, HR, or extracted).
 * - person_match_profiles: the only person facts ranking reads besides concepts, phase and consent (region, coordinates,
 *   languages, availability, internal-mobility opt-in). Nothing here names or describes a protected attribute.
 *
 * Ranking walks (organisation_id, uri) btree indexes from the vacancy's few dozen URIs to the people holding them (an
 * inverted index), so no GIN is needed; see docs/developer/match-ranking.md.
 */
export class Match1764940000000 implements MigrationInterface {
  name = 'Match1764940000000';

  async up(q: QueryRunner): Promise<void> {
    const uri = (table: string) => `CONSTRAINT ck_${table}_uri CHECK (char_length(uri) <= 300 AND uri ~ '^https?://\\S+$')`;
    const confidence = (table: string) => `CONSTRAINT ck_${table}_confidence CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 1)`;
    const evidence = (table: string) => `CONSTRAINT ck_${table}_evidence CHECK (jsonb_typeof(evidence) = 'array')`;

    for (const [table, extra] of [
      ['vacancy_skills', `kind text NOT NULL DEFAULT 'essential',`],
      ['vacancy_occupations', ''],
    ] as const) {
      await q.query(`
        CREATE TABLE ${table} (
          organisation_id uuid NOT NULL,
          vacancy_id uuid NOT NULL,
          uri text NOT NULL,
          ${extra}
          status text NOT NULL DEFAULT 'suggested',
          confidence real,
          evidence jsonb NOT NULL DEFAULT '[]'::jsonb,
          confirmed_by_user_id uuid,
          confirmed_at timestamptz,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT pk_${table} PRIMARY KEY (organisation_id, vacancy_id, uri),
          CONSTRAINT fk_${table}_vacancy FOREIGN KEY (organisation_id, vacancy_id) REFERENCES vacancies (organisation_id, id) ON DELETE CASCADE,
          CONSTRAINT fk_${table}_confirmed_by FOREIGN KEY (organisation_id, confirmed_by_user_id) REFERENCES users (organisation_id, id)
            ON DELETE SET NULL (confirmed_by_user_id),
          CONSTRAINT ck_${table}_status CHECK (status IN ('suggested', 'confirmed')),
          CONSTRAINT ck_${table}_confirmed CHECK (status <> 'confirmed' OR confirmed_at IS NOT NULL),
          ${table === 'vacancy_skills' ? `CONSTRAINT ck_vacancy_skills_kind CHECK (kind IN ('essential', 'optional')),` : ''}
          ${uri(table)},
          ${confidence(table)},
          ${evidence(table)}
        )`);
    }

    await q.query(`
      CREATE TABLE vacancy_match_criteria (
        organisation_id uuid NOT NULL,
        vacancy_id uuid NOT NULL,
        region text,
        latitude double precision,
        longitude double precision,
        languages text[] NOT NULL DEFAULT '{}',
        start_by date,
        updated_by_user_id uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_vacancy_match_criteria PRIMARY KEY (organisation_id, vacancy_id),
        CONSTRAINT fk_vacancy_match_criteria_vacancy FOREIGN KEY (organisation_id, vacancy_id) REFERENCES vacancies (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_vacancy_match_criteria_user FOREIGN KEY (organisation_id, updated_by_user_id) REFERENCES users (organisation_id, id)
          ON DELETE SET NULL (updated_by_user_id),
        CONSTRAINT ck_vacancy_match_criteria_region CHECK (region IS NULL OR char_length(btrim(region)) BETWEEN 1 AND 100),
        CONSTRAINT ck_vacancy_match_criteria_coordinates CHECK ((latitude IS NULL) = (longitude IS NULL)
          AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180))),
        CONSTRAINT ck_vacancy_match_criteria_languages CHECK (cardinality(languages) <= 10)
      )`);

    for (const table of ['person_skills', 'person_occupations']) {
      await q.query(`
        CREATE TABLE ${table} (
          organisation_id uuid NOT NULL,
          person_id uuid NOT NULL,
          uri text NOT NULL,
          source text NOT NULL,
          confidence real,
          evidence jsonb NOT NULL DEFAULT '[]'::jsonb,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT pk_${table} PRIMARY KEY (organisation_id, person_id, uri),
          CONSTRAINT fk_${table}_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
          CONSTRAINT ck_${table}_source CHECK (source IN ('confirmed_by_person', 'hr', 'extracted_profile', 'extracted_cv')),
          ${uri(table)},
          ${confidence(table)},
          ${evidence(table)}
        )`);
      // The inverted index ranking walks: from a concept to the people who hold it.
      await q.query(`CREATE INDEX ix_${table}_uri ON ${table} (organisation_id, uri, person_id)`);
    }

    await q.query(`
      CREATE TABLE person_match_profiles (
        organisation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        region text,
        latitude double precision,
        longitude double precision,
        languages text[] NOT NULL DEFAULT '{}',
        available_from date,
        internal_mobility boolean NOT NULL DEFAULT false,
        skill_count integer NOT NULL DEFAULT 0,
        occupation_count integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_person_match_profiles PRIMARY KEY (organisation_id, person_id),
        CONSTRAINT fk_person_match_profiles_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_person_match_profiles_region CHECK (region IS NULL OR char_length(btrim(region)) BETWEEN 1 AND 100),
        CONSTRAINT ck_person_match_profiles_coordinates CHECK ((latitude IS NULL) = (longitude IS NULL)
          AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180))),
        CONSTRAINT ck_person_match_profiles_languages CHECK (cardinality(languages) <= 10),
        CONSTRAINT ck_person_match_profiles_counts CHECK (skill_count >= 0 AND occupation_count >= 0)
      )`);
    await q.query(`CREATE INDEX ix_person_match_profiles_region ON person_match_profiles (organisation_id, lower(region))`);

    // Invitations to apply are touchpoints of their own kind.
    await q.query(`ALTER TABLE touchpoints DROP CONSTRAINT ck_touchpoints_kind,
      ADD CONSTRAINT ck_touchpoints_kind CHECK (kind IN ('mail_sent', 'mail_opened', 'mail_clicked', 'event_invited', 'event_attended', 'job_alert_sent', 'talent_pool_joined', 'preboarding_task_done', 'match_invited', 'manual'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM touchpoints WHERE kind = 'match_invited'`);
    await q.query(`ALTER TABLE touchpoints DROP CONSTRAINT ck_touchpoints_kind,
      ADD CONSTRAINT ck_touchpoints_kind CHECK (kind IN ('mail_sent', 'mail_opened', 'mail_clicked', 'event_invited', 'event_attended', 'job_alert_sent', 'talent_pool_joined', 'preboarding_task_done', 'manual'))`);
    for (const table of ['person_match_profiles', 'person_occupations', 'person_skills', 'vacancy_match_criteria', 'vacancy_occupations', 'vacancy_skills']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
