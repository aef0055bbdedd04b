import { DataSource } from 'typeorm';
import { QueueNames } from '@kring/server-queue';
import { FakeClock, testConfig, waitUntil } from '@kring/server-testing';
import { ErmPreboardingWorker } from './erm-preboarding.worker';
import { createWorker } from './main';
import { eachTestDatabaseAndSink } from './testing';


describe('preboarding in the worker', () => {
  const env = eachTestDatabaseAndSink();

  it('enqueues one job per hour however many crons fire; the job starts employment, then makes checklists for those still to start', async () => {
    // 06:30 Amsterdam time on Noah's first working day (a late hire): he is employed, without a checklist or a
    // welcome mail; Emma starts in two weeks and gets both.
    const clock = new FakeClock('2027-03-29T04:30:00Z');
    const worker = await createWorker({ config: testConfig(env.db.url, { SMTP_URL: env.sink.url }), clock, logger: false });
    try {
      const dataSource = worker.get(DataSource);
      const [org] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('Zorggroep De Linde', 'de-linde-preboarding') RETURNING id`);
      const [template] = await dataSource.query(`INSERT INTO preboarding_templates (organisation_id, name, is_default) VALUES ($1, 'Welkom', true) RETURNING id`, [org.id]);
      await dataSource.query(
        `INSERT INTO preboarding_template_tasks (organisation_id, template_id, position, title_nl, title_en, due_offset_days, assignee)
         VALUES ($1, $2, 1, 'Documenten uploaden', 'Upload documents', -14, 'starter'), ($1, $2, 2, 'Evaluatie', 'Check-in', 5, 'hr')`,
        [org.id, template.id],
      );
      const [person] = await dataSource.query(
        `INSERT INTO people (organisation_id, first_name, last_name, email, phase, start_date) VALUES ($1, 'Noah', 'Smit', 'noah@example.test', 'entry', '2027-03-29') RETURNING id`,
        [org.id],
      );
      const [emma] = await dataSource.query(
        `INSERT INTO people (organisation_id, first_name, last_name, email, phase, start_date) VALUES ($1, 'Emma', 'de Boer', 'emma@example.test', 'entry', '2027-04-12') RETURNING id`,
        [org.id],
      );

      const cron = worker.get(ErmPreboardingWorker);
      await cron.enqueue();
      await cron.enqueue(); // a second worker's cron in the same hour
      const jobs: Array<{ singleton_key: string }> = await dataSource.query(`SELECT singleton_key FROM pgboss.job WHERE name = $1`, [QueueNames.ermPreboarding]);
      expect(jobs).toEqual([{ singleton_key: 'erm-preboarding:2027-03-29T04' }]);

      await waitUntil('the starter to be employed', async () => (await dataSource.query(`SELECT 1 FROM people WHERE id = $1 AND phase = 'employment'`, [person.id])).length === 1, 45_000);
      await waitUntil('the welcome mail', async () => env.sink.messages.length >= 1, 15_000);
      const tasks = await dataSource.query(
        `SELECT t.due_on::text AS due_on, t.assignee FROM preboarding_tasks t JOIN preboarding_checklists c ON c.id = t.checklist_id WHERE c.person_id = $1 ORDER BY t.position`,
        [emma.id],
      );
      expect(tasks).toEqual([
        { due_on: '2027-03-29', assignee: 'starter' },
        { due_on: '2027-04-17', assignee: 'hr' },
      ]);
      const history = await dataSource.query(`SELECT from_phase, to_phase, cause FROM phase_transitions WHERE person_id = $1 ORDER BY occurred_at, created_at`, [person.id]);
      expect(history).toEqual([
        { from_phase: null, to_phase: 'entry', cause: 'created' },
        { from_phase: 'entry', to_phase: 'employment', cause: 'start_date_reached' },
      ]);
      expect(await dataSource.query(`SELECT 1 FROM preboarding_checklists WHERE person_id = $1`, [person.id])).toEqual([]);
      expect(await dataSource.query(`SELECT to_address, kind FROM mail_messages ORDER BY to_address`)).toEqual([{ to_address: 'emma@example.test', kind: 'erm_preboarding_welcome' }]);
      expect(env.sink.messages[0]).toMatchObject({ envelopeTo: ['emma@example.test'], subject: 'Welkom bij Zorggroep De Linde! Je startlijst staat klaar' });
      expect(env.sink.messages[0]!.text).toMatch(/\/preboarding\/checklist\?token=[A-Za-z0-9_-]{20,}/);
    } finally {
      await worker.close();
    }
  }, 60_000);
});
