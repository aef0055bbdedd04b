import { DataSource } from 'typeorm';
import { QueueNames } from '@kring/server-queue';
import { FakeClock, testConfig, waitUntil } from '@kring/server-testing';
import { createWorker } from './main';
import { eachTestDatabaseAndSink } from './testing';
import { RewardMilestonesCron } from './reward.cron';


describe('reward milestones in the worker', () => {
  const env = eachTestDatabaseAndSink();

  it('enqueues one job per Amsterdam day however many crons fire, and the job creates the due milestones', async () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam: the singleton key follows the business day.
    const clock = new FakeClock('2027-03-31T23:30:00Z');
    const worker = await createWorker({ config: testConfig(env.db.url, { SMTP_URL: env.sink.url }), clock, logger: false });
    try {
      const dataSource = worker.get(DataSource);
      const [org] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('Acme', 'acme-rewards') RETURNING id`);
      const [person] = await dataSource.query(`INSERT INTO people (organisation_id, first_name, email) VALUES ($1, 'Ann', 'ann@example.test') RETURNING id`, [org.id]);
      const [user] = await dataSource.query(`INSERT INTO users (organisation_id, person_id, email, roles, status) VALUES ($1, $2, 'ann@example.test', '{employee}', 'active') RETURNING id`, [org.id, person.id]);
      const [programme] = await dataSource.query(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'P', 'internal', '{employee_permanent}') RETURNING id`, [org.id]);
      await dataSource.query(
        `INSERT INTO reward_rules (organisation_id, programme_id, currency, milestones, conditions, valid_from)
         VALUES ($1, $2, 'EUR', '[{"key":"start","trigger":"started","amounts":{"employee":{"money":25000}}}]', '{"referrerActive":true,"hireEmployed":true,"excludeHiringTeam":true}', '2027-01-01')`,
        [org.id, programme.id],
      );
      await dataSource.query(
        `INSERT INTO referrals (organisation_id, programme_id, referrer_user_id, candidate_name, candidate_email, consent_state, consent_due_at, stage, start_date, probation_months, created_at)
         VALUES ($1, $2, $3, 'Bo', 'bo@example.test', 'consented', '2027-02-01', 'hired', '2027-04-01', 2, '2027-02-01')`,
        [org.id, programme.id, user.id],
      );

      const cron = worker.get(RewardMilestonesCron);
      await cron.enqueue();
      await cron.enqueue(); // a second worker's cron the same day
      const jobs: Array<{ singleton_key: string }> = await dataSource.query(`SELECT singleton_key FROM pgboss.job WHERE name = $1`, [QueueNames.rewardMilestones]);
      expect(jobs).toEqual([{ singleton_key: 'reward-milestones:2027-04-01' }]);
      await waitUntil('the start milestone', async () => (await dataSource.query(`SELECT 1 FROM reward_ledger`)).length === 1, 45_000);
      const [row] = await dataSource.query(`SELECT milestone_key, status, amount_cents, due_on::text FROM reward_ledger`);
      expect(row).toEqual({ milestone_key: 'start', status: 'pending', amount_cents: 25_000, due_on: '2027-04-01' });
      await waitUntil('the pending mail', async () => env.sink.messages.length === 1, 10_000);
    } finally {
      await worker.close();
    }
  }, 60_000);
});
