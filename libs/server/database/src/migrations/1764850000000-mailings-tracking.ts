import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 6: job alerts requested on the public talent-pool form wait, like the rest of the sign-up, until the owner
 * of the address confirms (double opt-in); then the job_alert_subscriptions row is created. NULL: no job alert asked.
 * (Open/click tracking needs no columns beyond those of 1764840000000: its setting changes are in audit_events.)
 */
export class MailingsTracking1764850000000 implements MigrationInterface {
  name = 'MailingsTracking1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE talent_pool_signups
        ADD COLUMN job_alert jsonb,
        ADD CONSTRAINT ck_talent_pool_signups_job_alert CHECK (job_alert IS NULL OR jsonb_typeof(job_alert) = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE talent_pool_signups DROP CONSTRAINT ck_talent_pool_signups_job_alert, DROP COLUMN job_alert`);
  }
}
