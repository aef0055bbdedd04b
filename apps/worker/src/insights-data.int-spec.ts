import { DataSource } from 'typeorm';
import { CandidateSurveysService } from '@kring/server-insights';
import { QueueNames } from '@kring/server-queue';
import { FakeClock, testConfig, waitUntil } from '@kring/server-testing';
import { InsightsDataWorker } from './insights-data.worker';
import { createWorker } from './main';
import { eachTestDatabaseAndSink } from './testing';

describe('insights data in the worker: the candidate-experience question', () => {
  const env = eachTestDatabaseAndSink();

  async function seed(dataSource: DataSource) {
    const [org] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('Zorggroep De Linde', 'linde-survey') RETURNING id`);
    const [person] = await dataSource.query(`INSERT INTO people (organisation_id, first_name, email, phase) VALUES ($1, 'Eva', 'eva@example.test', 'employment') RETURNING id`, [org.id]);
    const [user] = await dataSource.query(`INSERT INTO users (organisation_id, person_id, email, roles, status) VALUES ($1, $2, 'eva@example.test', '{employee}', 'active') RETURNING id`, [org.id, person.id]);
    const [programme] = await dataSource.query(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'Medewerkers', 'internal', '{employee_permanent}') RETURNING id`, [org.id]);
    const [vacancy] = await dataSource.query(`INSERT INTO vacancies (organisation_id, title, status) VALUES ($1, 'Verpleegkundige', 'open') RETURNING id`, [org.id]);
    const referral = async (email: string | null, stage: string, endedAt: string, extra: { consent?: string; locale?: string; erased?: boolean } = {}) => {
      const [row] = await dataSource.query(
        `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_name, candidate_email, candidate_phone, candidate_locale,
                                consent_state, consent_due_at, stage, stage_changed_at, start_date, probation_months, erased_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '2027-01-01T00:00:00Z', $10, $11, $12, $13, $14, '2026-12-01T10:00:00Z') RETURNING id`,
        [org.id, programme.id, vacancy.id, user.id, extra.erased ? null : 'Anna de Boer', email, email || extra.erased ? null : '+31612345678', extra.locale ?? 'nl',
          extra.consent ?? 'consented', stage, endedAt, stage === 'hired' ? '2027-02-01' : null, stage === 'hired' ? 2 : null, extra.erased ? endedAt : null],
      );
      return row.id as string;
    };
    const ids = {
      hired: await referral('hired@example.test', 'hired', '2027-01-10T10:00:00Z'),
      rejected: await referral('rejected@example.test', 'rejected', '2027-01-11T10:00:00Z', { locale: 'en' }),
      withdrawn: await referral('withdrawn@example.test', 'withdrawn', '2027-01-12T10:00:00Z'),
      notConsented: await referral('declined@example.test', 'rejected', '2027-01-12T10:00:00Z', { consent: 'expired' }),
      phoneOnly: await referral(null, 'rejected', '2027-01-12T10:00:00Z'),
      erased: await referral(null, 'withdrawn', '2027-01-12T10:00:00Z', { erased: true }),
      tooOld: await referral('old@example.test', 'hired', '2026-12-20T10:00:00Z'),
      running: await referral('running@example.test', 'interview', '2027-01-12T10:00:00Z'),
    };
    return { orgId: org.id as string, ids };
  }

  it('mails each ended, consented, reachable referral once, even with two workers and repeated jobs; the page records by POST only', async () => {
    const clock = new FakeClock('2027-01-13T09:00:00Z');
    const config = testConfig(env.db.url, { SMTP_URL: env.sink.url });
    const first = await createWorker({ config, clock, logger: false });
    const second = await createWorker({ config, clock, logger: false });
    try {
      const dataSource = first.get(DataSource);
      const { ids } = await seed(dataSource);

      // Two workers' crons in the same 10 minutes: one job.
      await first.get(InsightsDataWorker).enqueueCandidateSurveys();
      await second.get(InsightsDataWorker).enqueueCandidateSurveys();
      const jobs: unknown[] = await dataSource.query(`SELECT 1 FROM pgboss.job WHERE name = $1`, [QueueNames.insightsCandidateSurveys]);
      expect(jobs).toHaveLength(1);
      // And the job body itself, run at the same moment in both workers and once more afterwards.
      const results = await Promise.all([first.get(CandidateSurveysService).sendDue(), second.get(CandidateSurveysService).sendDue()]);
      expect(results[0].sent + results[1].sent).toBeLessThanOrEqual(3);
      await waitUntil('the singleton job to finish', async () => (await dataSource.query(`SELECT 1 FROM pgboss.job WHERE name = $1 AND state = 'completed'`, [QueueNames.insightsCandidateSurveys])).length === 1, 30_000);
      expect(await first.get(CandidateSurveysService).sendDue()).toEqual({ sent: 0 });

      const surveys: Array<{ referral_id: string; outcome: string }> = await dataSource.query(`SELECT referral_id, outcome FROM candidate_surveys ORDER BY outcome`);
      expect(surveys).toEqual([
        { referral_id: ids.hired, outcome: 'hired' },
        { referral_id: ids.rejected, outcome: 'rejected' },
        { referral_id: ids.withdrawn, outcome: 'withdrawn' },
      ]);
      await env.sink.waitForCount(3, 30_000);
      await new Promise((r) => setTimeout(r, 500));
      expect(env.sink.messages).toHaveLength(3);
      const byTo = Object.fromEntries(env.sink.messages.map((m) => [m.envelopeTo[0], m]));
      expect(Object.keys(byTo).sort()).toEqual(['hired@example.test', 'rejected@example.test', 'withdrawn@example.test']);
      expect(byTo['hired@example.test']!.subject).toBe('Hoe was je ervaring met Zorggroep De Linde?');
      expect(byTo['rejected@example.test']!.subject).toBe('How was your experience with Zorggroep De Linde?');
      const links = [...byTo['hired@example.test']!.text!.matchAll(/candidate-survey\?token=([A-Za-z0-9_-]{40,})&score=(\d+)/g)];
      expect(links.map((m) => Number(m[2]))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      const token = links[0]![1]!;
      expect(new Set(links.map((m) => m[1])).size).toBe(1);
      // Only the hash is stored.
      const [{ stored }] = await dataSource.query(`SELECT count(*)::int AS stored FROM candidate_surveys WHERE token_hash = convert_to($1, 'UTF8')`, [token]);
      expect(stored).toBe(0);

      const service = first.get(CandidateSurveysService);
      expect(await service.lookup(token)).toMatchObject({ organisationName: 'Zorggroep De Linde', vacancyTitle: 'Verpleegkundige', score: null, answeredAt: null, expiresAt: '2027-02-12T09:00:00.000Z' });
      expect(await dataSource.query(`SELECT score FROM candidate_surveys WHERE referral_id = $1`, [ids.hired])).toEqual([{ score: null }]);
      expect(await service.answer(token, 9)).toMatchObject({ score: 9, answeredAt: '2027-01-13T09:00:00.000Z' });
      clock.advance(86_400_000);
      expect(await service.answer(token, 7)).toMatchObject({ score: 7, answeredAt: '2027-01-14T09:00:00.000Z' });
      expect(await dataSource.query(`SELECT score FROM candidate_surveys WHERE referral_id = $1`, [ids.hired])).toEqual([{ score: 7 }]);
      // After 30 days the link is gone and the answer stays.
      clock.set(new Date('2027-02-12T09:00:01Z'));
      await expect(service.answer(token, 1)).rejects.toMatchObject({ kind: 'gone', code: 'candidate_survey_token_invalid' });
      await expect(service.lookup(token)).rejects.toMatchObject({ code: 'candidate_survey_token_invalid' });
      await expect(service.lookup('x'.repeat(43))).rejects.toMatchObject({ code: 'candidate_survey_token_invalid' });
      expect(await dataSource.query(`SELECT score FROM candidate_surveys WHERE referral_id = $1`, [ids.hired])).toEqual([{ score: 7 }]);
    } finally {
      await first.close();
      await second.close();
    }
  }, 120_000);
});
