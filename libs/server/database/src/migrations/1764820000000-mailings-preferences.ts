import { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: filled in by the mailings-preferences work (issue 6). */
export class MailingsPreferences1764820000000 implements MigrationInterface {
  name = 'MailingsPreferences1764820000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
