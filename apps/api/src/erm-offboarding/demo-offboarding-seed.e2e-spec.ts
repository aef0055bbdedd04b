import { seedDemo } from '@kring/server-database';
import { bootTestApp, TestApp } from '../testing/test-app';

describe('demo seed: offboarding story', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('numbers the employees, has an alumnus with her leaving history and consents and an upcoming leaver, once', async () => {
    const passwords = { hr: 'demo-hr-passphrase-long', employee: 'demo-employee-passphrase' };
    const now = new Date('2027-03-10T09:00:00Z');
    await seedDemo(t.dataSource.manager, passwords, now);
    const snapshot = () =>
      t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM people WHERE phase IN ('entry', 'employment') AND employee_number IS NULL) AS unnumbered,
                (SELECT count(*)::int FROM people WHERE employee_number IS NOT NULL) AS numbered,
                (SELECT json_agg(json_build_object('email', p.email, 'status', o.status, 'date', o.leaving_date::text) ORDER BY o.status)
                   FROM offboardings o JOIN people p ON p.id = o.person_id
                  WHERE p.email IN ('alumnus@demo.kring.localhost', 'iris.dekker@example.nl')) AS offboardings,
                (SELECT json_agg(c.purpose ORDER BY c.purpose) FROM consents c JOIN people p ON p.id = c.person_id WHERE p.email = 'alumnus@demo.kring.localhost' AND c.status = 'granted' AND c.source = 'offboarding') AS consents,
                (SELECT count(*)::int FROM phase_transitions t JOIN people p ON p.id = t.person_id WHERE p.email = 'alumnus@demo.kring.localhost' AND t.cause = 'offboarded') AS exits`,
      );
    const [first] = await snapshot();
    expect(first.unnumbered).toBe(0);
    expect(first.numbered).toBeGreaterThan(3);
    expect(first.offboardings).toEqual([
      { email: 'alumnus@demo.kring.localhost', status: 'completed', date: '2026-11-10' },
      { email: 'iris.dekker@example.nl', status: 'scheduled', date: '2027-03-31' },
    ]);
    expect(first.consents).toEqual(['job_alerts', 'newsletter']);
    expect(first.exits).toBe(1);

    // Her record is as old as her history: hired in `employment` years before she left, not "created today in exit"; she reads Dutch.
    const history = await t.dataSource.query(
      `SELECT t.from_phase, t.to_phase, t.cause, t.occurred_at <= p.created_at + interval '1 second' AS at_creation, p.locale,
              p.created_at < (SELECT min(c.given_at) FROM consents c WHERE c.person_id = p.id) AS created_before_consents,
              extract(hour FROM t.occurred_at AT TIME ZONE 'Europe/Amsterdam')::int AS hour
         FROM phase_transitions t JOIN people p ON p.id = t.person_id WHERE p.email = 'alumnus@demo.kring.localhost' ORDER BY t.occurred_at`,
    );
    expect(history.map((h: { from_phase: string | null; to_phase: string; cause: string }) => [h.from_phase, h.to_phase, h.cause])).toEqual([
      [null, 'employment', 'created'],
      ['employment', 'exit', 'offboarded'],
    ]);
    expect(history[0]).toMatchObject({ at_creation: true, locale: 'nl', created_before_consents: true });
    for (const h of history) expect(h.hour).toBeGreaterThanOrEqual(9);
    for (const h of history) expect(h.hour).toBeLessThanOrEqual(17);

    await seedDemo(t.dataSource.manager, passwords, now);
    expect(await snapshot()).toEqual([first]);
  });
});
