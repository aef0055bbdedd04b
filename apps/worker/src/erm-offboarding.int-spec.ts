import { DataSource } from 'typeorm';
import { asOrganisationId } from '@kring/server-database';
import { ImportService } from '@kring/server-erm';
import { JobQueue, QueueNames } from '@kring/server-queue';
import { UploadedFile } from '@kring/server-storage';
import { FakeClock, testConfig, waitUntil } from '@kring/server-testing';
import { ErmOffboardingWorker } from './erm-offboarding.worker';
import { createWorker } from './main';
import { eachTestDatabaseAndSink } from './testing';


describe('ERM offboarding in the worker', () => {
  const env = eachTestDatabaseAndSink();

  it('enqueues one job per hour however many crons fire; the job offboards the due leaver and the mail arrives once', async () => {
    const clock = new FakeClock('2027-03-14T23:30:00Z'); // 00:30 on the 15th in Amsterdam: the day after the last working day
    const worker = await createWorker({ config: testConfig(env.db.url, { SMTP_URL: env.sink.url }), clock, logger: false });
    try {
      const dataSource = worker.get(DataSource);
      const [org] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('Zorggroep De Linde', 'de-linde-offboarding') RETURNING id`);
      const [person] = await dataSource.query(`INSERT INTO people (organisation_id, first_name, email, phase) VALUES ($1, 'Ingrid', 'ingrid@example.test', 'employment') RETURNING id`, [org.id]);
      await dataSource.query(`INSERT INTO users (organisation_id, person_id, email, roles, status) VALUES ($1, $2, 'ingrid@example.test', '{employee}', 'active') RETURNING id`, [org.id, person.id]);
      await dataSource.query(`INSERT INTO offboardings (organisation_id, person_id, leaving_date, reason, eligible_for_rehire) VALUES ($1, $2, '2027-03-14', 'resignation', true)`, [org.id, person.id]);

      const cron = worker.get(ErmOffboardingWorker);
      await cron.enqueueOffboarding();
      await cron.enqueueOffboarding(); // a second worker's cron in the same hour
      const jobs: Array<{ singleton_key: string }> = await dataSource.query(`SELECT singleton_key FROM pgboss.job WHERE name = $1`, [QueueNames.ermOffboarding]);
      expect(jobs).toEqual([{ singleton_key: 'erm-offboarding:2027-03-14T23' }]);

      await env.sink.waitForCount(1, 30_000);
      expect(env.sink.messages[0]).toMatchObject({ envelopeTo: ['ingrid@example.test'], subject: 'Blijf in contact met Zorggroep De Linde' });
      expect(env.sink.messages[0]!.text).toMatch(/stay-in-touch\?token=[A-Za-z0-9_-]{20,}/);
      const [state] = await dataSource.query(`SELECT p.phase, u.roles, o.status FROM people p JOIN users u ON u.person_id = p.id JOIN offboardings o ON o.person_id = p.id WHERE p.id = $1`, [person.id]);
      expect(state).toEqual({ phase: 'exit', roles: ['alumnus'], status: 'completed' });

      // The next hour's job finds nothing to do: still one mail.
      clock.advance(3_600_000);
      await cron.enqueueOffboarding();
      await waitUntil('the second job to finish', async () => (await dataSource.query(`SELECT 1 FROM pgboss.job WHERE name = $1 AND state = 'completed'`, [QueueNames.ermOffboarding])).length === 2, 30_000);
      await new Promise((r) => setTimeout(r, 500));
      expect(env.sink.messages).toHaveLength(1);
    } finally {
      await worker.close();
    }
  }, 90_000);

  it('applies an employee import through its job, once', async () => {
    const clock = new FakeClock('2027-03-10T09:00:00Z');
    const worker = await createWorker({ config: testConfig(env.db.url, { SMTP_URL: env.sink.url }), clock, logger: false });
    try {
      const dataSource = worker.get(DataSource);
      const [org] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('Acme', 'acme-import') RETURNING id`);
      const [person] = await dataSource.query(`INSERT INTO people (organisation_id, first_name, email, phase) VALUES ($1, 'Hr', 'hr@example.test', 'employment') RETURNING id`, [org.id]);
      const [user] = await dataSource.query(`INSERT INTO users (organisation_id, person_id, email, roles, status) VALUES ($1, $2, 'hr@example.test', '{hr_admin}', 'active') RETURNING id`, [org.id, person.id]);
      const actor = { organisationId: asOrganisationId(org.id), userId: user.id };
      const csv = 'Personeelsnummer;Voornaam;Achternaam\n' + Array.from({ length: 250 }, (_, i) => `${i};Voor${i};Achter${i}`).join('\n');
      const imports = worker.get(ImportService);
      const dry = await imports.dryRun(actor, { file: UploadedFile.of({ fieldname: 'file', filename: 'hr.csv', mimetype: 'text/csv', data: Buffer.from(csv), truncated: false }) });
      await imports.apply(actor, dry.id);
      await imports.apply(actor, dry.id); // a double click
      await waitUntil('the import to be applied', async () => (await imports.get(actor, dry.id)).status === 'applied', 30_000);
      expect(await imports.get(actor, dry.id)).toMatchObject({ processed: 250, total: 250 });
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM people WHERE organisation_id = $1 AND source = 'import'`, [org.id]);
      expect(n).toBe(250);
      const [{ jobs }] = await dataSource.query(`SELECT count(*)::int AS jobs FROM pgboss.job WHERE name = $1`, [QueueNames.ermImport]);
      expect(jobs).toBe(1);
      expect(await worker.get(JobQueue).health()).toBe('ok');
    } finally {
      await worker.close();
    }
  }, 90_000);
});
