import { seedDemo } from '@kring/server-database';
import { FakeClock } from '@kring/server-testing';
import { HttpClient } from '../testing/http-client';
import { bootTestApp, TestApp } from '../testing/test-app';

describe('preboarding demo data (e2e)', () => {
  let t: TestApp;
  const clock = new FakeClock(new Date());
  const passwords = { hr: 'demo-hr-passphrase', employee: 'demo-employee-passphrase' };

  beforeAll(async () => {
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());

  it('shows HR the default template and every hired person with a start date as a starter, and loads once', async () => {
    await seedDemo(t.dataSource.manager, passwords);
    await seedDemo(t.dataSource.manager, passwords);
    const http = new HttpClient(t.app);
    expect((await http.post('/api/auth/login', { email: 'hr@demo.kring.localhost', password: passwords.hr })).status).toBe(200);

    const templates = (await http.get('/api/preboarding/templates')).body as Array<{ name: string; isDefault: boolean; tasks: unknown[] }>;
    expect(templates.filter((tpl) => tpl.name === 'Welkom bij Zorggroep De Linde')).toEqual([expect.objectContaining({ isDefault: true })]);
    expect(templates[0]!.tasks).toHaveLength(6);

    const starters = (await http.get('/api/preboarding/starters')).body as Array<{ name: string; done: number; total: number; startDate: string }>;
    expect(starters.map((s) => [s.name, s.done, s.total])).toEqual(
      expect.arrayContaining([
        ['Noah Smit', 0, 6],
        ['Lisa Bakker', 3, 6],
        ['Bas Hoekstra', 0, 6],
        ['Nina Willems', 1, 6],
      ]),
    );
    // Nobody is "starting soon" without a start date and a checklist.
    expect(
      await t.dataSource.query(
        `SELECT first_name FROM people p WHERE phase = 'entry' AND (start_date IS NULL OR NOT EXISTS (SELECT 1 FROM preboarding_checklists c WHERE c.person_id = p.id))`,
      ),
    ).toEqual([]);
    const noah = starters.find((s) => s.name === 'Noah Smit')!;
    const [referral] = await t.dataSource.query(`SELECT start_date::text AS d FROM referrals WHERE candidate_name = 'Noah Smit'`);
    expect(noah.startDate).toBe(referral.d);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM preboarding_checklists`)).toEqual([{ n: 4 }]);
  });
});
