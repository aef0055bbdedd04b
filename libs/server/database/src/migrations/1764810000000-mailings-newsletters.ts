import { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: filled in by the mailings-newsletters work (issue 6). */
export class MailingsNewsletters1764810000000 implements MigrationInterface {
  name = 'MailingsNewsletters1764810000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
