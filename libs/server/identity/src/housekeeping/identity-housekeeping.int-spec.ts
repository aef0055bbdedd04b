import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@kring/server-database';
import { createTestDatabase, TestDatabase } from '@kring/server-testing';
import { IdentityHousekeeping } from './identity-housekeeping.service';

describe('identity housekeeping', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolMax: 2, ssl: 'disable' })).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('deletes only spent credentials past retention and stale counters', async () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    const [org] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('H', 'housekeeping') RETURNING id`);
    const [person] = await dataSource.query(`INSERT INTO people (organisation_id, first_name) VALUES ($1, 'P') RETURNING id`, [org.id]);
    const [user] = await dataSource.query(
      `INSERT INTO users (organisation_id, person_id, email, roles, status) VALUES ($1, $2, 'h@example.test', '{employee}', 'active') RETURNING id`,
      [org.id, person.id],
    );
    const session = (hash: string, expires: Date, revoked: Date | null) =>
      dataSource.query(
        `INSERT INTO sessions (organisation_id, user_id, token_hash, csrf_token, expires_at, revoked_at) VALUES ($1, $2, $3, 'c', $4, $5) RETURNING id`,
        [org.id, user.id, Buffer.from(hash), expires, revoked],
      );
    const [[keepActive], [keepRecentlyRevoked], , ] = await Promise.all([
      session('a', daysAgo(-3), null),
      session('b', daysAgo(-3), daysAgo(2)),
      session('c', daysAgo(31), null),
      session('d', daysAgo(-3), daysAgo(40)),
    ]);
    const token = (hash: string, expires: Date, used: Date | null) =>
      dataSource.query(
        `INSERT INTO login_tokens (organisation_id, user_id, purpose, token_hash, expires_at, used_at) VALUES ($1, $2, 'magic_link', $3, $4, $5) RETURNING id`,
        [org.id, user.id, Buffer.from(hash), expires, used],
      );
    const [[keepToken]] = await Promise.all([token('t1', daysAgo(1), null), token('t2', daysAgo(45), null), token('t3', daysAgo(-1), daysAgo(31))]);
    await dataSource.query(`INSERT INTO rate_limit_counters (key, window_start, hits) VALUES ('old', $1, 3), ('new', $2, 1)`, [
      daysAgo(2),
      daysAgo(0.01),
    ]);

    const result = await new IdentityHousekeeping(dataSource).purge(now);

    expect(result).toEqual({ sessions: 2, loginTokens: 2, rateLimitCounters: 1 });
    const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();
    expect(ids(await dataSource.query(`SELECT id FROM sessions`))).toEqual([keepActive.id, keepRecentlyRevoked.id].sort());
    expect(ids(await dataSource.query(`SELECT id FROM login_tokens`))).toEqual([keepToken.id]);
    expect(await dataSource.query(`SELECT key FROM rate_limit_counters`)).toEqual([{ key: 'new' }]);
  });
});
