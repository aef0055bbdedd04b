import { MigrationInterface, QueryRunner } from 'typeorm';

/** Search & Match ranking speed (issue 8): per-person concept arrays. */
export class MatchConceptArrays1765000000000 implements MigrationInterface {
  name = 'MatchConceptArrays1765000000000';

  async up(_q: QueryRunner): Promise<void> {
    // Filled in by the work on this issue.
  }

  async down(_q: QueryRunner): Promise<void> {
    // Filled in by the work on this issue.
  }
}
