import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ERM privacy: `people.erased_at` marks an erasure tombstone (an emptied person row kept only because payroll
 * records point at its account; see docs/developer/erm-privacy.md). Every people list and lookup excludes it.
 * Tombstones written before this column existed are recognised by their entry in the erasure log
 * (audit action `person.erased`, `data.subjectHash = sha256("<organisationId>:<personId>")`).
 */
export class ErmPrivacy1764700000000 implements MigrationInterface {
  name = 'ErmPrivacy1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people ADD COLUMN erased_at timestamptz`);
    await q.query(`
      UPDATE people p SET erased_at = p.updated_at
       WHERE EXISTS (SELECT 1 FROM audit_events a
                      WHERE a.organisation_id = p.organisation_id AND a.action = 'person.erased'
                        AND a.data->>'subjectHash' = encode(sha256(convert_to(p.organisation_id::text || ':' || p.id::text, 'UTF8')), 'hex'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people DROP COLUMN erased_at`);
  }
}
