import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mailings groundwork: every organisation gets a random secret that signs the links in its bulk mail
 * (one-click unsubscribe, preference centre); gen_random_uuid() is volatile, so each row gets its own value.
 * And the suppression list every bulk mail checks.
 */
export class Mailings1764800000000 implements MigrationInterface {
  name = 'Mailings1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION kring_new_link_secret() RETURNS bytea LANGUAGE sql VOLATILE AS $$
        SELECT sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8'))
      $$`);
    await q.query(`ALTER TABLE organisations ADD COLUMN link_secret bytea NOT NULL DEFAULT kring_new_link_secret()`);
    await q.query(`ALTER TABLE organisations ADD CONSTRAINT ck_organisations_link_secret CHECK (octet_length(link_secret) = 32)`);

    // Addresses no bulk mail may go to: hard bounces and complaints (from the provider webhook), or HR's hand.
    await q.query(`
      CREATE TABLE mail_suppressions (
        organisation_id uuid NOT NULL,
        email text NOT NULL,
        reason text NOT NULL,
        source text NOT NULL,
        detail text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_mail_suppressions PRIMARY KEY (organisation_id, email),
        CONSTRAINT fk_mail_suppressions_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_mail_suppressions_email_normalised CHECK (email = lower(btrim(email))),
        CONSTRAINT ck_mail_suppressions_reason CHECK (reason IN ('hard_bounce', 'complaint', 'manual'))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_suppressions`);
    await q.query(`ALTER TABLE organisations DROP CONSTRAINT ck_organisations_link_secret, DROP COLUMN link_secret`);
    await q.query(`DROP FUNCTION kring_new_link_secret()`);
  }
}
