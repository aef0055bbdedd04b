import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RewardScheduler } from '@kring/server-rewards';
import { FakeClock } from '@kring/server-testing';
import { createApp } from './bootstrap';
import { createOrganisation, createUser, Fixture } from './testing/fixtures';
import { HttpClient } from './testing/http-client';
import { createProgramme } from './testing/referral-fixtures';
import { insertHire, parseCsv } from './testing/reward-fixtures';
import { bootTestApp, TestApp } from './testing/test-app';

const Y = new Date().getUTCFullYear() + 1;

/**
 * Payment exactly once, whatever runs at the same time: two API instances (two connection pools, as two
 * processes would have) race 50 approvals, scheduled runs and payroll exports over the same milestones.
 */
describe('rewards under concurrency (e2e)', () => {
  let t: TestApp;
  let second: NestFastifyApplication;
  const clock = new FakeClock(`${Y}-03-02T07:00:00Z`);

  beforeAll(async () => {
    t = await bootTestApp({ clock });
    second = await createApp(t.config, { clock, logger: false });
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('leaves exactly one ledger row and one payment per milestone', async () => {
    const organisationId = await createOrganisation(t.dataSource, 'Druk BV');
    const hr = await createUser(t.dataSource, organisationId, ['hr_admin']);
    const programmeId = await createProgramme(t.dataSource, organisationId, { kind: 'combined' });
    const referrers: Fixture[] = [];
    for (let i = 0; i < 5; i++) referrers.push(await createUser(t.dataSource, organisationId, ['employee']));
    const login = async (app: NestFastifyApplication, ip: string) => {
      const http = new HttpClient(app, ip);
      expect((await http.post('/api/auth/login', { email: hr.email, password: hr.password })).status).toBe(200);
      return http;
    };
    const rule = await (await login(t.app, '10.7.0.1')).request('PUT', '/api/rewards/rules', {
      body: {
        programmeId,
        milestones: [
          { key: 'start', trigger: 'started', amounts: { employee: { money: 25_000 } } },
          { key: 'week-1', trigger: 'days_after_start', days: 7, amounts: { employee: { money: 12_345, points: 5 } } },
        ],
      },
    });
    expect(rule.status).toBe(200);
    clock.advance(60_000);
    const referralIds: string[] = [];
    for (let i = 0; i < 10; i++) {
      referralIds.push(await insertHire(t.dataSource, { organisationId, programmeId, referrerUserId: referrers[i % 5]!.userId, createdAt: clock.now(), startDate: `${Y}-03-02`, probationMonths: 1 }));
    }
    clock.set(`${Y}-03-10T07:00:00Z`);
    const clients = [await login(t.app, '10.7.0.2'), await login(second, '10.7.0.3')];
    const schedulers = [t.app.get(RewardScheduler), second.get(RewardScheduler)];

    // Round 1: many scheduled runs create the rows at the same moment.
    const firstRuns = await Promise.all(Array.from({ length: 20 }, (_, i) => schedulers[i % 2]!.run()));
    expect(firstRuns.reduce((n, r) => n + r.created, 0)).toBe(20);
    const ids: string[] = (await t.dataSource.query(`SELECT id FROM reward_ledger WHERE organisation_id = $1`, [organisationId])).map((r: { id: string }) => r.id);
    expect(ids).toHaveLength(20);

    // Round 2: 50 approvals, scheduled runs and exports over the same milestones, all at once.
    const ops = Array.from({ length: 50 }, (_, i) => {
      const http = clients[i % 2]!;
      if (i % 5 === 0) return schedulers[i % 2]!.run().then(() => ({ kind: 'run', status: 0, body: null as unknown }));
      if (i % 5 < 3) return http.post('/api/rewards/ledger/approve', { ids }).then((r) => ({ kind: 'approve', status: r.status, body: r.body }));
      return http.post('/api/rewards/exports', { separator: ';' }).then((r) => ({ kind: 'export', status: r.status, body: r.body }));
    });
    const results = await Promise.all(ops);
    expect(results.filter((r) => r.kind === 'approve' && r.status !== 200)).toEqual([]);
    expect(results.filter((r) => r.kind === 'export').every((r) => r.status === 201 || (r.status === 409 && (r.body as { code: string }).code === 'nothing_to_export'))).toBe(true);
    const approvedCalls = results.filter((r) => r.kind === 'approve').flatMap((r) => (r.body as { approved: string[] }).approved);
    expect(approvedCalls.sort()).toEqual([...ids].sort()); // each row approved by exactly one call
    // Exports that ran before the last approvals left some rows approved; one more export pays them.
    const rest = await clients[0]!.post('/api/rewards/exports', { separator: ';' });
    expect([201, 409]).toContain(rest.status);

    const perMilestone = await t.dataSource.query(
      `SELECT referral_id, milestone_key, count(*)::int AS n, bool_and(status = 'paid') AS paid FROM reward_ledger WHERE organisation_id = $1 GROUP BY 1, 2`,
      [organisationId],
    );
    expect(perMilestone).toHaveLength(20);
    expect(perMilestone.every((m: { n: number; paid: boolean }) => m.n === 1 && m.paid)).toBe(true);

    // Every CSV line across all batches, read back: each (referral, milestone) paid exactly once, in the batch the row names.
    const batches: Array<{ id: string; content: Buffer; row_count: number }> = await t.dataSource.query(
      `SELECT id, content, row_count FROM payroll_exports WHERE organisation_id = $1`,
      [organisationId],
    );
    const paidLines = batches.flatMap((b) => {
      const [, ...lines] = parseCsv(b.content.toString('utf8').slice(1), ';');
      expect(lines).toHaveLength(b.row_count);
      return lines.map((l) => ({ batch: b.id, referral: l[5]!, milestone: l[4]! }));
    });
    expect(paidLines).toHaveLength(20);
    const rows: Array<{ referral_id: string; milestone_key: string; export_batch_id: string }> = await t.dataSource.query(
      `SELECT referral_id, milestone_key, export_batch_id FROM reward_ledger WHERE organisation_id = $1`,
      [organisationId],
    );
    for (const row of rows) {
      const lines = paidLines.filter((l) => l.referral === row.referral_id && l.milestone === row.milestone_key);
      expect(lines).toEqual([{ batch: row.export_batch_id, referral: row.referral_id, milestone: row.milestone_key }]);
    }
    expect(new Set(rows.map((r) => r.referral_id))).toEqual(new Set(referralIds));

    // One mail per row and event (pending, approved, paid), and one approval in the audit log per row.
    const [mails] = await t.dataSource.query(`SELECT count(*)::int AS n FROM mail_messages WHERE organisation_id = $1 AND kind = 'reward_update'`, [organisationId]);
    expect(mails.n).toBe(60);
    const approvals: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE organisation_id = $1 AND action = 'reward.approved' GROUP BY subject_id`,
      [organisationId],
    );
    expect(approvals).toHaveLength(20);
    expect(approvals.every((a) => a.n === 1)).toBe(true);
  }, 60_000);
});
