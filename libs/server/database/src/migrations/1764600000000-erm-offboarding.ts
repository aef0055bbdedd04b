import { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: filled in by the erm-offboarding work (issue 5). */
export class ErmOffboarding1764600000000 implements MigrationInterface {
  name = 'ErmOffboarding1764600000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
