import { RewardScheduler } from '@kring/server-rewards';
import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser, Fixture } from './testing/fixtures';
import { HttpClient } from './testing/http-client';
import { createProgramme, createVacancy } from './testing/referral-fixtures';
import { insertHire, ledgerOf, parseCsv, rewardMails } from './testing/reward-fixtures';
import { bootTestApp, TestApp } from './testing/test-app';

const milestone = (key: string, trigger: string, amounts: Record<string, { money?: number; points?: number }>, extra: Record<string, unknown> = {}) => ({
  key,
  trigger,
  amounts,
  ...extra,
});

/** Dates in the coming year: the test HTTP client drops cookies that expired in real time, so the clock stays ahead. */
const Y = new Date().getUTCFullYear() + 1;
const d = (monthDay: string) => `${Y}-${monthDay}`;

describe('rewards (e2e)', () => {
  let t: TestApp;
  let clock: FakeClock;
  let n = 0;
  const sessions = new Map<string, HttpClient>();

  /** Signs in once per user and again when the session ended (the tests move the clock by months). */
  const signIn = async (user: Fixture) => {
    const cached = sessions.get(user.userId);
    if (cached && (await cached.get('/api/auth/session')).status === 200) return cached;
    const http = new HttpClient(t.app, `10.4.${Math.floor(++n / 250)}.${n % 250}`);
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    sessions.set(user.userId, http);
    return http;
  };
  /** 08:00 or 09:00 in Amsterdam on that day. */
  const at = (day: string) => clock.set(`${day}T07:00:00Z`);
  const run = () => t.app.get(RewardScheduler).run();

  /** A fresh organisation with HR, a combined programme and an open vacancy. */
  const world = async () => {
    const organisationId = await createOrganisation(t.dataSource, 'Zorg BV');
    const hr = await createUser(t.dataSource, organisationId, ['hr_admin']);
    const programmeId = await createProgramme(t.dataSource, organisationId, { kind: 'combined' });
    const vacancyId = await createVacancy(t.dataSource, organisationId, { title: 'Verpleegkundige' });
    // HR's client signs in again whenever the session expired (the tests move the clock by months).
    const http = {
      get: async (url: string) => (await signIn(hr)).get(url),
      post: async (url: string, body?: unknown) => (await signIn(hr)).post(url, body),
      patch: async (url: string, body?: unknown) => (await signIn(hr)).patch(url, body),
      request: async (method: 'PUT', url: string, options: { body: unknown }) => (await signIn(hr)).request(method, url, options),
    };
    const setRule = async (body: Record<string, unknown>) => {
      const res = await http.request('PUT', '/api/rewards/rules', { body: { programmeId, ...body } });
      expect(res.status).toBe(200);
      return res.body as { id: string };
    };
    const hire = (referrer: Fixture, o: { startDate: string; probationMonths?: number; vacancyId?: string | null; hiredAt?: Date }) =>
      insertHire(t.dataSource, { organisationId, programmeId, referrerUserId: referrer.userId, vacancyId: vacancyId, createdAt: clock.now(), probationMonths: 2, ...o });
    return { organisationId, hr, http, programmeId, vacancyId, setRule, hire, ledger: () => ledgerOf(t.dataSource, organisationId) };
  };

  beforeAll(async () => {
    clock = new FakeClock(`${d('03-02')}T07:00:00Z`);
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());

  it('story: a referral is rewarded under the rule in force at submission, approved, exported and mailed at each step', async () => {
    at(d('03-02'));
    const w = await world();
    const employee = await createUser(t.dataSource, w.organisationId, ['employee']);
    await t.dataSource.query(`UPDATE people SET employee_number = 'E-1001' WHERE id = $1`, [employee.personId]);
    const v1 = await w.setRule({
      milestones: [
        milestone('start', 'started', { employee: { money: 25_000 }, alumnus: { money: 10_000 } }, { label: 'Start' }),
        milestone('after-probation', 'probation_passed', { employee: { money: 50_000, points: 100 } }, { label: 'Na proeftijd' }),
      ],
    });
    const referrer = await signIn(employee);
    const submitted = await referrer.post('/api/referrals', {
      vacancyId: w.vacancyId,
      candidateName: 'Sam Jansen',
      candidateEmail: `sam.${Date.now()}@example.test`,
      relationship: 'former_colleague',
      candidateInformed: true,
    });
    expect(submitted.status).toBe(201);

    // HR raises the reward an hour later: this referral keeps the rule it was submitted under.
    clock.advance(3_600_000);
    const v2 = await w.setRule({ milestones: [milestone('start', 'started', { employee: { money: 100_000 } })] });
    const versions = await w.http.get(`/api/rewards/rules?programmeId=${w.programmeId}`);
    expect(versions.body.map((r: { id: string; current: boolean }) => [r.id, r.current])).toEqual([
      [v2.id, true],
      [v1.id, false],
    ]);

    const id = submitted.body.id;
    expect((await w.http.post(`/api/referrals/${id}/consent`, { note: 'by phone on 2 March' })).status).toBe(200);
    expect((await w.http.post(`/api/referrals/${id}/stage`, { stage: 'hired', startDate: d('04-01'), probationMonths: 2 })).status).toBe(200);

    at(d('03-31'));
    await run();
    expect(await w.ledger()).toEqual([]);
    at(d('04-01'));
    expect((await run()).created).toBeGreaterThanOrEqual(1);
    expect(await w.ledger()).toMatchObject([{ milestone_key: 'start', status: 'pending', amount_cents: 25_000, rule_id: v1.id, due_on: d('04-01'), audience: 'employee' }]);
    expect((await run()).created).toBe(0); // a second run the same day changes nothing
    expect(await w.ledger()).toHaveLength(1);

    const mine = await (await signIn(employee)).get('/api/my/rewards');
    expect(mine.body.items).toMatchObject([{ status: 'pending', milestoneLabel: 'Start', amountCents: 25_000, currency: 'EUR', dueOn: d('04-01'), referral: { id, candidateName: 'Sam Jansen' } }]);
    expect(mine.body.totals).toEqual([{ status: 'pending', currency: 'EUR', count: 1, amountCents: 25_000, points: 0 }]);

    const [row] = await w.ledger();
    const approve = await w.http.post('/api/rewards/ledger/approve', { ids: [row!.id] });
    expect(approve.body).toEqual({ approved: [row!.id], skipped: [] });
    expect((await w.http.post('/api/rewards/ledger/approve', { ids: [row!.id] })).body).toEqual({ approved: [], skipped: [row!.id] });

    const exported = await w.http.post('/api/rewards/exports', { separator: ';' });
    expect(exported.status).toBe(201);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="kring-payroll-${Y}-04-01-[0-9a-f]{8}\\.csv"$`));
    const csv = exported.body as string;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(csv.slice(1), ';')).toEqual([
      ['Employee number', 'Name', 'Amount', 'Currency', 'Milestone', 'Referral', 'Paid to'],
      ['E-1001', 'Test employee', '250,00', 'EUR', 'Start', id, 'employee'],
    ]);
    const again = await w.http.get(`/api/rewards/exports/${exported.headers['x-export-id']}`);
    expect(again.body).toBe(csv);
    expect((await w.http.post('/api/rewards/exports', { separator: ';' })).body.code).toBe('nothing_to_export');
    expect(await w.ledger()).toMatchObject([{ status: 'paid' }]);

    const mails = await rewardMails(t.dataSource, employee.email);
    expect(mails.map((m) => m.subject)).toEqual(['Nieuws over je beloning bij Zorg BV', 'Nieuws over je beloning bij Zorg BV', 'Je beloning bij Zorg BV is uitbetaald']);
    expect(mails[0]!.text).toMatch(new RegExp(`Je beloning "Start" voor het aandragen van Sam Jansen is op 1 april ${Y} ingegaan: €\\s?250,00`));
    expect(mails[1]!.text).toContain('HR heeft je beloning "Start" voor het aandragen van Sam Jansen goedgekeurd');
    expect(mails[2]!.text).toContain('salarisadministratie');

    at(d('06-01'));
    await run();
    expect((await w.ledger()).map((r) => [r.milestone_key, r.status, r.amount_cents, r.points, r.due_on])).toEqual([
      ['start', 'paid', 25_000, 0, d('04-01')],
      ['after-probation', 'pending', 50_000, 100, d('06-01')],
    ]);
    const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE organisation_id = $1 AND subject_type IN ('reward', 'payroll_export') ORDER BY created_at, action`, [w.organisationId]);
    expect(audit.map((a: { action: string }) => a.action).sort()).toEqual(
      ['reward.created', 'reward.approved', 'reward.exported', 'payroll_export.downloaded', 'reward.created'].sort(),
    );
  });

  it('creates each trigger on its day: hired, started, probation passed, N days after start', async () => {
    at(d('03-02'));
    const w = await world();
    const employee = await createUser(t.dataSource, w.organisationId, ['employee']);
    await w.setRule({
      milestones: [
        milestone('hired', 'hired', { employee: { money: 10_000 } }),
        milestone('start', 'started', { employee: { money: 20_000 } }),
        milestone('probation', 'probation_passed', { employee: { money: 30_000 } }),
        milestone('day-90', 'days_after_start', { employee: { points: 50 } }, { days: 90 }),
      ],
    });
    clock.advance(60_000);
    await w.hire(employee, { startDate: d('03-16'), probationMonths: 1, hiredAt: new Date(`${d('03-04')}T23:30:00Z`) }); // 00:30 on 5 March in Amsterdam
    const keysOn = async (day: string) => {
      at(day);
      await run();
      return (await w.ledger()).map((r) => `${r.milestone_key}@${r.due_on}`);
    };
    expect(await keysOn(d('03-04'))).toEqual([]);
    expect(await keysOn(d('03-05'))).toEqual([`hired@${d('03-05')}`]);
    expect(await keysOn(d('03-15'))).toEqual([`hired@${d('03-05')}`]);
    expect(await keysOn(d('03-16'))).toEqual([`hired@${d('03-05')}`, `start@${d('03-16')}`]);
    expect(await keysOn(d('04-15'))).toHaveLength(2);
    expect(await keysOn(d('04-16'))).toEqual([`hired@${d('03-05')}`, `start@${d('03-16')}`, `probation@${d('04-16')}`]);
    expect(await keysOn(d('06-13'))).toHaveLength(3);
    expect(await keysOn(d('06-14'))).toEqual([`hired@${d('03-05')}`, `start@${d('03-16')}`, `probation@${d('04-16')}`, `day-90@${d('06-14')}`]);
    expect((await w.ledger()).every((r) => r.status === 'pending')).toBe(true);
  });

  it('a hire leaving during probation: the probation reward is cancelled, the earlier start reward stands', async () => {
    at(d('03-02'));
    const w = await world();
    const employee = await createUser(t.dataSource, w.organisationId, ['employee']);
    await w.setRule({
      milestones: [
        milestone('start', 'started', { employee: { money: 25_000 } }),
        milestone('day-10', 'days_after_start', { employee: { money: 5_000 } }, { days: 10 }),
        milestone('probation', 'probation_passed', { employee: { money: 50_000 } }),
      ],
    });
    clock.advance(60_000);
    const referralId = await w.hire(employee, { startDate: d('03-16'), probationMonths: 2 });
    at(d('03-26'));
    await run();
    const [start, day10] = await w.ledger();
    expect([start!.milestone_key, day10!.milestone_key]).toEqual(['start', 'day-10']);
    await w.http.post('/api/rewards/ledger/approve', { ids: [start!.id] });

    // HR learns late that the hire's last day was 20 March: the reward due on the 26th goes at once.
    const left = await w.http.post(`/api/referrals/${referralId}/hire-left`, { leftOn: d('03-20'), reason: 'Resigned during probation' });
    expect(left.status).toBe(200);
    expect(left.body).toEqual({ referralId, leftOn: d('03-20'), cancelledRewardIds: [day10!.id] });

    at(d('05-16'));
    await run();
    expect((await w.ledger()).map((r) => [r.milestone_key, r.status, r.cancel_reason])).toEqual([
      ['start', 'approved', null],
      ['day-10', 'cancelled', 'hire_left'],
      ['probation', 'cancelled', 'hire_left'],
    ]);
    const mine = await (await signIn(employee)).get('/api/my/rewards');
    expect(mine.body.items.find((r: { milestoneKey: string }) => r.milestoneKey === 'probation')).toMatchObject({
      status: 'cancelled',
      cancelReason: 'hire_left',
      cancelledBySystem: true,
      amountCents: 50_000,
    });
    // Only the pending mails of start and day-10 plus start's approval: nothing for a reward created cancelled.
    expect(await rewardMails(t.dataSource, employee.email)).toHaveLength(3);

    const notHired = await insertHire(t.dataSource, { organisationId: w.organisationId, programmeId: w.programmeId, referrerUserId: employee.userId, createdAt: clock.now(), startDate: d('06-01'), probationMonths: 1 });
    await t.dataSource.query(`UPDATE referrals SET stage = 'offer', start_date = NULL WHERE id = $1`, [notHired]);
    const refused = await w.http.post(`/api/referrals/${notHired}/hire-left`, { leftOn: d('05-20'), reason: 'n/a here' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('referral_not_hired');
  });

  it('a referrer deactivated before a milestone: unpaid rewards are cancelled, later ones created cancelled, paid ones stay', async () => {
    at(d('03-02'));
    const w = await world();
    const employee = await createUser(t.dataSource, w.organisationId, ['employee']);
    await w.setRule({ milestones: [milestone('start', 'started', { employee: { money: 25_000 } }), milestone('probation', 'probation_passed', { employee: { money: 50_000 } })] });
    clock.advance(60_000);
    const paidReferral = await w.hire(employee, { startDate: d('03-02'), probationMonths: 6 });
    const openReferral = await w.hire(employee, { startDate: d('03-16'), probationMonths: 1 });
    at(d('03-16'));
    await run();
    const paidRow = (await w.ledger()).find((r) => r.referral_id === paidReferral)!;
    await w.http.post('/api/rewards/ledger/approve', { ids: [paidRow.id] });
    expect((await w.http.post('/api/rewards/exports', {})).status).toBe(201);

    expect((await w.http.post(`/api/users/${employee.userId}/deactivate`, {})).status).toBe(200);
    expect((await run()).cancelled).toBeGreaterThanOrEqual(1);
    at(d('04-16'));
    await run();
    expect((await w.ledger()).map((r) => [r.referral_id === paidReferral ? 'paid-one' : 'open-one', r.milestone_key, r.status, r.cancel_reason])).toEqual([
      ['paid-one', 'start', 'paid', null],
      ['open-one', 'start', 'cancelled', 'referrer_inactive'],
      ['open-one', 'probation', 'cancelled', 'referrer_inactive'],
    ]);
    expect(openReferral).toBeDefined();
  });

  it("gives HR admins and the vacancy's hiring manager nothing, unless a (vacancy) rule allows it", async () => {
    at(d('03-02'));
    const w = await world();
    const manager = await createUser(t.dataSource, w.organisationId, ['employee']);
    const ownVacancy = await createVacancy(t.dataSource, w.organisationId, { title: 'Teamleider', hiringManagerUserId: manager.userId });
    const openVacancy = await createVacancy(t.dataSource, w.organisationId, { title: 'Kok' });
    await w.setRule({ milestones: [milestone('start', 'started', { employee: { money: 25_000 } })] });
    await w.setRule({ vacancyId: openVacancy, milestones: [milestone('start', 'started', { employee: { money: 40_000 } })], conditions: { excludeHiringTeam: false } });
    clock.advance(60_000);
    const managerOwn = await w.hire(manager, { startDate: d('03-16'), vacancyId: ownVacancy });
    const hrOwn = await w.hire(w.hr, { startDate: d('03-16'), vacancyId: ownVacancy });
    const hrOpen = await w.hire(w.hr, { startDate: d('03-16'), vacancyId: openVacancy });
    const managerElsewhere = await w.hire(manager, { startDate: d('03-16'), vacancyId: w.vacancyId });
    at(d('03-16'));
    await run();
    const byReferral = Object.fromEntries((await w.ledger()).map((r) => [r.referral_id, [r.status, r.cancel_reason, r.amount_cents]]));
    expect(byReferral).toEqual({
      [managerOwn]: ['cancelled', 'hiring_team', 25_000],
      [hrOwn]: ['cancelled', 'hiring_team', 25_000],
      [hrOpen]: ['pending', null, 40_000], // the vacancy override applies and allows the hiring team
      [managerElsewhere]: ['pending', null, 25_000],
    });
  });

  it('applies hard-to-fill bonuses and multipliers to the vacancy as it was at submission, with amounts per audience', async () => {
    at(d('03-02'));
    const w = await world();
    const employee = await createUser(t.dataSource, w.organisationId, ['employee']);
    const alumnus = await createUser(t.dataSource, w.organisationId, ['alumnus']);
    const hard = await createVacancy(t.dataSource, w.organisationId, { title: 'Anesthesist' });
    const multiplied = await createVacancy(t.dataSource, w.organisationId, { title: 'OK-assistent' });
    await t.dataSource.query(`UPDATE vacancies SET hard_to_fill = true WHERE id = ANY($1)`, [[hard, multiplied]]);
    await w.setRule({
      milestones: [milestone('start', 'started', { employee: { money: 25_000, points: 10 }, alumnus: { money: 10_000 } })],
      hardToFill: { kind: 'bonus', value: 10_000 },
    });
    await w.setRule({ vacancyId: multiplied, milestones: [milestone('start', 'started', { employee: { money: 20_000, points: 10 } })], hardToFill: { kind: 'multiplier', value: 1.5 } });
    clock.advance(60_000);
    const employeeHard = await w.hire(employee, { startDate: d('03-16'), vacancyId: hard });
    const alumnusHard = await w.hire(alumnus, { startDate: d('03-16'), vacancyId: hard });
    const employeePlain = await w.hire(employee, { startDate: d('03-16'), vacancyId: w.vacancyId });
    const employeeMultiplied = await w.hire(employee, { startDate: d('03-16'), vacancyId: multiplied });
    // Becoming hard to fill after submission changes nothing for referrals already made.
    await t.dataSource.query(`UPDATE vacancies SET hard_to_fill = true WHERE id = $1`, [w.vacancyId]);
    at(d('03-16'));
    await run();
    const byReferral = Object.fromEntries((await w.ledger()).map((r) => [r.referral_id, [r.audience, r.amount_cents, r.points]]));
    expect(byReferral).toEqual({
      [employeeHard]: ['employee', 35_000, 10],
      [alumnusHard]: ['alumnus', 20_000, 0],
      [employeePlain]: ['employee', 25_000, 10],
      [employeeMultiplied]: ['employee', 30_000, 15],
    });
  });

  it('validates rules with field errors and lets only HR change them', async () => {
    const w = await world();
    const put = (body: Record<string, unknown>) => w.http.request('PUT', '/api/rewards/rules', { body: { programmeId: w.programmeId, ...body } });
    const fields = async (body: Record<string, unknown>) => {
      const res = await put(body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      return [...new Set(res.body.errors.map((e: { field: string }) => e.field))];
    };
    const start = milestone('start', 'started', { employee: { money: 100 } });
    const noDays = await put({ milestones: [start, milestone('later', 'days_after_start', { employee: { money: 1 } })] });
    expect(noDays.body.errors[0]).toEqual({ field: 'milestones.1.days', message: 'is required for days_after_start' });
    expect(await fields({ milestones: [start, milestone('later', 'days_after_start', { employee: { money: 1 } })] })).toEqual(['milestones.1.days']);
    expect(await fields({ milestones: [milestone('start', 'started', { employee: { money: 1 } }, { days: 3 })] })).toEqual(['milestones.0.days']);
    expect(await fields({ milestones: [start, start] })).toEqual(['milestones.1.key']);
    expect(await fields({ milestones: [milestone('start', 'started', { employee: { money: 12.5 } })] })).toEqual(['milestones.0.amounts.employee.money']);
    expect(await fields({ milestones: [milestone('start', 'started', {})] })).toEqual(['milestones.0.amounts']);
    expect(await fields({ milestones: [milestone('Start!', 'started', { employee: { money: 1 } })] })).toEqual(['milestones.0.key']);
    expect(await fields({ milestones: [start], hardToFill: { kind: 'multiplier', value: 20 } })).toEqual(['hardToFill.value']);
    expect(await fields({ milestones: [] })).toEqual(['milestones']);
    expect(await fields({ milestones: [start], programmeId: '00000000-0000-4000-8000-000000000000' })).toEqual(['programmeId']);

    const employee = await createUser(t.dataSource, w.organisationId, ['employee']);
    const forbidden = await (await signIn(employee)).request('PUT', '/api/rewards/rules', { body: { programmeId: w.programmeId, milestones: [start] } });
    expect(forbidden.status).toBe(403);
    expect((await (await signIn(employee)).get('/api/rewards/ledger')).status).toBe(403);
    expect((await new HttpClient(t.app, '10.9.9.9').get('/api/my/rewards')).status).toBe(401);
  });

  it('donations, HR cancellation and the CSV with a comma separator, quoting and decimal dots', async () => {
    at(d('03-02'));
    const w = await world();
    const quoted = await createUser(t.dataSource, w.organisationId, ['employee']);
    const donor = await createUser(t.dataSource, w.organisationId, ['employee']);
    const third = await createUser(t.dataSource, w.organisationId, ['employee']);
    await t.dataSource.query(`UPDATE people SET first_name = 'Sam "The Man"', last_name = 'Jansen, Jr.', employee_number = '=42' WHERE id = $1`, [quoted.personId]);
    const charity = await w.http.post('/api/rewards/charities', { name: 'KWF Kankerbestrijding' });
    expect(charity.status).toBe(201);
    expect((await w.http.post('/api/rewards/charities', { name: ' KWF Kankerbestrijding ' })).body.errors).toEqual([{ field: 'name', message: 'is already listed' }]);
    const closed = (await w.http.post('/api/rewards/charities', { name: 'Oud fonds' })).body;
    expect((await w.http.patch(`/api/rewards/charities/${closed.id}`, { active: false })).body.active).toBe(false);
    expect((await (await signIn(donor)).get('/api/my/charities')).body.map((c: { name: string }) => c.name)).toEqual(['KWF Kankerbestrijding']);

    await w.setRule({ milestones: [milestone('start', 'started', { employee: { money: 123_456 } }, { label: 'Start; eerste dag' })] });
    clock.advance(60_000);
    const quotedReferral = await w.hire(quoted, { startDate: d('03-16') });
    const donorReferral = await w.hire(donor, { startDate: d('03-16') });
    await w.hire(third, { startDate: d('03-16') });
    at(d('03-16'));
    await run();
    const rows = await w.ledger();
    const rowOf = (referralId: string) => rows.find((r) => r.referral_id === referralId)!;
    const thirdRow = rows.find((r) => r.referral_id !== quotedReferral && r.referral_id !== donorReferral)!;

    const donorClient = await signIn(donor);
    expect((await donorClient.post(`/api/my/rewards/${rowOf(donorReferral).id}/donate`, { charityId: closed.id })).status).toBe(400);
    expect((await donorClient.post(`/api/my/rewards/${rowOf(quotedReferral).id}/donate`, { charityId: charity.body.id })).status).toBe(404); // not theirs
    const donated = await donorClient.post(`/api/my/rewards/${rowOf(donorReferral).id}/donate`, { charityId: charity.body.id });
    expect(donated.body.charity).toEqual({ id: charity.body.id, name: 'KWF Kankerbestrijding' });

    const cancelled = await w.http.post(`/api/rewards/ledger/${thirdRow.id}/cancel`, { reason: 'Dubbel aangedragen' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Dubbel aangedragen', cancelledBySystem: false });
    const all = rows.map((r) => r.id);
    expect((await w.http.post('/api/rewards/ledger/approve', { ids: all })).body.skipped).toEqual([thirdRow.id]);

    const listed = await w.http.get('/api/rewards/ledger?status=approved');
    expect(listed.body.total).toBe(2);
    expect(listed.body.totals).toEqual([{ status: 'approved', currency: 'EUR', count: 2, amountCents: 246_912, points: 0 }]);

    const exported = await w.http.post('/api/rewards/exports', { separator: ',' });
    const csv = exported.body as string;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    const [header, ...lines] = parseCsv(csv.slice(1), ',');
    expect(header).toHaveLength(7);
    expect(lines.sort((a, b) => a[6]!.localeCompare(b[6]!))).toEqual([
      ['', 'KWF Kankerbestrijding', '1234.56', 'EUR', 'Start; eerste dag', donorReferral, 'charity'],
      ["'=42", 'Sam "The Man" Jansen, Jr.', '1234.56', 'EUR', 'Start; eerste dag', quotedReferral, 'employee'],
    ]);
    expect(csv).toContain('"Sam ""The Man"" Jansen, Jr."');

    expect((await donorClient.post(`/api/my/rewards/${rowOf(donorReferral).id}/donate`, { charityId: null })).body.code).toBe('invalid_reward_change');
    expect((await w.http.post(`/api/rewards/ledger/${rowOf(donorReferral).id}/cancel`, { reason: 'te laat' })).body).toMatchObject({ status: 409, code: 'invalid_reward_change', rewardStatus: 'paid' });
    const donorMails = await rewardMails(t.dataSource, donor.email);
    expect(donorMails.at(-1)!.text).toContain('gedoneerd aan KWF Kankerbestrijding');
    const exports = await w.http.get('/api/rewards/exports');
    expect(exports.body).toMatchObject([{ rowCount: 2, separator: ',', totals: [{ currency: 'EUR', amountCents: 246_912 }] }]);
  });

  it('the database refuses changed amounts, payments undone, a second row per milestone and edited rule versions', async () => {
    at(d('03-02'));
    const w = await world();
    const employee = await createUser(t.dataSource, w.organisationId, ['employee']);
    const rule = await w.setRule({ milestones: [milestone('start', 'started', { employee: { money: 25_000 } })] });
    clock.advance(60_000);
    await w.hire(employee, { startDate: d('03-02') });
    await run();
    const [row] = await w.ledger();
    await expect(t.dataSource.query(`UPDATE reward_ledger SET amount_cents = 1 WHERE id = $1`, [row!.id])).rejects.toThrow(/immutable/);
    await expect(t.dataSource.query(`UPDATE reward_ledger SET status = 'paid', paid_at = now() WHERE id = $1`, [row!.id])).rejects.toThrow(/ck_reward_ledger_paid|cannot move/);
    await w.http.post('/api/rewards/ledger/approve', { ids: [row!.id] });
    await w.http.post('/api/rewards/exports', {});
    await expect(t.dataSource.query(`UPDATE reward_ledger SET status = 'approved', paid_at = NULL, export_batch_id = NULL WHERE id = $1`, [row!.id])).rejects.toThrow(/never changes/);
    await expect(t.dataSource.query(`DELETE FROM reward_ledger WHERE id = $1`, [row!.id])).rejects.toThrow(/cannot be deleted/);
    await expect(
      t.dataSource.query(
        `INSERT INTO reward_ledger (organisation_id, referral_id, milestone_key, rule_id, referrer_user_id, audience, amount_cents, currency, points, due_on, status)
         SELECT organisation_id, referral_id, milestone_key, rule_id, referrer_user_id, audience, amount_cents, currency, points, due_on, 'pending' FROM reward_ledger WHERE id = $1`,
        [row!.id],
      ),
    ).rejects.toThrow(/uq_reward_ledger_referral_milestone/);
    await expect(t.dataSource.query(`UPDATE reward_rules SET milestones = '[]' WHERE id = $1`, [rule.id])).rejects.toThrow(/immutable/);
    await expect(t.dataSource.query(`DELETE FROM reward_rules WHERE id = $1`, [rule.id])).rejects.toThrow(/cannot be deleted/);
  });
});
