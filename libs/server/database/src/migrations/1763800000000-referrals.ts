import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referrals: vacancies (with Dutch + English full-text search), programmes and referral actions, stored CV
 * files, personal share links, referrals with consent state and stage history, refused attempts, single-use
 * candidate tokens and per-organisation stage names.
 */
export class Referrals1763800000000 implements MigrationInterface {
  name = 'Referrals1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people ADD COLUMN employment_type text`);
    await q.query(
      `ALTER TABLE people ADD CONSTRAINT ck_people_employment_type CHECK (employment_type IS NULL OR employment_type IN ('permanent', 'flex'))`,
    );
    await q.query(`ALTER TABLE users ADD CONSTRAINT uq_users_organisation_id_id UNIQUE (organisation_id, id)`);

    await q.query(`
      CREATE TABLE vacancies (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        title text NOT NULL,
        description_markdown text NOT NULL DEFAULT '',
        department text,
        location text,
        employment_type text NOT NULL DEFAULT 'permanent',
        hours_min numeric(4,1),
        hours_max numeric(4,1),
        salary_min integer,
        salary_max integer,
        salary_currency text NOT NULL DEFAULT 'EUR',
        salary_period text,
        skills text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'draft',
        hard_to_fill boolean NOT NULL DEFAULT false,
        hiring_manager_user_id uuid,
        opened_at timestamptz,
        closed_at timestamptz,
        search_vector tsvector,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_vacancies PRIMARY KEY (id),
        CONSTRAINT uq_vacancies_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT fk_vacancies_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT fk_vacancies_hiring_manager FOREIGN KEY (organisation_id, hiring_manager_user_id) REFERENCES users (organisation_id, id),
        CONSTRAINT ck_vacancies_status CHECK (status IN ('draft', 'open', 'closed')),
        CONSTRAINT ck_vacancies_employment_type CHECK (employment_type IN ('permanent', 'temporary', 'flex', 'internship', 'freelance')),
        CONSTRAINT ck_vacancies_hours CHECK (hours_min IS NULL OR hours_max IS NULL OR hours_min <= hours_max),
        CONSTRAINT ck_vacancies_hours_range CHECK ((hours_min IS NULL OR hours_min BETWEEN 0 AND 80) AND (hours_max IS NULL OR hours_max BETWEEN 0 AND 80)),
        CONSTRAINT ck_vacancies_salary CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max),
        CONSTRAINT ck_vacancies_salary_period CHECK (salary_period IS NULL OR salary_period IN ('hour', 'month', 'year')),
        CONSTRAINT ck_vacancies_salary_currency CHECK (salary_currency ~ '^[A-Z]{3}$')
      )`);
    // Dutch and English stemming over title (A), department/location/skills (B) and description (C).
    await q.query(`
      CREATE FUNCTION vacancies_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        meta text := concat_ws(' ', NEW.department, NEW.location, array_to_string(NEW.skills, ' '));
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('dutch', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('dutch', meta), 'B') ||
          setweight(to_tsvector('english', meta), 'B') ||
          setweight(to_tsvector('dutch', coalesce(NEW.description_markdown, '')), 'C') ||
          setweight(to_tsvector('english', coalesce(NEW.description_markdown, '')), 'C');
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_vacancies_search_vector BEFORE INSERT OR UPDATE OF title, department, location, skills, description_markdown
      ON vacancies FOR EACH ROW EXECUTE FUNCTION vacancies_search_vector()`);
    await q.query(`CREATE INDEX ix_vacancies_organisation_status ON vacancies (organisation_id, status, created_at DESC)`);
    await q.query(`CREATE INDEX ix_vacancies_search_vector ON vacancies USING gin (search_vector)`);
    await q.query(`CREATE INDEX ix_vacancies_skills ON vacancies USING gin (skills)`);

    await q.query(`
      CREATE TABLE programmes (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        audiences text[] NOT NULL,
        starts_at timestamptz,
        ends_at timestamptz,
        vacancy_scope text NOT NULL DEFAULT 'all_open',
        ownership_days integer NOT NULL DEFAULT 180,
        ownership_scope text NOT NULL DEFAULT 'candidate',
        consent_timeout_days integer NOT NULL DEFAULT 14,
        allow_hiring_team_referrals boolean NOT NULL DEFAULT false,
        terms_markdown text NOT NULL DEFAULT '',
        reward_summary text NOT NULL DEFAULT '',
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_programmes PRIMARY KEY (id),
        CONSTRAINT uq_programmes_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT fk_programmes_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_programmes_kind CHECK (kind IN ('internal', 'external', 'combined')),
        CONSTRAINT ck_programmes_audiences CHECK (
          cardinality(audiences) > 0
          AND audiences <@ ARRAY['employee_permanent', 'employee_flex', 'alumnus', 'external_referrer']::text[]
          AND (kind <> 'internal' OR audiences <@ ARRAY['employee_permanent', 'employee_flex']::text[])
          AND (kind <> 'external' OR audiences <@ ARRAY['external_referrer']::text[])
        ),
        CONSTRAINT ck_programmes_period CHECK (starts_at IS NULL OR ends_at IS NULL OR starts_at < ends_at),
        CONSTRAINT ck_programmes_vacancy_scope CHECK (vacancy_scope IN ('all_open', 'selected')),
        CONSTRAINT ck_programmes_ownership_days CHECK (ownership_days BETWEEN 1 AND 730),
        CONSTRAINT ck_programmes_ownership_scope CHECK (ownership_scope IN ('candidate', 'vacancy')),
        CONSTRAINT ck_programmes_consent_timeout CHECK (consent_timeout_days BETWEEN 1 AND 60)
      )`);
    await q.query(`CREATE INDEX ix_programmes_organisation_active ON programmes (organisation_id) WHERE archived_at IS NULL`);

    await q.query(`
      CREATE TABLE programme_vacancies (
        organisation_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        vacancy_id uuid NOT NULL,
        CONSTRAINT pk_programme_vacancies PRIMARY KEY (programme_id, vacancy_id),
        CONSTRAINT fk_programme_vacancies_programme FOREIGN KEY (organisation_id, programme_id) REFERENCES programmes (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_programme_vacancies_vacancy FOREIGN KEY (organisation_id, vacancy_id) REFERENCES vacancies (organisation_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_programme_vacancies_vacancy ON programme_vacancies (vacancy_id)`);

    await q.query(`
      CREATE TABLE stored_files (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        purpose text NOT NULL,
        storage_key text NOT NULL,
        original_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL,
        sha256 bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_stored_files PRIMARY KEY (id),
        CONSTRAINT uq_stored_files_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT uq_stored_files_storage_key UNIQUE (storage_key),
        CONSTRAINT fk_stored_files_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_stored_files_purpose CHECK (purpose IN ('cv')),
        CONSTRAINT ck_stored_files_size CHECK (size_bytes BETWEEN 1 AND 10485760)
      )`);

    await q.query(`
      CREATE TABLE share_links (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        code text NOT NULL,
        owner_user_id uuid NOT NULL,
        vacancy_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_share_links PRIMARY KEY (id),
        CONSTRAINT uq_share_links_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT uq_share_links_code UNIQUE (code),
        CONSTRAINT uq_share_links_owner_vacancy UNIQUE (owner_user_id, vacancy_id),
        CONSTRAINT fk_share_links_owner FOREIGN KEY (organisation_id, owner_user_id) REFERENCES users (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_share_links_vacancy FOREIGN KEY (organisation_id, vacancy_id) REFERENCES vacancies (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_share_links_code CHECK (code ~ '^[A-HJ-NP-Z2-9]{6,12}$')
      )`);

    await q.query(`
      CREATE TABLE share_link_clicks (
        organisation_id uuid NOT NULL,
        share_link_id uuid NOT NULL,
        channel text NOT NULL,
        day date NOT NULL,
        clicks integer NOT NULL DEFAULT 0,
        CONSTRAINT pk_share_link_clicks PRIMARY KEY (share_link_id, channel, day),
        CONSTRAINT fk_share_link_clicks_link FOREIGN KEY (organisation_id, share_link_id) REFERENCES share_links (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_share_link_clicks_channel CHECK (channel IN ('linkedin', 'whatsapp', 'email', 'copy', 'qr', 'direct'))
      )`);

    await q.query(`
      CREATE TABLE referrals (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        vacancy_id uuid,
        referrer_user_id uuid NOT NULL,
        candidate_person_id uuid,
        candidate_name text,
        candidate_email text,
        candidate_phone text,
        candidate_locale text NOT NULL DEFAULT 'nl',
        relationship text,
        motivation text,
        candidate_informed boolean NOT NULL DEFAULT false,
        cv_file_id uuid,
        candidate_note text,
        source text NOT NULL DEFAULT 'referral_form',
        share_link_id uuid,
        stage text NOT NULL DEFAULT 'new',
        stage_changed_at timestamptz NOT NULL DEFAULT now(),
        consent_state text NOT NULL DEFAULT 'awaiting_consent',
        consent_due_at timestamptz NOT NULL,
        consent_decided_at timestamptz,
        consent_reminders_sent integer NOT NULL DEFAULT 0,
        rejection_reason text,
        rejection_reason_shareable boolean NOT NULL DEFAULT false,
        start_date date,
        probation_months integer,
        hired_person_id uuid,
        erased_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_referrals PRIMARY KEY (id),
        CONSTRAINT uq_referrals_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT fk_referrals_programme FOREIGN KEY (organisation_id, programme_id) REFERENCES programmes (organisation_id, id),
        CONSTRAINT fk_referrals_vacancy FOREIGN KEY (organisation_id, vacancy_id) REFERENCES vacancies (organisation_id, id),
        CONSTRAINT fk_referrals_referrer FOREIGN KEY (organisation_id, referrer_user_id) REFERENCES users (organisation_id, id),
        CONSTRAINT fk_referrals_candidate FOREIGN KEY (candidate_person_id) REFERENCES people (id) ON DELETE SET NULL,
        CONSTRAINT fk_referrals_hired_person FOREIGN KEY (hired_person_id) REFERENCES people (id) ON DELETE SET NULL,
        CONSTRAINT fk_referrals_cv_file FOREIGN KEY (cv_file_id) REFERENCES stored_files (id) ON DELETE SET NULL,
        CONSTRAINT fk_referrals_share_link FOREIGN KEY (share_link_id) REFERENCES share_links (id) ON DELETE SET NULL,
        CONSTRAINT ck_referrals_stage CHECK (stage IN ('new', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn')),
        CONSTRAINT ck_referrals_consent_state CHECK (consent_state IN ('awaiting_consent', 'consented', 'declined', 'expired')),
        CONSTRAINT ck_referrals_source CHECK (source IN ('referral_form', 'share_link')),
        CONSTRAINT ck_referrals_relationship CHECK (relationship IS NULL OR relationship IN ('former_colleague', 'friend', 'family', 'study', 'network', 'other')),
        CONSTRAINT ck_referrals_candidate_locale CHECK (candidate_locale IN ('nl', 'en')),
        CONSTRAINT ck_referrals_contact CHECK (erased_at IS NOT NULL OR candidate_email IS NOT NULL OR candidate_phone IS NOT NULL),
        CONSTRAINT ck_referrals_erased CHECK (erased_at IS NULL OR (candidate_name IS NULL AND candidate_email IS NULL AND candidate_phone IS NULL AND motivation IS NULL AND candidate_note IS NULL AND cv_file_id IS NULL AND candidate_person_id IS NULL)),
        CONSTRAINT ck_referrals_probation CHECK (probation_months IS NULL OR probation_months BETWEEN 0 AND 24)
      )`);
    await q.query(`CREATE INDEX ix_referrals_organisation_stage ON referrals (organisation_id, stage, stage_changed_at)`);
    await q.query(`CREATE INDEX ix_referrals_organisation_referrer ON referrals (organisation_id, referrer_user_id, created_at DESC)`);
    await q.query(`CREATE INDEX ix_referrals_organisation_vacancy ON referrals (organisation_id, vacancy_id)`);
    await q.query(`CREATE INDEX ix_referrals_candidate_email ON referrals (organisation_id, candidate_email) WHERE candidate_email IS NOT NULL`);
    await q.query(`CREATE INDEX ix_referrals_candidate_phone ON referrals (organisation_id, candidate_phone) WHERE candidate_phone IS NOT NULL`);
    await q.query(`CREATE INDEX ix_referrals_consent_due ON referrals (consent_due_at) WHERE consent_state = 'awaiting_consent'`);

    await q.query(`
      CREATE TABLE referral_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        referral_id uuid NOT NULL,
        kind text NOT NULL,
        from_value text,
        to_value text NOT NULL,
        actor_user_id uuid,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_referral_events PRIMARY KEY (id),
        CONSTRAINT fk_referral_events_referral FOREIGN KEY (organisation_id, referral_id) REFERENCES referrals (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_referral_events_kind CHECK (kind IN ('stage', 'consent'))
      )`);
    await q.query(`CREATE INDEX ix_referral_events_referral ON referral_events (referral_id, created_at)`);

    await q.query(`
      CREATE TABLE refused_referrals (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        referrer_user_id uuid NOT NULL,
        programme_id uuid,
        vacancy_id uuid,
        reason text NOT NULL,
        existing_referral_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_refused_referrals PRIMARY KEY (id),
        CONSTRAINT fk_refused_referrals_referrer FOREIGN KEY (organisation_id, referrer_user_id) REFERENCES users (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_refused_referrals_existing FOREIGN KEY (existing_referral_id) REFERENCES referrals (id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX ix_refused_referrals_organisation ON refused_referrals (organisation_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE candidate_tokens (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        referral_id uuid NOT NULL,
        purpose text NOT NULL,
        token_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_candidate_tokens PRIMARY KEY (id),
        CONSTRAINT uq_candidate_tokens_token_hash UNIQUE (token_hash),
        CONSTRAINT fk_candidate_tokens_referral FOREIGN KEY (organisation_id, referral_id) REFERENCES referrals (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_candidate_tokens_purpose CHECK (purpose IN ('consent', 'decline'))
      )`);
    await q.query(`CREATE INDEX ix_candidate_tokens_referral ON candidate_tokens (referral_id)`);

    await q.query(`
      CREATE TABLE pipeline_stage_names (
        organisation_id uuid NOT NULL,
        stage text NOT NULL,
        name_nl text NOT NULL,
        name_en text NOT NULL,
        CONSTRAINT pk_pipeline_stage_names PRIMARY KEY (organisation_id, stage),
        CONSTRAINT fk_pipeline_stage_names_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_pipeline_stage_names_stage CHECK (stage IN ('new', 'screening', 'interview', 'offer'))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'pipeline_stage_names',
      'candidate_tokens',
      'refused_referrals',
      'referral_events',
      'referrals',
      'share_link_clicks',
      'share_links',
      'stored_files',
      'programme_vacancies',
      'programmes',
      'vacancies',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION vacancies_search_vector()`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT uq_users_organisation_id_id`);
    await q.query(`ALTER TABLE people DROP CONSTRAINT ck_people_employment_type`);
    await q.query(`ALTER TABLE people DROP COLUMN employment_type`);
  }
}
