import { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: filled in by the mailings-job-alerts work (issue 6). */
export class MailingsJobAlerts1764830000000 implements MigrationInterface {
  name = 'MailingsJobAlerts1764830000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
