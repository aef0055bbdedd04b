import { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: filled in by the erm-events work (issue 5). */
export class ErmEvents1764400000000 implements MigrationInterface {
  name = 'ErmEvents1764400000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
