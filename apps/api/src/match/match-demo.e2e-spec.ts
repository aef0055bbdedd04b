import { seedDemo } from '@kring/server-database';
import { HttpClient } from '../testing/http-client';
import { bootTestApp, TestApp } from '../testing/test-app';

describe('Search & Match demo data (e2e)', () => {
  let t: TestApp;
  const passwords = { hr: 'demo-hr-passphrase', employee: 'demo-employee-passphrase' };

  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('gives HR ranked, explained matches for the demo nursing vacancy right after seeding, and seeds once', async () => {
    await seedDemo(t.dataSource.manager, passwords);
    await seedDemo(t.dataSource.manager, passwords);
    const http = new HttpClient(t.app);
    expect((await http.post('/api/auth/login', { email: 'hr@demo.kring.localhost', password: passwords.hr })).status).toBe(200);
    const [vacancy] = await t.dataSource.query(`SELECT id FROM vacancies WHERE title = 'Verpleegkundige wijkzorg'`);

    const profile = await http.get(`/api/vacancies/${vacancy.id}/match-profile?lang=nl`);
    expect(profile.status).toBe(200);
    expect(profile.body.skills.filter((s: { status: string }) => s.status === 'confirmed')).toHaveLength(7);

    const matches = await http.get(`/api/vacancies/${vacancy.id}/matches?lang=nl&limit=20`);
    expect(matches.status).toBe(200);
    const names = matches.body.items.map((m: { displayName: string }) => m.displayName);
    // The nurses with the most of the vacancy's essential skills come first; the ICT and data people share nothing with it.
    expect(names[0]).toBe('Mark Postma');
    expect(names.slice(0, 4)).toEqual(expect.arrayContaining(['Mark Postma', 'Joost van Dijk', 'Daniel Okafor', 'Sophie Janssen']));
    expect(names).not.toContain('Tom Verhoeven');
    expect(names).not.toContain('Ravi Ramdin');
    expect(matches.body.total).toBe(names.length);
    expect(matches.body.items[0].features).toEqual(expect.arrayContaining(['consent.matching', 'skills', 'occupations']));
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM person_skills`)).toEqual([{ n: 42 }]);
  });
});
