import { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: filled in by the erm-segments work (issue 5). */
export class ErmSegments1764250000000 implements MigrationInterface {
  name = 'ErmSegments1764250000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
