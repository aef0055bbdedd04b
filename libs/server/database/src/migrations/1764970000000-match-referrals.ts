import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search & Match (issue 8): HR refers a matched person to a vacancy. Such a referral has source 'match': HR's own
 * sourcing through Kring, not an employee referral (no reward; the dashboard counts its hire as channel 'direct').
 */
export class MatchReferrals1764970000000 implements MigrationInterface {
  name = 'MatchReferrals1764970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referrals DROP CONSTRAINT ck_referrals_source,
      ADD CONSTRAINT ck_referrals_source CHECK (source IN ('referral_form', 'share_link', 'match'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM referrals WHERE source = 'match'`);
    await q.query(`ALTER TABLE referrals DROP CONSTRAINT ck_referrals_source,
      ADD CONSTRAINT ck_referrals_source CHECK (source IN ('referral_form', 'share_link'))`);
  }
}
