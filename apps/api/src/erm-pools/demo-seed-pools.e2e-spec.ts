import { seedDemo } from '@kring/server-database';
import { bootTestApp, TestApp } from '../testing/test-app';

/** The demo story of talent pools: three pools, confirmed contacts (some due for renewal), one pending sign-up; loaded once. */
describe('talent pools in the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('has pools with members, consents that expire within 30 days for some, and one pending sign-up; a second seed changes nothing', async () => {
    const now = new Date();
    await seedDemo(t.dataSource.manager, { hr: 'demo-hr-passphrase', employee: 'demo-employee-passphrase' }, now);
    const snapshot = async () =>
      (
        await t.dataSource.query(`SELECT
          (SELECT count(*) FROM talent_pools)::int AS pools,
          (SELECT count(*) FROM talent_pool_members)::int AS members,
          (SELECT count(*) FROM consents WHERE purpose = 'talent_pool' AND status = 'granted')::int AS granted,
          (SELECT count(*) FROM consents WHERE purpose = 'talent_pool' AND status = 'granted' AND expires_at <= $1::timestamptz + interval '30 days')::int AS expiring,
          (SELECT count(*) FROM talent_pool_signups)::int AS signups,
          (SELECT count(*) FROM touchpoints WHERE kind = 'talent_pool_joined')::int AS joins`, [now])
      )[0];
    const first = await snapshot();
    expect(first).toMatchObject({ pools: 3, granted: 12, signups: 1 });
    expect(first.expiring).toBeGreaterThanOrEqual(3);
    expect(first.members).toBeGreaterThanOrEqual(13);
    expect(first.joins).toBe(first.members);
    const phases = await t.dataSource.query(`SELECT DISTINCT p.phase FROM people p JOIN consents c ON c.person_id = p.id WHERE c.purpose = 'talent_pool' AND c.status = 'granted'`);
    expect(phases).toEqual([{ phase: 'orientation' }]);
    const [alumnus] = await t.dataSource.query(`SELECT p.phase FROM people p JOIN talent_pool_members m ON m.person_id = p.id WHERE p.email = 'mark.postma@example.nl'`);
    expect(alumnus).toEqual({ phase: 'exit' });

    await seedDemo(t.dataSource.manager, { hr: 'demo-hr-passphrase', employee: 'demo-employee-passphrase' }, now);
    expect(await snapshot()).toEqual(first);
  });
});
