import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@kring/server-database';
import { createTestDatabase, type TestDatabase } from '@kring/server-testing';

/** The match-referrals migration (1764970000000) goes down and up again cleanly, with and without match referrals. */
describe('migration MatchReferrals1764970000000', () => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions({ url: db.url, poolMax: 2, ssl: 'disable' })).initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const state = async () => {
    const [row] = await ds.query(
      `SELECT pg_get_constraintdef((SELECT oid FROM pg_constraint WHERE conname = 'ck_referrals_source')) LIKE '%match%' AS "sourceAllowsMatch",
              EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'referrals' AND column_name = 'match_skills') AS "hasColumn",
              EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'tr_referrals_erase_match_skills') AS "hasTrigger",
              (SELECT prosrc FROM pg_proc WHERE proname = 'referrals_points') LIKE '%''match''%' AS "pointsSkipMatch",
              (SELECT prosrc FROM pg_proc WHERE proname = 'points_catch_up') LIKE '%''match''%' AS "catchUpSkipsMatch"`,
    );
    return row;
  };
  const applied = { sourceAllowsMatch: true, hasColumn: true, hasTrigger: true, pointsSkipMatch: true, catchUpSkipsMatch: true };

  it('reverts to the previous schema (deleting match referrals) and applies again', async () => {
    const migration = ds.migrations.find((m) => m.name === 'MatchReferrals1764970000000')!;
    expect(await state()).toEqual(applied);
    const [org] = await ds.query(`INSERT INTO organisations (name, slug) VALUES ('Zorg', 'zorg-migration') RETURNING id`);
    const [person] = await ds.query(`INSERT INTO people (organisation_id, first_name, last_name) VALUES ($1, 'Hr', 'Admin') RETURNING id`, [org.id]);
    const [user] = await ds.query(`INSERT INTO users (organisation_id, person_id, email, roles) VALUES ($1, $2, 'hr@zorg.test', '{hr_admin}') RETURNING id`, [org.id, person.id]);
    const [programme] = await ds.query(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'Intern', 'internal', '{employee_permanent}') RETURNING id`, [org.id]);
    await ds.query(
      `INSERT INTO referrals (organisation_id, programme_id, referrer_user_id, candidate_name, candidate_email, source, consent_due_at, match_skills)
       VALUES ($1, $2, $3, 'Sam', 'sam@zorg.test', 'match', now() + interval '14 days', '{hygiëne}')`,
      [org.id, programme.id, user.id],
    );
    expect(await ds.query(`SELECT count(*)::int AS n FROM points_events WHERE user_id = $1`, [user.id])).toEqual([{ n: 0 }]);

    const runner = ds.createQueryRunner();
    try {
      await migration.down(runner);
      expect(await state()).toEqual({ sourceAllowsMatch: false, hasColumn: false, hasTrigger: false, pointsSkipMatch: false, catchUpSkipsMatch: false });
      expect(await ds.query(`SELECT count(*)::int AS n FROM referrals`)).toEqual([{ n: 0 }]);
      await migration.up(runner);
      expect(await state()).toEqual(applied);
    } finally {
      await runner.release();
    }
  });
});
