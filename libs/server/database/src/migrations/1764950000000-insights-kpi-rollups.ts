import { MigrationInterface, QueryRunner } from 'typeorm';

/** HR dashboard speed (issue 7): further rollups so every KPI endpoint reads counters, not rows. */
export class InsightsKpiRollups1764950000000 implements MigrationInterface {
  name = 'InsightsKpiRollups1764950000000';

  async up(_q: QueryRunner): Promise<void> {
    // Filled in by the work on this issue.
  }

  async down(_q: QueryRunner): Promise<void> {
    // Filled in by the work on this issue.
  }
}
