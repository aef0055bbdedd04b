import { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: filled in by the erm-pools work (issue 5). */
export class ErmPools1764300000000 implements MigrationInterface {
  name = 'ErmPools1764300000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
