import { MigrationInterface, QueryRunner } from 'typeorm';

/** Search & Match (issue 8): skills and occupations of vacancies and people, for ranking in PostgreSQL. */
export class Match1764940000000 implements MigrationInterface {
  name = 'Match1764940000000';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by the matching area
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by the matching area
  }
}
