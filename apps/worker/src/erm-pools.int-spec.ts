import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { QueueNames } from '@kring/server-queue';
import { FakeClock, testConfig, waitUntil } from '@kring/server-testing';
import { ErmPoolsWorker } from './erm-pools.worker';
import { createWorker } from './main';
import { eachTestDatabaseAndSink } from './testing';

const DAY = 86_400_000;


describe('talent-pool consents in the worker', () => {
  const env = eachTestDatabaseAndSink();

  it('reminds once, erases expired contacts or only their memberships, erases lapsed sign-ups, and a second run changes nothing', async () => {
    const clock = new FakeClock('2027-06-01T10:00:00Z');
    const now = clock.now();
    const worker = await createWorker({ config: testConfig(env.db.url, { SMTP_URL: env.sink.url }), clock, logger: false });
    try {
      const ds = worker.get(DataSource);
      const [{ id: org }] = await ds.query(`INSERT INTO organisations (name, slug) VALUES ('Zorggroep De Linde', 'de-linde-pools') RETURNING id`);
      const [{ id: pool }] = await ds.query(`INSERT INTO talent_pools (organisation_id, name, public) VALUES ($1, 'Zorgprofessionals', true) RETURNING id`, [org]);
      const person = async (name: string, phase = 'orientation', source = 'talent_pool_form') => {
        const [row] = await ds.query(`INSERT INTO people (organisation_id, first_name, email, phase, source) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
          org,
          name,
          `${name.toLowerCase()}@example.test`,
          phase,
          source,
        ]);
        return row.id as string;
      };
      const consent = (personId: string, purpose: string, status: string, expiresAt: Date | null) =>
        ds.query(
          `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, requested_at, expires_at)
           VALUES ($1, $2, $3, $4, 'talent_pool_form', CASE WHEN $4 = 'granted' THEN $5::timestamptz END, $5, $6)`,
          [org, personId, purpose, status, new Date(now.getTime() - 300 * DAY), expiresAt],
        );
      const member = (personId: string) => ds.query(`INSERT INTO talent_pool_members (organisation_id, pool_id, person_id, source, joined_at) VALUES ($1, $2, $3, 'talent_pool_form', $4)`, [org, pool, personId, now]);
      const token = (personId: string, purpose: string, subjectId: string | null = null) =>
        ds.query(`INSERT INTO person_tokens (organisation_id, person_id, purpose, subject_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
          org,
          personId,
          purpose,
          subjectId,
          randomBytes(32),
          new Date(now.getTime() + DAY),
        ]);

      const soon = await person('Anna'); // expires in 20 days: reminder
      await consent(soon, 'talent_pool', 'granted', new Date(now.getTime() + 20 * DAY));
      await member(soon);
      const later = await person('Bram'); // expires in 40 days: not yet
      await consent(later, 'talent_pool', 'granted', new Date(now.getTime() + 40 * DAY));
      const gone = await person('Carla'); // expired, nothing else: erased
      await consent(gone, 'talent_pool', 'granted', new Date(now.getTime() - 3_600_000));
      await member(gone);
      await token(gone, 'consent_renewal');
      const newsletter = await person('Dirk'); // expired, but also newsletter consent: kept, leaves pools
      await consent(newsletter, 'talent_pool', 'granted', new Date(now.getTime() - 3_600_000));
      await consent(newsletter, 'newsletter', 'granted', null);
      await member(newsletter);
      const employee = await person('Eva', 'employment', 'import'); // expired, but an employee: kept
      await consent(employee, 'talent_pool', 'granted', new Date(now.getTime() - 3_600_000));
      await member(employee);
      const unconfirmed = await person('Fleur', 'information'); // signed up 8 days ago, never confirmed: erased
      await consent(unconfirmed, 'talent_pool', 'pending', null);
      const [{ id: signup }] = await ds.query(
        `INSERT INTO talent_pool_signups (organisation_id, person_id, person_created, first_name, locale, pool_ids, expires_at) VALUES ($1, $2, true, 'Fleur', 'nl', $3, $4) RETURNING id`,
        [org, unconfirmed, [pool], new Date(now.getTime() - DAY)],
      );
      await token(unconfirmed, 'talent_pool_opt_in', signup);
      const known = await person('Gijs', 'relation', 'manual'); // an existing person whose sign-up lapsed: kept, consent as it was (withdrawn)
      await consent(known, 'talent_pool', 'withdrawn', null);
      await ds.query(
        `INSERT INTO talent_pool_signups (organisation_id, person_id, person_created, first_name, locale, expires_at) VALUES ($1, $2, false, 'Gijs', 'nl', $3)`,
        [org, known, new Date(now.getTime() - DAY)],
      );
      const added = await person('Hugo', 'orientation'); // created by the form, never confirmed, but HR put him in a pool meanwhile: kept, consent expired
      await consent(added, 'talent_pool', 'pending', null);
      await ds.query(
        `INSERT INTO talent_pool_signups (organisation_id, person_id, person_created, first_name, locale, expires_at) VALUES ($1, $2, true, 'Hugo', 'nl', $3)`,
        [org, added, new Date(now.getTime() - DAY)],
      );
      const [{ id: otherPool }] = await ds.query(`INSERT INTO talent_pools (organisation_id, name) VALUES ($1, 'Keuken') RETURNING id`, [org]);
      await ds.query(`INSERT INTO talent_pool_members (organisation_id, pool_id, person_id, source, joined_at) VALUES ($1, $2, $3, 'hr', $4)`, [org, otherPool, added, now]);

      const cron = worker.get(ErmPoolsWorker);
      await cron.enqueueLifecycle();
      await cron.enqueueLifecycle(); // another worker's cron in the same hour
      const jobs: Array<{ singleton_key: string }> = await ds.query(`SELECT singleton_key FROM pgboss.job WHERE name = $1`, [QueueNames.ermConsents]);
      expect(jobs).toEqual([{ singleton_key: 'erm-consents' }]);
      await waitUntil('the expired contact to be erased', async () => (await ds.query(`SELECT 1 FROM people WHERE id = $1`, [gone])).length === 0, 30_000);
      await waitUntil('the reminder', async () => env.sink.messages.length === 1, 10_000);

      const [reminder] = env.sink.messages;
      expect(reminder!.envelopeTo).toEqual(['anna@example.test']);
      expect(reminder!.subject).toBe('Wil je in de talentpool van Zorggroep De Linde blijven?');
      expect(reminder!.text).toMatch(/\/talent-pool\/renew\?token=[A-Za-z0-9_-]{20,}/);
      const [renewal] = await ds.query(`SELECT expires_at FROM person_tokens WHERE person_id = $1 AND purpose = 'consent_renewal'`, [soon]);
      expect(renewal.expires_at).toEqual(new Date(now.getTime() + 20 * DAY));

      const remaining = await ds.query(`SELECT first_name FROM people WHERE organisation_id = $1 ORDER BY first_name`, [org]);
      expect(remaining.map((r: { first_name: string }) => r.first_name)).toEqual(['Anna', 'Bram', 'Dirk', 'Eva', 'Gijs', 'Hugo']);
      expect(await ds.query(`SELECT 1 FROM person_tokens WHERE person_id = ANY($1)`, [[gone, unconfirmed]])).toEqual([]);
      expect(await ds.query(`SELECT 1 FROM consents WHERE person_id = ANY($1)`, [[gone, unconfirmed]])).toEqual([]);
      const members = await ds.query(`SELECT person_id FROM talent_pool_members WHERE pool_id = $1`, [pool]);
      expect(members).toEqual([{ person_id: soon }]);
      const statuses = await ds.query(
        `SELECT p.first_name, c.status FROM consents c JOIN people p ON p.id = c.person_id WHERE c.purpose = 'talent_pool' ORDER BY p.first_name`,
      );
      expect(statuses).toEqual([
        { first_name: 'Anna', status: 'granted' },
        { first_name: 'Bram', status: 'granted' },
        { first_name: 'Dirk', status: 'expired' },
        { first_name: 'Eva', status: 'expired' },
        { first_name: 'Gijs', status: 'withdrawn' },
        { first_name: 'Hugo', status: 'expired' },
      ]);
      expect(await ds.query(`SELECT count(*)::int AS n FROM consent_events WHERE person_id = $1`, [known])).toEqual([{ n: 0 }]);
      expect(await ds.query(`SELECT 1 FROM talent_pool_signups`)).toEqual([]);

      // Running again, now or a day later, finds nothing left to do: no second reminder, no further change.
      const again = await cron.runLifecycle();
      clock.advance(DAY);
      const dayLater = await cron.runLifecycle();
      const zero = { lapsedSignups: 0, erasedUnconfirmed: 0, reminded: 0, expired: 0, erased: 0 };
      expect(again).toEqual(zero);
      expect(dayLater).toEqual(zero);
      expect(await ds.query(`SELECT count(*)::int AS n FROM mail_messages WHERE kind = 'talent_pool_renewal'`)).toEqual([{ n: 1 }]);

      // Past Anna's expiry without renewal she is erased too; Bram's expiry is now within 30 days: his reminder.
      clock.set(new Date(now.getTime() + 21 * DAY));
      expect(await cron.runLifecycle()).toEqual({ ...zero, reminded: 1, expired: 1, erased: 1 });
      expect(await ds.query(`SELECT 1 FROM people WHERE id = $1`, [soon])).toEqual([]);

      // Two workers at once (row locks with SKIP LOCKED): one reminder, one erasure between them.
      const racer = await person('Hanna');
      await consent(racer, 'talent_pool', 'granted', new Date(clock.now().getTime() + 10 * DAY));
      const leaver = await person('Ilse');
      await consent(leaver, 'talent_pool', 'granted', new Date(clock.now().getTime() - 1000));
      const runs = await Promise.all([cron.runLifecycle(), cron.runLifecycle(), cron.runLifecycle()]);
      expect(runs.reduce((sum, r) => sum + r.reminded, 0)).toBe(1);
      expect(runs.reduce((sum, r) => sum + r.erased, 0)).toBe(1);
      expect(await ds.query(`SELECT count(*)::int AS n FROM mail_messages WHERE kind = 'talent_pool_renewal' AND to_address = 'hanna@example.test'`)).toEqual([{ n: 1 }]);
    } finally {
      await worker.close();
    }
  }, 60_000);
});
