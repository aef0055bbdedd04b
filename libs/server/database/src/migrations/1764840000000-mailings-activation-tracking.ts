import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 6, the rest: programme activation mails travel through the newsletter engine (a newsletter of kind
 * `activation` for one programme, each delivery row carrying that referrer's own share links in `personal`), and
 * opt-in open/click tracking (off by default per organisation; first open and first click per delivery).
 * Programme mails go to referrers on legitimate interest; the opt-out is the consent purpose `programme_mails`
 * (withdrawn = opted out; no row or granted = receives them). The share links an activation mail creates for its
 * recipients award no share points: the points trigger skips rows inserted while the transaction-local setting
 * `kring.share_link_points` is 'off' (a link HR's mail made for someone is not that person sharing).
 */
export class MailingsActivationTracking1764840000000 implements MigrationInterface {
  name = 'MailingsActivationTracking1764840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations ADD COLUMN mail_tracking boolean NOT NULL DEFAULT false`);
    await q.query(`
      ALTER TABLE newsletters
        ADD COLUMN kind text NOT NULL DEFAULT 'newsletter',
        ADD COLUMN programme_id uuid,
        ADD CONSTRAINT ck_newsletters_kind CHECK (kind IN ('newsletter', 'activation')),
        ADD CONSTRAINT ck_newsletters_activation_programme CHECK ((kind = 'activation') = (programme_id IS NOT NULL)),
        ADD CONSTRAINT fk_newsletters_programme FOREIGN KEY (organisation_id, programme_id)
          REFERENCES programmes (organisation_id, id) ON DELETE CASCADE`);
    await q.query(`CREATE INDEX ix_newsletters_programme ON newsletters (organisation_id, programme_id) WHERE programme_id IS NOT NULL`);
    await q.query(`
      ALTER TABLE newsletter_deliveries
        ADD COLUMN personal jsonb,
        ADD COLUMN opened_at timestamptz,
        ADD COLUMN clicked_at timestamptz`);
    await q.query(`ALTER TABLE consents DROP CONSTRAINT ck_consents_purpose`);
    await q.query(
      `ALTER TABLE consents ADD CONSTRAINT ck_consents_purpose
         CHECK (purpose IN ('talent_pool', 'newsletter', 'job_alerts', 'events', 'matching', 'programme_mails'))`,
    );
    await q.query(`DROP TRIGGER tr_share_links_points ON share_links`);
    await q.query(`
      CREATE TRIGGER tr_share_links_points AFTER INSERT ON share_links FOR EACH ROW
        WHEN (current_setting('kring.share_link_points', true) IS DISTINCT FROM 'off')
        EXECUTE FUNCTION share_links_points()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_share_links_points ON share_links`);
    await q.query(`CREATE TRIGGER tr_share_links_points AFTER INSERT ON share_links FOR EACH ROW EXECUTE FUNCTION share_links_points()`);
    // The opt-outs cannot be kept under the old constraint: they (and their history) go with the purpose.
    await q.query(`DELETE FROM consent_events WHERE purpose = 'programme_mails'`);
    await q.query(`DELETE FROM consents WHERE purpose = 'programme_mails'`);
    await q.query(`ALTER TABLE consents DROP CONSTRAINT ck_consents_purpose`);
    await q.query(
      `ALTER TABLE consents ADD CONSTRAINT ck_consents_purpose CHECK (purpose IN ('talent_pool', 'newsletter', 'job_alerts', 'events', 'matching'))`,
    );
    await q.query(`ALTER TABLE newsletter_deliveries DROP COLUMN clicked_at, DROP COLUMN opened_at, DROP COLUMN personal`);
    await q.query(`DROP INDEX ix_newsletters_programme`);
    await q.query(
      `ALTER TABLE newsletters DROP CONSTRAINT fk_newsletters_programme, DROP CONSTRAINT ck_newsletters_activation_programme,
         DROP CONSTRAINT ck_newsletters_kind, DROP COLUMN programme_id, DROP COLUMN kind`,
    );
    await q.query(`ALTER TABLE organisations DROP COLUMN mail_tracking`);
  }
}
