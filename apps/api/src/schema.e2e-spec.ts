import { bootTestApp, TestApp } from './testing/test-app';

/**
 * Migrations are written by hand; entities describe the same tables. If they drift apart, TypeORM would
 * read or write columns that do not exist. This compares every registered entity with the migrated schema.
 */
describe('entities and migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('agree: synchronising the migrated database would change no table or column', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    const ignorable = /^(CREATE|DROP) INDEX|^ALTER TABLE .* (ADD|DROP) CONSTRAINT/; // names and checks live in migrations only
    const changes = pending.upQueries.map((q) => q.query).filter((sql) => !ignorable.test(sql));
    expect(changes).toEqual([]);
  });
});
