import { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: filled in by the insights (HR dashboard) work of issue 7. */
export class Insights1764900000000 implements MigrationInterface {
  name = 'Insights1764900000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
