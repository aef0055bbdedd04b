import { MigrationInterface, QueryRunner } from 'typeorm';

/** HR dashboard speed (issue 7): participation and time to hire under 50 ms. */
export class InsightsKpiSpeed1764990000000 implements MigrationInterface {
  name = 'InsightsKpiSpeed1764990000000';

  async up(_q: QueryRunner): Promise<void> {
    // Filled in by the work on this issue.
  }

  async down(_q: QueryRunner): Promise<void> {
    // Filled in by the work on this issue.
  }
}
