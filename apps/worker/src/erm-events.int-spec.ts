import { DataSource } from 'typeorm';
import { QueueNames } from '@kring/server-queue';
import { FakeClock, testConfig, waitUntil } from '@kring/server-testing';
import { ErmEventsWorker } from './erm-events.worker';
import { createWorker } from './main';
import { eachTestDatabaseAndSink } from './testing';

const HOUR = 3_600_000;


describe('event reminders in the worker', () => {
  const env = eachTestDatabaseAndSink();

  it('mails each "yes" once, only within 24 hours before the start and never after it, however often and in parallel it runs', async () => {
    const now = new Date('2030-06-01T08:00:00Z');
    const clock = new FakeClock(now);
    const worker = await createWorker({ config: testConfig(env.db.url, { SMTP_URL: env.sink.url }), clock, logger: false });
    try {
      const dataSource = worker.get(DataSource);
      const [org] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('Zorggroep De Linde', 'de-linde-events') RETURNING id`);
      let n = 0;
      const event = async (startsInHours: number, status: 'scheduled' | 'cancelled' = 'scheduled') => {
        const startsAt = new Date(now.getTime() + startsInHours * HOUR);
        const [row] = await dataSource.query(
          `INSERT INTO events (organisation_id, title, starts_at, ends_at, time_zone, location, status, cancelled_at)
           VALUES ($1, $2, $3, $4, 'Europe/Amsterdam', 'Lindelaan 12', $5, $6) RETURNING id`,
          [org.id, `Event ${startsInHours}h`, startsAt, new Date(startsAt.getTime() + 2 * HOUR), status, status === 'cancelled' ? now : null],
        );
        return row.id as string;
      };
      const invitee = async (eventId: string, status: 'yes' | 'maybe' | 'no') => {
        const email = `p${++n}@example.test`;
        const [person] = await dataSource.query(
          `INSERT INTO people (organisation_id, first_name, email, phase, locale) VALUES ($1, 'Sam', $2, 'employment', 'nl') RETURNING id`,
          [org.id, email],
        );
        await dataSource.query(
          `INSERT INTO event_invitations (organisation_id, event_id, person_id, status, legal_basis, invited_at) VALUES ($1, $2, $3, $4, 'legitimate_interest', $5)`,
          [org.id, eventId, person.id, status, now],
        );
        return email;
      };
      const tomorrow = await event(23);
      const dayAfter = await event(30);
      const started = await event(-1);
      const cancelled = await event(10, 'cancelled');
      const [a, b] = [await invitee(tomorrow, 'yes'), await invitee(tomorrow, 'yes')];
      await invitee(tomorrow, 'maybe');
      await invitee(tomorrow, 'no');
      const later = await invitee(dayAfter, 'yes');
      await invitee(started, 'yes');
      await invitee(cancelled, 'yes');
      const reminders = async () =>
        (await dataSource.query(`SELECT to_address FROM mail_messages WHERE kind = 'erm_event_reminder' ORDER BY to_address`)).map(
          (r: { to_address: string }) => r.to_address,
        );

      const jobs = worker.get(ErmEventsWorker);
      const runs = await Promise.all([jobs.sendReminders(), jobs.sendReminders()]); // two workers at once
      expect(runs[0]! + runs[1]!).toBe(2);
      expect(await jobs.sendReminders()).toBe(0); // a rerun
      expect(await reminders()).toEqual([a, b]);

      // Seven hours on, the second event is within 24 hours; the first is not mailed again.
      clock.set(new Date(now.getTime() + 7 * HOUR));
      expect(await jobs.sendReminders()).toBe(1);
      expect(await reminders()).toEqual([a, b, later].sort());

      // The hourly cron enqueues one job per hour however many workers fire it; the job runs and delivers.
      await jobs.enqueueReminders();
      await jobs.enqueueReminders();
      const queued: Array<{ singleton_key: string }> = await dataSource.query(`SELECT singleton_key FROM pgboss.job WHERE name = $1`, [QueueNames.ermEvents]);
      expect(queued).toEqual([{ singleton_key: 'erm-events:2030-06-01T15' }]);
      await waitUntil('the job to finish', async () => (await dataSource.query(`SELECT 1 FROM pgboss.job WHERE name = $1 AND state = 'completed'`, [QueueNames.ermEvents])).length === 1, 45_000);
      expect(await reminders()).toEqual([a, b, later].sort());
      await waitUntil('three reminders over SMTP', async () => env.sink.messages.length >= 3, 20_000);
      const mail = env.sink.messages.find((m) => m.envelopeTo.includes(a))!;
      expect(mail.subject).toBe('Morgen: Event 23h');
      expect(mail.text).toContain('(tijdzone Europe/Amsterdam, CEST)');
      expect(mail.text).toMatch(/\/api\/events\/rsvp\/ics\?token=[\w-]{20,}/);
    } finally {
      await worker.close();
    }
  }, 90_000);
});
