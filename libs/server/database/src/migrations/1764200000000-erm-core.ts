import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ERM core: profile fields on people, the phase history, the touchpoint log, consent per purpose (current
 * state + append-only history), talent pools with their members, and single-purpose links sent to people. Indexes lead with organisation_id.
 */
export class ErmCore1764200000000 implements MigrationInterface {
  name = 'ErmCore1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE people
        ADD COLUMN location text,
        ADD COLUMN function_title text,
        ADD COLUMN department text,
        ADD COLUMN skills text[] NOT NULL DEFAULT '{}',
        ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
        ADD COLUMN interests text[] NOT NULL DEFAULT '{}',
        ADD COLUMN source text NOT NULL DEFAULT 'manual',
        ADD COLUMN start_date date,
        ADD COLUMN phase_changed_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN boomerang_at timestamptz,
        ADD CONSTRAINT ck_people_source CHECK (source IN ('manual', 'referral', 'talent_pool_form', 'import', 'invitation', 'application'))`);
    await q.query(`CREATE INDEX ix_people_organisation_phase ON people (organisation_id, phase)`);
    await q.query(`CREATE INDEX ix_people_tags ON people USING gin (tags)`);
    await q.query(`CREATE INDEX ix_people_skills ON people USING gin (skills)`);

    await q.query(`
      CREATE TABLE phase_transitions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        from_phase text,
        to_phase text NOT NULL,
        cause text NOT NULL,
        actor_user_id uuid,
        reason text,
        occurred_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_phase_transitions PRIMARY KEY (id),
        CONSTRAINT fk_phase_transitions_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_phase_transitions_to CHECK (to_phase IN ('information', 'relation', 'orientation', 'entry', 'employment', 'exit')),
        CONSTRAINT ck_phase_transitions_from CHECK (from_phase IS NULL OR from_phase IN ('information', 'relation', 'orientation', 'entry', 'employment', 'exit')),
        CONSTRAINT ck_phase_transitions_changed CHECK (from_phase IS DISTINCT FROM to_phase),
        CONSTRAINT ck_phase_transitions_cause CHECK (cause IN ('created', 'manual', 'talent_pool_joined', 'referral_hired', 'start_date_reached', 'offboarded', 'import', 'rehired'))
      )`);
    await q.query(`CREATE INDEX ix_phase_transitions_person ON phase_transitions (organisation_id, person_id, occurred_at)`);
    await q.query(`CREATE INDEX ix_phase_transitions_organisation_occurred ON phase_transitions (organisation_id, occurred_at)`);

    await q.query(`
      CREATE TABLE touchpoints (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        kind text NOT NULL,
        channel text NOT NULL,
        phase text NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_user_id uuid,
        subject_type text,
        subject_id uuid,
        note text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_touchpoints PRIMARY KEY (id),
        CONSTRAINT fk_touchpoints_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_touchpoints_kind CHECK (kind IN ('mail_sent', 'mail_opened', 'mail_clicked', 'event_invited', 'event_attended', 'job_alert_sent', 'talent_pool_joined', 'preboarding_task_done', 'manual')),
        CONSTRAINT ck_touchpoints_channel CHECK (channel IN ('email', 'event', 'job_alert', 'talent_pool', 'preboarding', 'referral', 'social', 'phone', 'meeting', 'post', 'intranet', 'other')),
        CONSTRAINT ck_touchpoints_phase CHECK (phase IN ('information', 'relation', 'orientation', 'entry', 'employment', 'exit')),
        CONSTRAINT ck_touchpoints_note CHECK (note IS NULL OR char_length(note) <= 2000)
      )`);
    await q.query(`CREATE INDEX ix_touchpoints_person ON touchpoints (organisation_id, person_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX ix_touchpoints_organisation_occurred ON touchpoints (organisation_id, occurred_at)`);

    await q.query(`
      CREATE TABLE consents (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        purpose text NOT NULL,
        status text NOT NULL,
        legal_basis text NOT NULL DEFAULT 'consent',
        source text NOT NULL,
        requested_at timestamptz,
        given_at timestamptz,
        expires_at timestamptz,
        withdrawn_at timestamptz,
        reminded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_consents PRIMARY KEY (id),
        CONSTRAINT fk_consents_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT uq_consents_person_purpose UNIQUE (organisation_id, person_id, purpose),
        CONSTRAINT ck_consents_purpose CHECK (purpose IN ('talent_pool', 'newsletter', 'job_alerts', 'events', 'matching')),
        CONSTRAINT ck_consents_status CHECK (status IN ('pending', 'granted', 'withdrawn', 'expired')),
        CONSTRAINT ck_consents_legal_basis CHECK (legal_basis IN ('consent', 'legitimate_interest', 'contract')),
        CONSTRAINT ck_consents_granted CHECK (status <> 'granted' OR given_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX ix_consents_expiring ON consents (expires_at) WHERE status = 'granted' AND expires_at IS NOT NULL`);
    await q.query(`CREATE INDEX ix_consents_organisation_purpose ON consents (organisation_id, purpose, status)`);

    await q.query(`
      CREATE TABLE consent_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        purpose text NOT NULL,
        status text NOT NULL,
        source text NOT NULL,
        actor_user_id uuid,
        expires_at timestamptz,
        occurred_at timestamptz NOT NULL,
        CONSTRAINT pk_consent_events PRIMARY KEY (id),
        CONSTRAINT fk_consent_events_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_consent_events_person ON consent_events (organisation_id, person_id, occurred_at)`);

    await q.query(`
      CREATE TABLE talent_pools (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        public boolean NOT NULL DEFAULT false,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_talent_pools PRIMARY KEY (id),
        CONSTRAINT uq_talent_pools_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT fk_talent_pools_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_talent_pools_name CHECK (char_length(btrim(name)) BETWEEN 1 AND 120)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_talent_pools_organisation_name ON talent_pools (organisation_id, lower(name))`);

    await q.query(`
      CREATE TABLE talent_pool_members (
        organisation_id uuid NOT NULL,
        pool_id uuid NOT NULL,
        person_id uuid NOT NULL,
        source text NOT NULL,
        joined_at timestamptz NOT NULL,
        CONSTRAINT pk_talent_pool_members PRIMARY KEY (pool_id, person_id),
        CONSTRAINT fk_talent_pool_members_pool FOREIGN KEY (organisation_id, pool_id) REFERENCES talent_pools (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_talent_pool_members_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_talent_pool_members_person ON talent_pool_members (organisation_id, person_id)`);

    await q.query(`
      CREATE TABLE person_tokens (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        purpose text NOT NULL,
        subject_id uuid,
        token_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_person_tokens PRIMARY KEY (id),
        CONSTRAINT fk_person_tokens_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT uq_person_tokens_token_hash UNIQUE (token_hash),
        CONSTRAINT ck_person_tokens_purpose CHECK (purpose ~ '^[a-z_]{3,40}$')
      )`);
    await q.query(`CREATE INDEX ix_person_tokens_person ON person_tokens (organisation_id, person_id, purpose)`);
    await q.query(`CREATE INDEX ix_person_tokens_expires_at ON person_tokens (expires_at)`);

    // Every person's history starts with the phase they were created in, whichever code path created them;
    // later changes go through PhasesRepository, which records cause, actor and reason.
    await q.query(`
      CREATE FUNCTION people_initial_phase() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO phase_transitions (organisation_id, person_id, from_phase, to_phase, cause, occurred_at)
        VALUES (NEW.organisation_id, NEW.id, NULL, NEW.phase, 'created', NEW.phase_changed_at);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tr_people_initial_phase AFTER INSERT ON people FOR EACH ROW EXECUTE FUNCTION people_initial_phase()`);
    await q.query(`UPDATE people SET phase_changed_at = created_at`);
    await q.query(`
      INSERT INTO phase_transitions (organisation_id, person_id, from_phase, to_phase, cause, occurred_at)
      SELECT organisation_id, id, NULL, phase, 'created', created_at FROM people`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_people_initial_phase ON people`);
    await q.query(`DROP FUNCTION people_initial_phase()`);
    for (const table of ['person_tokens', 'talent_pool_members', 'talent_pools', 'consent_events', 'consents', 'touchpoints', 'phase_transitions']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP INDEX ix_people_skills`);
    await q.query(`DROP INDEX ix_people_tags`);
    await q.query(`DROP INDEX ix_people_organisation_phase`);
    await q.query(`
      ALTER TABLE people DROP CONSTRAINT ck_people_source,
        DROP COLUMN boomerang_at, DROP COLUMN phase_changed_at, DROP COLUMN start_date, DROP COLUMN source,
        DROP COLUMN interests, DROP COLUMN tags, DROP COLUMN skills, DROP COLUMN department, DROP COLUMN function_title, DROP COLUMN location`);
  }
}
