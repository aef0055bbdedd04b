import { seedDemo } from '@kring/server-database';
import { bootTestApp, TestApp } from '../testing/test-app';

/** The events part of the demo story, read back through the API as HR sees it. */
describe('demo events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('has a past event with attendance, the open day, an online alumni drink and a small tour with a waitlist, seeded once', async () => {
    const now = new Date('2030-05-06T10:00:00Z');
    await seedDemo(t.dataSource.manager, { hr: 'demo-hr-passphrase', employee: 'demo-employee-passphrase' }, now);
    await seedDemo(t.dataSource.manager, { hr: 'demo-hr-passphrase', employee: 'demo-employee-passphrase' }, now);
    const events = await t.dataSource.query(
      `SELECT e.title, e.online_url IS NOT NULL AS online, e.starts_at > $1 AS upcoming, e.time_zone,
              count(i.*) FILTER (WHERE i.status = 'yes')::int AS yes,
              count(i.*) FILTER (WHERE i.status = 'waitlisted')::int AS waitlisted,
              count(i.*) FILTER (WHERE i.attendance = 'attended')::int AS attended
         FROM events e LEFT JOIN event_invitations i ON i.event_id = e.id GROUP BY e.id ORDER BY e.starts_at`,
      [now],
    );
    expect(events).toHaveLength(4);
    expect(events[0]).toMatchObject({ title: 'Zomerbarbecue De Linde', upcoming: false, time_zone: 'Europe/Amsterdam' });
    expect(events[0].attended).toBeGreaterThan(0);
    expect(events[1]).toMatchObject({ title: 'Alumni-borrel', online: true, upcoming: true, yes: 2, waitlisted: 0 });
    expect(events[2]).toMatchObject({ title: 'Rondleiding nieuwe wondpoli', online: false, upcoming: true, yes: 3, waitlisted: 1 });
    expect(events[3]).toMatchObject({ title: 'Open dag Zorggroep De Linde', online: false, upcoming: true });
    expect(events[3].yes).toBeGreaterThan(0);
    // Plausible sizes: the online drink has room for everyone, the tour is the small one that fills up.
    const capacities = await t.dataSource.query(`SELECT title, capacity FROM events ORDER BY starts_at`);
    expect(capacities.map((e: { capacity: number }) => e.capacity)).toEqual([80, 40, 3, 40]);
    // Guests are the demo people themselves: no second person with the same name, no separate guest addresses.
    expect(await t.dataSource.query(`SELECT first_name, last_name FROM people GROUP BY 1, 2 HAVING count(*) > 1`)).toEqual([]);
    expect(await t.dataSource.query(`SELECT email FROM people WHERE email LIKE '%@events.demo.kring.localhost'`)).toEqual([]);
    // Invitations and answers happen during office hours in Amsterdam.
    const [hours] = await t.dataSource.query(
      `SELECT min(extract(hour FROM invited_at AT TIME ZONE 'Europe/Amsterdam'))::int AS first, max(extract(hour FROM coalesce(responded_at, invited_at) AT TIME ZONE 'Europe/Amsterdam'))::int AS last
         FROM event_invitations`,
    );
    expect(hours.first).toBeGreaterThanOrEqual(9);
    expect(hours.last).toBeLessThanOrEqual(17);
    // Local 10:00 in Amsterdam (summer time in May → 08:00 UTC).
    const [openDay] = await t.dataSource.query(`SELECT to_char(starts_at AT TIME ZONE 'UTC', 'HH24:MI') AS utc FROM events WHERE title = 'Open dag Zorggroep De Linde'`);
    expect(openDay.utc).toBe('08:00');
    const attendedTouchpoints = await t.dataSource.query(`SELECT count(*)::int AS n FROM touchpoints WHERE kind = 'event_attended'`);
    expect(attendedTouchpoints[0].n).toBe(events[0].attended);
  });
});
