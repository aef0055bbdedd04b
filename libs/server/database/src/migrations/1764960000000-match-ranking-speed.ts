import { MigrationInterface, QueryRunner } from 'typeorm';

/** Search & Match ranking speed (issue 8). */
export class MatchRankingSpeed1764960000000 implements MigrationInterface {
  name = 'MatchRankingSpeed1764960000000';

  async up(_q: QueryRunner): Promise<void> {
    // Filled in by the work on this issue.
  }

  async down(_q: QueryRunner): Promise<void> {
    // Filled in by the work on this issue.
  }
}
