import { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: filled in by the privacy work (issue 5). */
export class ErmPrivacy1764700000000 implements MigrationInterface {
  name = 'ErmPrivacy1764700000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
