import { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: filled in by the erm-preboarding work (issue 5). */
export class ErmPreboarding1764500000000 implements MigrationInterface {
  name = 'ErmPreboarding1764500000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
