import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '@kring/server-testing';
import { dataSourceOptions } from '../data-source-options';
import { seedDemo } from './demo-seed';

describe('demo data', () => {
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

  it('has an internal and a combined programme, a time-boxed action and referrals in every stage, loaded once', async () => {
    const passwords = { hr: 'demo-hr-passphrase', employee: 'demo-employee-passphrase' };
    expect((await seedDemo(dataSource.manager, passwords)).created).toBe(true);
    const programmes = await dataSource.query(`SELECT kind, ends_at IS NOT NULL AS action FROM programmes ORDER BY name`);
    expect(programmes).toEqual(
      expect.arrayContaining([
        { kind: 'internal', action: false },
        { kind: 'combined', action: false },
        { kind: 'internal', action: true },
      ]),
    );
    const stages = (await dataSource.query(`SELECT DISTINCT stage FROM referrals WHERE consent_state = 'consented'`)).map((r: { stage: string }) => r.stage).sort();
    expect(stages).toEqual(['hired', 'interview', 'new', 'offer', 'rejected', 'screening', 'withdrawn']);
    const consents = (await dataSource.query(`SELECT DISTINCT consent_state FROM referrals`)).map((r: { consent_state: string }) => r.consent_state).sort();
    expect(consents).toEqual(['awaiting_consent', 'consented', 'declined']);

    const count = async () => (await dataSource.query(`SELECT (SELECT count(*) FROM referrals)::int AS r, (SELECT count(*) FROM users)::int AS u`))[0];
    const before = await count();
    expect((await seedDemo(dataSource.manager, passwords)).created).toBe(false);
    expect(await count()).toEqual(before);
  });
});
