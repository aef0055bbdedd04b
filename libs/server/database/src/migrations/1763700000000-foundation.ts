import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation: tenants, people, user accounts and their sessions, one-time tokens,
 * rate-limit counters, the mail outbox and the audit log.
 */
export class Foundation1763700000000 implements MigrationInterface {
  name = 'Foundation1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL,
        default_locale text NOT NULL DEFAULT 'nl',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_organisations PRIMARY KEY (id),
        CONSTRAINT uq_organisations_slug UNIQUE (slug),
        CONSTRAINT ck_organisations_slug CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        CONSTRAINT ck_organisations_default_locale CHECK (default_locale IN ('nl', 'en'))
      )`);

    await q.query(`
      CREATE TABLE people (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        first_name text NOT NULL,
        last_name text NOT NULL DEFAULT '',
        email text,
        phone text,
        locale text NOT NULL DEFAULT 'nl',
        phase text NOT NULL DEFAULT 'information',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_people PRIMARY KEY (id),
        CONSTRAINT fk_people_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT uq_people_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT ck_people_email_normalised CHECK (email IS NULL OR email = lower(btrim(email))),
        CONSTRAINT ck_people_locale CHECK (locale IN ('nl', 'en')),
        CONSTRAINT ck_people_phase CHECK (phase IN ('information', 'relation', 'orientation', 'entry', 'employment', 'exit'))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_people_organisation_email ON people (organisation_id, email) WHERE email IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        email text NOT NULL,
        password_hash text,
        roles text[] NOT NULL,
        status text NOT NULL DEFAULT 'invited',
        locale text NOT NULL DEFAULT 'nl',
        last_login_at timestamptz,
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_users PRIMARY KEY (id),
        CONSTRAINT fk_users_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT fk_users_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT uq_users_person UNIQUE (person_id),
        CONSTRAINT uq_users_email UNIQUE (email),
        CONSTRAINT ck_users_email_normalised CHECK (email = lower(btrim(email))),
        CONSTRAINT ck_users_roles CHECK (
          cardinality(roles) > 0 AND roles <@ ARRAY['hr_admin', 'employee', 'alumnus', 'external_referrer']::text[]
        ),
        CONSTRAINT ck_users_status CHECK (status IN ('invited', 'active', 'deactivated')),
        CONSTRAINT ck_users_locale CHECK (locale IN ('nl', 'en'))
      )`);
    await q.query(`CREATE INDEX ix_users_organisation_created ON users (organisation_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        user_id uuid NOT NULL,
        token_hash bytea NOT NULL,
        csrf_token text NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_sessions PRIMARY KEY (id),
        CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT uq_sessions_token_hash UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX ix_sessions_user ON sessions (user_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX ix_sessions_expires_at ON sessions (expires_at)`);

    await q.query(`
      CREATE TABLE login_tokens (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        user_id uuid NOT NULL,
        purpose text NOT NULL,
        token_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_login_tokens PRIMARY KEY (id),
        CONSTRAINT fk_login_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT uq_login_tokens_token_hash UNIQUE (token_hash),
        CONSTRAINT ck_login_tokens_purpose CHECK (purpose IN ('magic_link', 'invitation'))
      )`);
    await q.query(`CREATE INDEX ix_login_tokens_user ON login_tokens (user_id, purpose)`);
    await q.query(`CREATE INDEX ix_login_tokens_expires_at ON login_tokens (expires_at)`);

    await q.query(`
      CREATE TABLE rate_limit_counters (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        CONSTRAINT pk_rate_limit_counters PRIMARY KEY (key)
      )`);
    await q.query(`CREATE INDEX ix_rate_limit_counters_window_start ON rate_limit_counters (window_start)`);

    await q.query(`
      CREATE TABLE mail_messages (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        person_id uuid,
        kind text NOT NULL,
        locale text NOT NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        html_body text,
        text_body text,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        message_id text NOT NULL,
        sensitive boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'queued',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        locked_by text,
        locked_until timestamptz,
        last_error text,
        sent_at timestamptz,
        failed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_mail_messages PRIMARY KEY (id),
        CONSTRAINT fk_mail_messages_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT uq_mail_messages_message_id UNIQUE (message_id),
        CONSTRAINT ck_mail_messages_status CHECK (status IN ('queued', 'sending', 'retry', 'sent', 'failed')),
        CONSTRAINT ck_mail_messages_locale CHECK (locale IN ('nl', 'en')),
        CONSTRAINT ck_mail_messages_sent CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
        CONSTRAINT ck_mail_messages_lock CHECK ((status = 'sending') = (locked_until IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX ix_mail_messages_due ON mail_messages (next_attempt_at) WHERE status IN ('queued', 'retry')`,
    );
    await q.query(`CREATE INDEX ix_mail_messages_in_flight ON mail_messages (locked_until) WHERE status = 'sending'`);
    await q.query(`CREATE INDEX ix_mail_messages_organisation_created ON mail_messages (organisation_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE audit_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        actor_user_id uuid,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_audit_events PRIMARY KEY (id),
        CONSTRAINT fk_audit_events_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_audit_events_organisation_created ON audit_events (organisation_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'mail_messages',
      'rate_limit_counters',
      'login_tokens',
      'sessions',
      'users',
      'people',
      'organisations',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
