import { Client } from 'pg';
import { DataSource, type QueryRunner } from 'typeorm';
import { dataSourceOptions } from '@kring/server-database';
import { createTestDatabase, type TestDatabase } from '@kring/server-testing';
import { erasureSubjectHash } from './privacy.service';

/** The privacy migration: `people.erased_at`, filled for tombstones already in the erasure log, and a real down(). */
describe('migration ErmPrivacy1764700000000', () => {
  let db: TestDatabase;
  let client: Client;
  let dataSource: DataSource;
  let queryRunner: QueryRunner;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolMax: 2, ssl: 'disable' })).initialize();
    queryRunner = dataSource.createQueryRunner();
  });
  afterAll(async () => {
    await queryRunner?.release();
    await dataSource?.destroy();
    await client?.end();
    await db?.drop();
  });

  const migration = () => {
    const found = dataSource.migrations.find((m) => m.name === 'ErmPrivacy1764700000000');
    if (!found) throw new Error('ErmPrivacy1764700000000 is not registered');
    return found;
  };

  const columnExists = async () =>
    (await client.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'people' AND column_name = 'erased_at'`)).rowCount === 1;

  it('goes down and up again, marking as erased exactly the tombstones of the erasure log', async () => {
    const { rows: [org] } = await client.query(`INSERT INTO organisations (name, slug) VALUES ('Zorggroep De Linde', 'de-linde-migratie') RETURNING id`);
    const { rows: [tombstone] } = await client.query(`INSERT INTO people (organisation_id, first_name, updated_at) VALUES ($1, '[erased]', '2027-01-15T10:00:00Z') RETURNING id`, [org.id]);
    const { rows: [living] } = await client.query(`INSERT INTO people (organisation_id, first_name, last_name) VALUES ($1, 'Sanne', 'de Vries') RETURNING id`, [org.id]);
    await client.query(
      `INSERT INTO audit_events (organisation_id, action, subject_type, data) VALUES ($1, 'person.erased', 'person_erasure', $2)`,
      [org.id, JSON.stringify({ subjectHash: erasureSubjectHash(org.id, tombstone.id), reason: 'other', outcome: 'tombstone' })],
    );

    // Later migrations may depend on the column (a trigger on people.erased_at): undo them first, as a real rollback would.
    const later = dataSource.migrations.length - 1 - dataSource.migrations.findIndex((m) => m.name === 'ErmPrivacy1764700000000');
    for (let i = 0; i < later; i++) await dataSource.undoLastMigration();
    await migration().down(queryRunner);
    expect(await columnExists()).toBe(false);

    await migration().up(queryRunner);
    expect(await columnExists()).toBe(true);
    const { rows } = await client.query(`SELECT id, erased_at FROM people WHERE organisation_id = $1`, [org.id]);
    const erased = Object.fromEntries(rows.map((r: { id: string; erased_at: Date | null }) => [r.id, r.erased_at?.toISOString() ?? null]));
    expect(erased).toEqual({ [tombstone.id]: '2027-01-15T10:00:00.000Z', [living.id]: null });
    // The later migrations go up again on top of it.
    expect((await dataSource.runMigrations()).length).toBe(later);
  });
});
