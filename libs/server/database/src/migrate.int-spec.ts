import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@kring/server-testing';
import { migrate } from './migrate';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('are already applied to a test database and a second run changes nothing', async () => {
    await expect(migrate(db.url)).resolves.toEqual([]);
  });

  it('run concurrently from several processes without conflict', async () => {
    const fresh = await createTestDatabase();
    const client = new Client({ connectionString: fresh.url });
    await client.connect();
    try {
      await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      const results = await Promise.all([migrate(fresh.url), migrate(fresh.url), migrate(fresh.url)]);
      expect(results.flat()).toEqual(['Foundation1763700000000', 'Referrals1763800000000', 'Rewards1763900000000', 'Points1764000000000', 'ReferralPersonIndexes1764100000000', 'ErmCore1764200000000', 'ErmSegments1764250000000', 'ErmPools1764300000000', 'ErmEvents1764400000000', 'ErmPreboarding1764500000000', 'ErmOffboarding1764600000000', 'ErmPrivacy1764700000000', 'Mailings1764800000000', 'MailingsNewsletters1764810000000', 'MailingsPreferences1764820000000', 'MailingsJobAlerts1764830000000', 'MailingsActivationTracking1764840000000', 'MailingsTracking1764850000000', 'Insights1764900000000', 'InsightsRollups1764910000000', 'InsightsSync1764920000000', 'InsightsIndexes1764930000000', 'Match1764940000000', 'InsightsKpiRollups1764950000000', 'MatchRankingSpeed1764960000000', 'MatchReferrals1764970000000', 'NewsletterHotPath1764980000000', 'InsightsKpiSpeed1764990000000', 'InsightsParticipationBits1765000000000', 'InsightsDropReferralLevelDays1765020000000', 'MatchScores1765040000000']);
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'people'`);
      expect(rows[0].n).toBe(1);
    } finally {
      await client.end();
      await fresh.drop();
    }
  });
});
