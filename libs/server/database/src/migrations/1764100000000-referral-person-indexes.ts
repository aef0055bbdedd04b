import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `referrals.candidate_person_id` and `hired_person_id` reference people with ON DELETE SET NULL. Without an
 * index every erased person (decline, consent timeout) scanned the whole referrals table (found by the API
 * benchmark: deleting ~9,000 people took over five minutes at 200k referrals).
 */
export class ReferralPersonIndexes1764100000000 implements MigrationInterface {
  name = 'ReferralPersonIndexes1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_referrals_candidate_person ON referrals (candidate_person_id) WHERE candidate_person_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_referrals_hired_person ON referrals (hired_person_id) WHERE hired_person_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_referrals_hired_person`);
    await q.query(`DROP INDEX ix_referrals_candidate_person`);
  }
}
