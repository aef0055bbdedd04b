import { JobAlertSender } from '@kring/server-mailings';
import { seedDemo } from '@kring/server-database';
import { FakeClock } from '@kring/server-testing';
import { bootTestApp, TestApp } from '../testing/test-app';

describe('demo seed: job alerts story', () => {
  let t: TestApp;
  const clock = new FakeClock('2027-03-10T09:00:00Z');
  beforeAll(async () => {
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());

  it('gives the demo alumnus a daily and a weekly alert, once; her daily digest then finds matching vacancies only', async () => {
    const passwords = { hr: 'demo-hr-passphrase-long', employee: 'demo-employee-passphrase' };
    await seedDemo(t.dataSource.manager, passwords, clock.now());
    const snapshot = () =>
      t.dataSource.query(
        `SELECT s.frequency, s.keywords, s.skills, s.locations, s.employment_types FROM job_alert_subscriptions s
         JOIN people p ON p.id = s.person_id WHERE p.email = 'alumnus@demo.kring.localhost' ORDER BY s.frequency`,
      );
    const first = await snapshot();
    expect(first).toEqual([
      { frequency: 'daily', keywords: 'verpleegkundige', skills: [], locations: ['utrecht'], employment_types: ['permanent'] },
      { frequency: 'weekly', keywords: '', skills: ['wondzorg'], locations: [], employment_types: [] },
    ]);
    await seedDemo(t.dataSource.manager, passwords, clock.now());
    expect(await snapshot()).toEqual(first);

    // The next morning the daily digest is due; whatever it sends matches her alert.
    clock.set('2027-03-11T07:30:00Z');
    const run = await t.app.get(JobAlertSender).runDigests();
    expect(run.people).toBeGreaterThanOrEqual(1);
    const sent: Array<{ title: string; location: string | null; employment_type: string }> = await t.dataSource.query(
      `SELECT v.title, v.location, v.employment_type FROM job_alert_deliveries d JOIN vacancies v ON v.id = d.vacancy_id
       JOIN people p ON p.id = d.person_id WHERE p.email = 'alumnus@demo.kring.localhost'`,
    );
    for (const v of sent) expect(v.employment_type).toBe('permanent');
  });
});
