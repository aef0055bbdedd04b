import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@kring/server-testing';
// The migration itself: down() and up() again over existing data.
import { InsightsSync1764920000000 } from './migrations/1764920000000-insights-sync';

describe('migration 1764920000000 (insights sync): down, then up over existing data', () => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource({ type: 'postgres', url: db.url });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('backfills hires (with leaving dates) and offers of referrals that existed before it; down() removes triggers and rows', async () => {
    const migration = new InsightsSync1764920000000();
    const runner = ds.createQueryRunner();
    try {
      await migration.down(runner);
      const [org] = await ds.query(`INSERT INTO organisations (name, slug) VALUES ('Zorggroep De Linde', 'linde-backfill') RETURNING id`);
      const [person] = await ds.query(`INSERT INTO people (organisation_id, first_name, email, phase) VALUES ($1, 'Eva', 'eva@example.test', 'employment') RETURNING id`, [org.id]);
      const [user] = await ds.query(`INSERT INTO users (organisation_id, person_id, email, roles, status) VALUES ($1, $2, 'eva@example.test', '{employee}', 'active') RETURNING id`, [org.id, person.id]);
      const [programme] = await ds.query(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'Medewerkers', 'internal', '{employee_permanent}') RETURNING id`, [org.id]);
      const [hired] = await ds.query(`INSERT INTO people (organisation_id, first_name, email, phase) VALUES ($1, 'Anna', 'anna@example.test', 'employment') RETURNING id`, [org.id]);
      const referral = async (stage: string, at: string, extra: { start?: string; person?: string } = {}) =>
        (
          await ds.query(
            `INSERT INTO referrals (organisation_id, programme_id, referrer_user_id, candidate_person_id, candidate_email, consent_state, consent_due_at, stage, stage_changed_at, start_date, probation_months, hired_person_id, created_at)
             VALUES ($1, $2, $3, $4, 'x@example.test', 'consented', now(), $5, $6, $7, $8, $4, '2025-01-02T10:00:00Z') RETURNING id`,
            [org.id, programme.id, user.id, extra.person ?? null, stage, at, extra.start ?? null, extra.start ? 2 : null],
          )
        )[0].id as string;
      const hiredId = await referral('hired', '2025-02-01T10:00:00Z', { start: '2025-03-01', person: hired.id });
      await ds.query(`INSERT INTO referral_events (organisation_id, referral_id, kind, to_value, created_at) VALUES ($1, $2, 'stage', 'offer', '2025-01-25T10:00:00Z')`, [org.id, hiredId]);
      const openOffer = await referral('offer', '2025-02-10T10:00:00Z');
      await ds.query(
        `INSERT INTO offboardings (organisation_id, person_id, leaving_date, reason, eligible_for_rehire, status, completed_at) VALUES ($1, $2, '2026-01-31', 'resignation', true, 'completed', now())`,
        [org.id, hired.id],
      );
      expect(await ds.query(`SELECT count(*)::int AS n FROM hires WHERE organisation_id = $1`, [org.id])).toEqual([{ n: 0 }]);

      await migration.up(runner);
      expect(await ds.query(`SELECT referral_id, applied_on::text, hired_on::text, start_date::text, left_on::text FROM hires WHERE organisation_id = $1`, [org.id])).toEqual([
        { referral_id: hiredId, applied_on: '2025-01-02', hired_on: '2025-02-01', start_date: '2025-03-01', left_on: '2026-01-31' },
      ]);
      expect(await ds.query(`SELECT referral_id, made_on::text, outcome, decided_on::text FROM offers WHERE organisation_id = $1 ORDER BY made_on`, [org.id])).toEqual([
        { referral_id: hiredId, made_on: '2025-01-25', outcome: 'accepted', decided_on: '2025-02-01' },
        { referral_id: openOffer, made_on: '2025-02-10', outcome: 'pending', decided_on: null },
      ]);
    } finally {
      await runner.release();
    }
  });
});
