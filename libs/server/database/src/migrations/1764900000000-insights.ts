import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The HR dashboard's inputs (issue 7): hires from every channel (referral hires are written by Kring, the rest by
 * HR or an ATS import), recruitment costs per channel and period, quality-of-hire ratings, offers, and the
 * candidate-experience question sent when a referral ends. Every table leads with organisation_id; every index too.
 * Rollups for the KPIs are a later migration of their own. Optional links (referral, programme, person, vacancy)
 * are single-column foreign keys with ON DELETE SET NULL (PostgreSQL 14 has no column list for SET NULL); the
 * services only ever link rows of the same organisation.
 */
export class Insights1764900000000 implements MigrationInterface {
  name = 'Insights1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE hire_imports (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        file_name text NOT NULL,
        status text NOT NULL DEFAULT 'previewed',
        total_rows integer NOT NULL DEFAULT 0,
        valid_rows integer NOT NULL DEFAULT 0,
        created_rows integer NOT NULL DEFAULT 0,
        updated_rows integer NOT NULL DEFAULT 0,
        problems jsonb NOT NULL DEFAULT '[]',
        rows jsonb NOT NULL DEFAULT '[]',
        created_by_user_id uuid,
        applied_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_hire_imports PRIMARY KEY (id),
        CONSTRAINT uq_hire_imports_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT fk_hire_imports_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT fk_hire_imports_created_by FOREIGN KEY (created_by_user_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT ck_hire_imports_status CHECK (status IN ('previewed', 'applying', 'applied', 'failed')),
        CONSTRAINT ck_hire_imports_file_name CHECK (char_length(file_name) BETWEEN 1 AND 255)
      )`);
    await q.query(`CREATE INDEX ix_hire_imports_organisation_created ON hire_imports (organisation_id, created_at DESC)`);

    // One row per hire, whatever the channel. applied_on..hired_on is the time to hire; start_date..left_on the tenure.
    await q.query(`
      CREATE TABLE hires (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        channel text NOT NULL,
        source text NOT NULL,
        referral_id uuid,
        programme_id uuid,
        person_id uuid,
        vacancy_id uuid,
        department text,
        job_title text,
        applied_on date,
        hired_on date NOT NULL,
        start_date date,
        left_on date,
        external_ref text,
        import_id uuid,
        created_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_hires PRIMARY KEY (id),
        CONSTRAINT uq_hires_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT uq_hires_referral UNIQUE (organisation_id, referral_id),
        CONSTRAINT uq_hires_external_ref UNIQUE (organisation_id, external_ref),
        CONSTRAINT fk_hires_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT fk_hires_referral FOREIGN KEY (referral_id) REFERENCES referrals (id) ON DELETE SET NULL,
        CONSTRAINT fk_hires_programme FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE SET NULL,
        CONSTRAINT fk_hires_person FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE SET NULL,
        CONSTRAINT fk_hires_vacancy FOREIGN KEY (vacancy_id) REFERENCES vacancies (id) ON DELETE SET NULL,
        CONSTRAINT fk_hires_import FOREIGN KEY (import_id) REFERENCES hire_imports (id) ON DELETE SET NULL,
        CONSTRAINT fk_hires_created_by FOREIGN KEY (created_by_user_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT ck_hires_channel CHECK (channel IN ('referral', 'career_site', 'job_board', 'agency', 'social', 'direct', 'internal', 'other')),
        CONSTRAINT ck_hires_source CHECK (source IN ('referral', 'manual', 'import')),
        CONSTRAINT ck_hires_referral_channel CHECK (referral_id IS NULL OR channel = 'referral'),
        CONSTRAINT ck_hires_applied CHECK (applied_on IS NULL OR applied_on <= hired_on),
        CONSTRAINT ck_hires_left CHECK (left_on IS NULL OR start_date IS NULL OR left_on >= start_date),
        CONSTRAINT ck_hires_department CHECK (department IS NULL OR char_length(department) <= 200),
        CONSTRAINT ck_hires_external_ref CHECK (external_ref IS NULL OR char_length(external_ref) BETWEEN 1 AND 200)
      )`);
    await q.query(`CREATE INDEX ix_hires_organisation_hired ON hires (organisation_id, hired_on)`);
    await q.query(`CREATE INDEX ix_hires_organisation_start ON hires (organisation_id, start_date) WHERE start_date IS NOT NULL`);
    await q.query(`CREATE INDEX ix_hires_organisation_person ON hires (organisation_id, person_id) WHERE person_id IS NOT NULL`);

    // Money spent per channel and period (cents). Programme-bound costs (e.g. a referral action's campaign) count as its investment.
    await q.query(`
      CREATE TABLE recruitment_costs (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        channel text NOT NULL,
        category text NOT NULL,
        programme_id uuid,
        period_start date NOT NULL,
        period_end date NOT NULL,
        amount_cents bigint NOT NULL,
        description text NOT NULL DEFAULT '',
        created_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_recruitment_costs PRIMARY KEY (id),
        CONSTRAINT uq_recruitment_costs_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT fk_recruitment_costs_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT fk_recruitment_costs_programme FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE SET NULL,
        CONSTRAINT fk_recruitment_costs_created_by FOREIGN KEY (created_by_user_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT ck_recruitment_costs_channel CHECK (channel IN ('referral', 'career_site', 'job_board', 'agency', 'social', 'direct', 'internal', 'other')),
        CONSTRAINT ck_recruitment_costs_category CHECK (category IN ('advertising', 'agency', 'tooling', 'events', 'employer_branding', 'other')),
        CONSTRAINT ck_recruitment_costs_period CHECK (period_start <= period_end),
        CONSTRAINT ck_recruitment_costs_amount CHECK (amount_cents >= 0 AND amount_cents <= 100000000000),
        CONSTRAINT ck_recruitment_costs_description CHECK (char_length(description) <= 500)
      )`);
    await q.query(`CREATE INDEX ix_recruitment_costs_organisation_period ON recruitment_costs (organisation_id, period_start, period_end)`);

    await q.query(`
      CREATE TABLE quality_ratings (
        organisation_id uuid NOT NULL,
        hire_id uuid NOT NULL,
        months integer NOT NULL,
        rating integer NOT NULL,
        note text,
        rated_by_user_id uuid,
        rated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_quality_ratings PRIMARY KEY (organisation_id, hire_id, months),
        CONSTRAINT fk_quality_ratings_hire FOREIGN KEY (organisation_id, hire_id) REFERENCES hires (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_quality_ratings_rated_by FOREIGN KEY (rated_by_user_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT ck_quality_ratings_months CHECK (months IN (6, 12)),
        CONSTRAINT ck_quality_ratings_rating CHECK (rating BETWEEN 1 AND 5),
        CONSTRAINT ck_quality_ratings_note CHECK (note IS NULL OR char_length(note) <= 2000)
      )`);

    // Offers of every channel. Referral offers are recorded by Kring from the pipeline (referral_id set).
    await q.query(`
      CREATE TABLE offers (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        channel text NOT NULL,
        referral_id uuid,
        programme_id uuid,
        hire_id uuid,
        department text,
        made_on date NOT NULL,
        outcome text NOT NULL DEFAULT 'pending',
        decided_on date,
        external_ref text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_offers PRIMARY KEY (id),
        CONSTRAINT uq_offers_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT uq_offers_referral UNIQUE (organisation_id, referral_id),
        CONSTRAINT uq_offers_external_ref UNIQUE (organisation_id, external_ref),
        CONSTRAINT fk_offers_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT fk_offers_referral FOREIGN KEY (referral_id) REFERENCES referrals (id) ON DELETE SET NULL,
        CONSTRAINT fk_offers_programme FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE SET NULL,
        CONSTRAINT fk_offers_hire FOREIGN KEY (hire_id) REFERENCES hires (id) ON DELETE SET NULL,
        CONSTRAINT ck_offers_channel CHECK (channel IN ('referral', 'career_site', 'job_board', 'agency', 'social', 'direct', 'internal', 'other')),
        CONSTRAINT ck_offers_outcome CHECK (outcome IN ('pending', 'accepted', 'declined')),
        CONSTRAINT ck_offers_decided CHECK ((outcome = 'pending') = (decided_on IS NULL) AND (decided_on IS NULL OR decided_on >= made_on))
      )`);
    await q.query(`CREATE INDEX ix_offers_organisation_made ON offers (organisation_id, made_on)`);

    // The candidate-experience question (0-10), mailed once when a referral ends; answered with one click.
    await q.query(`
      CREATE TABLE candidate_surveys (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        referral_id uuid,
        programme_id uuid,
        outcome text NOT NULL,
        token_hash bytea NOT NULL,
        sent_at timestamptz NOT NULL,
        score integer,
        answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_candidate_surveys PRIMARY KEY (id),
        CONSTRAINT uq_candidate_surveys_referral UNIQUE (organisation_id, referral_id),
        CONSTRAINT uq_candidate_surveys_token UNIQUE (token_hash),
        CONSTRAINT fk_candidate_surveys_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT fk_candidate_surveys_referral FOREIGN KEY (referral_id) REFERENCES referrals (id) ON DELETE SET NULL,
        CONSTRAINT fk_candidate_surveys_programme FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE SET NULL,
        CONSTRAINT ck_candidate_surveys_outcome CHECK (outcome IN ('hired', 'rejected', 'withdrawn')),
        CONSTRAINT ck_candidate_surveys_score CHECK (score IS NULL OR score BETWEEN 0 AND 10),
        CONSTRAINT ck_candidate_surveys_answered CHECK ((score IS NULL) = (answered_at IS NULL))
      )`);
    await q.query(`CREATE INDEX ix_candidate_surveys_organisation_answered ON candidate_surveys (organisation_id, answered_at) WHERE answered_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE candidate_surveys`);
    await q.query(`DROP TABLE offers`);
    await q.query(`DROP TABLE quality_ratings`);
    await q.query(`DROP TABLE recruitment_costs`);
    await q.query(`DROP TABLE hires`);
    await q.query(`DROP TABLE hire_imports`);
  }
}
