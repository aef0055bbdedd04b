import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Newsletters (issue 6): a newsletter with one variant per language, and one delivery row per newsletter and
 * recipient. The delivery rows ARE the progress: no cursor, so a crash can neither skip nor repeat a recipient.
 */
export class MailingsNewsletters1764810000000 implements MigrationInterface {
  name = 'MailingsNewsletters1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE newsletters (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        name text NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        segment_id uuid,
        scheduled_at timestamptz,
        created_by_user_id uuid,
        started_at timestamptz,
        finished_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_newsletters PRIMARY KEY (id),
        CONSTRAINT uq_newsletters_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT fk_newsletters_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT fk_newsletters_segment FOREIGN KEY (segment_id) REFERENCES segments (id) ON DELETE SET NULL,
        CONSTRAINT fk_newsletters_created_by FOREIGN KEY (created_by_user_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT ck_newsletters_name CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
        CONSTRAINT ck_newsletters_status CHECK (status IN ('draft', 'scheduled', 'sending', 'sent', 'cancelled')),
        CONSTRAINT ck_newsletters_scheduled CHECK (status <> 'scheduled' OR scheduled_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX ix_newsletters_organisation_created ON newsletters (organisation_id, created_at DESC)`);
    // The sweep (all organisations) looks for scheduled newsletters that fell due and for newsletters still sending.
    await q.query(`CREATE INDEX ix_newsletters_due ON newsletters (scheduled_at) WHERE status IN ('scheduled', 'sending')`);

    await q.query(`
      CREATE TABLE newsletter_variants (
        organisation_id uuid NOT NULL,
        newsletter_id uuid NOT NULL,
        locale text NOT NULL,
        subject text NOT NULL,
        preheader text NOT NULL DEFAULT '',
        body_markdown text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_newsletter_variants PRIMARY KEY (organisation_id, newsletter_id, locale),
        CONSTRAINT fk_newsletter_variants_newsletter FOREIGN KEY (organisation_id, newsletter_id)
          REFERENCES newsletters (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_newsletter_variants_locale CHECK (locale IN ('nl', 'en')),
        CONSTRAINT ck_newsletter_variants_subject CHECK (char_length(btrim(subject)) BETWEEN 1 AND 200),
        CONSTRAINT ck_newsletter_variants_preheader CHECK (char_length(preheader) <= 300),
        CONSTRAINT ck_newsletter_variants_body CHECK (char_length(body_markdown) <= 100000)
      )`);

    await q.query(`
      CREATE TABLE newsletter_deliveries (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        newsletter_id uuid NOT NULL,
        person_id uuid NOT NULL,
        email text NOT NULL,
        locale text NOT NULL,
        status text NOT NULL DEFAULT 'queued',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        locked_by text,
        locked_until timestamptz,
        message_id text NOT NULL,
        last_error text,
        sent_at timestamptz,
        failed_at timestamptz,
        unsubscribed_at timestamptz,
        bounced_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_newsletter_deliveries PRIMARY KEY (id),
        CONSTRAINT uq_newsletter_deliveries_recipient UNIQUE (organisation_id, newsletter_id, person_id),
        CONSTRAINT uq_newsletter_deliveries_message_id UNIQUE (message_id),
        CONSTRAINT fk_newsletter_deliveries_newsletter FOREIGN KEY (organisation_id, newsletter_id)
          REFERENCES newsletters (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_newsletter_deliveries_person FOREIGN KEY (organisation_id, person_id)
          REFERENCES people (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_newsletter_deliveries_locale CHECK (locale IN ('nl', 'en')),
        CONSTRAINT ck_newsletter_deliveries_status CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'skipped')),
        CONSTRAINT ck_newsletter_deliveries_attempts CHECK (attempts >= 0)
      )`);
    await q.query(
      `CREATE INDEX ix_newsletter_deliveries_organisation_newsletter_status ON newsletter_deliveries (organisation_id, newsletter_id, status)`,
    );
    // Claiming: due queued rows of one newsletter. Only unfinished rows are indexed, so the index shrinks as the send progresses.
    await q.query(
      `CREATE INDEX ix_newsletter_deliveries_due ON newsletter_deliveries (newsletter_id, next_attempt_at) WHERE status = 'queued'`,
    );
    // The sweep: rows whose sender's lease ran out while in flight.
    await q.query(
      `CREATE INDEX ix_newsletter_deliveries_in_flight ON newsletter_deliveries (locked_until) WHERE status = 'sending'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE newsletter_deliveries`);
    await q.query(`DROP TABLE newsletter_variants`);
    await q.query(`DROP TABLE newsletters`);
  }
}
