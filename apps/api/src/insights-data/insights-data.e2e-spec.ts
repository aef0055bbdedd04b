import { createHash } from 'node:crypto';
import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { signIn } from '../testing/erm-offboarding-fixtures';
import { bootTestApp, TestApp } from '../testing/test-app';

describe('dashboard inputs over HTTP (hires, costs, offers, ratings, candidate survey)', () => {
  let t: TestApp;
  const clock = new FakeClock('2027-03-10T09:00:00Z');

  beforeAll(async () => {
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());
  beforeEach(() => clock.set('2027-03-10T09:00:00Z'));

  const put = (http: HttpClient, url: string, body: unknown) => http.request('PUT', url, { body });
  const del = (http: HttpClient, url: string) => http.request('DELETE', url);

  async function organisation() {
    const org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    const hrUser = await createUser(t.dataSource, org, ['hr_admin']);
    const managerUser = await createUser(t.dataSource, org, ['employee']);
    const employeeUser = await createUser(t.dataSource, org, ['employee']);
    const [programme] = await t.dataSource.query(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'Medewerkers werven medewerkers', 'internal', '{employee_permanent}') RETURNING id`, [org]);
    const [vacancy] = await t.dataSource.query(`INSERT INTO vacancies (organisation_id, title, department, status, hiring_manager_user_id) VALUES ($1, 'Verpleegkundige', 'Zorg', 'open', $2) RETURNING id`, [org, managerUser.userId]);
    return {
      org,
      programmeId: programme.id as string,
      vacancyId: vacancy.id as string,
      hr: await signIn(t.app, hrUser),
      manager: await signIn(t.app, managerUser),
      employee: await signIn(t.app, employeeUser),
      /** Signs everyone in again (sessions end when the fake clock jumps months ahead). */
      async again() {
        this.hr = await signIn(t.app, hrUser);
        this.manager = await signIn(t.app, managerUser);
        this.employee = await signIn(t.app, employeeUser);
      },
    };
  }

  it('refuses the anonymous (401), employees (403) and another organisation (404)', async () => {
    const a = await organisation();
    const b = await organisation();
    const anonymous = new HttpClient(t.app);
    for (const url of ['/api/insights/hires', '/api/insights/costs', '/api/insights/offers', '/api/insights/ratings/due']) {
      const res = await anonymous.get(url);
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    for (const url of ['/api/insights/hires', '/api/insights/costs', '/api/insights/offers']) {
      expect((await a.employee.get(url)).status).toBe(403);
      expect((await a.employee.post(url, {})).status).toBe(403);
    }
    const hire = await a.hr.post('/api/insights/hires', { channel: 'agency', hiredOn: '2027-01-15', startDate: '2027-02-01' });
    expect(hire.status).toBe(201);
    const cost = await a.hr.post('/api/insights/costs', { channel: 'job_board', category: 'advertising', periodStart: '2027-01-01', periodEnd: '2027-01-31', amountCents: 125000 });
    const offer = await a.hr.post('/api/insights/offers', { channel: 'agency', madeOn: '2027-01-10', outcome: 'pending' });
    for (const [url, body] of [
      [`/api/insights/hires/${hire.body.id}`, { channel: 'agency', hiredOn: '2027-01-15' }],
      [`/api/insights/costs/${cost.body.id}`, { channel: 'job_board', category: 'advertising', periodStart: '2027-01-01', periodEnd: '2027-01-31', amountCents: 1 }],
      [`/api/insights/offers/${offer.body.id}`, { channel: 'agency', madeOn: '2027-01-10', outcome: 'pending' }],
    ] as const) {
      expect((await put(b.hr, url, body)).status).toBe(404);
      expect((await del(b.hr, url)).status).toBe(404);
    }
    expect((await b.hr.get(`/api/insights/hires/${hire.body.id}`)).status).toBe(404);
    expect((await b.hr.get('/api/insights/hires')).body).toEqual({ items: [], total: 0 });
    expect((await b.hr.get('/api/insights/costs')).body).toMatchObject({ items: [], total: 0, totalCents: 0 });
    // Links to another organisation's rows are refused.
    const foreign = await b.hr.post('/api/insights/hires', { channel: 'agency', hiredOn: '2027-01-15', programmeId: a.programmeId });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([{ field: 'programmeId', message: 'does not exist in your organisation' }]);
    // Rating: another organisation's HR and a colleague who is not the manager get 404.
    clock.set('2027-09-01T09:00:00Z');
    await a.again();
    await b.again();
    expect((await put(b.hr, `/api/insights/hires/${hire.body.id}/ratings/6`, { rating: 4 })).status).toBe(404);
    expect((await put(a.employee, `/api/insights/hires/${hire.body.id}/ratings/6`, { rating: 4 })).status).toBe(404);
  });

  it('lists the department names the dashboard filter can match, from vacancies, hires, offers and people, per organisation', async () => {
    const a = await organisation();
    const b = await organisation();
    await a.hr.post('/api/insights/hires', { channel: 'agency', hiredOn: '2027-01-15', department: 'Facilitair' });
    await a.hr.post('/api/insights/offers', { channel: 'agency', madeOn: '2027-01-10', outcome: 'pending', department: 'ICT' });
    await t.dataSource.query(`UPDATE people SET department = 'administratie' WHERE organisation_id = $1`, [a.org]);
    await b.hr.post('/api/insights/hires', { channel: 'agency', hiredOn: '2027-01-15', department: 'Keuken' });
    // Vacancy 'Zorg' (the fixture), hire, offer and people of this organisation only; case-insensitive order, no duplicates.
    expect((await a.hr.get('/api/insights/departments')).body).toEqual({ items: ['administratie', 'Facilitair', 'ICT', 'Zorg'] });
    expect((await b.hr.get('/api/insights/departments')).body).toEqual({ items: ['Keuken', 'Zorg'] });
    expect((await a.employee.get('/api/insights/departments')).status).toBe(403);
  });

  it('validates input: 400 application/problem+json with field errors', async () => {
    const a = await organisation();
    const cases: Array<[string, unknown, string[]]> = [
      ['/api/insights/hires', { channel: 'carrier_pigeon', hiredOn: '2027-02-30' }, ['channel', 'hiredOn']],
      ['/api/insights/hires', { channel: 'agency', hiredOn: '2027-02-01', appliedOn: '2027-02-02' }, ['appliedOn']],
      ['/api/insights/hires', { channel: 'agency', hiredOn: '2027-02-01', startDate: '2027-03-01', leftOn: '2027-02-15' }, ['leftOn']],
      ['/api/insights/costs', { channel: 'job_board', category: 'advertising', periodStart: '2027-02-01', periodEnd: '2027-01-01', amountCents: 100 }, ['periodEnd']],
      ['/api/insights/costs', { channel: 'job_board', category: 'bribes', periodStart: '2027-01-01', periodEnd: '2027-01-31', amountCents: -1 }, ['category', 'amountCents']],
      ['/api/insights/offers', { channel: 'agency', madeOn: '2027-01-10', outcome: 'accepted' }, ['decidedOn']],
      ['/api/insights/offers', { channel: 'agency', madeOn: '2027-01-10', outcome: 'declined', decidedOn: '2027-01-09' }, ['decidedOn']],
    ];
    for (const [url, body, fields] of cases) {
      const res = await a.hr.post(url, body);
      expect({ url, status: res.status }).toEqual({ url, status: 400 });
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('validation_failed');
      expect([...new Set((res.body.errors as Array<{ field: string }>).map((e) => e.field))].sort()).toEqual([...fields].sort());
    }
    expect((await a.hr.get('/api/insights/hires?from=2027-13-01')).status).toBe(400);
    expect((await a.hr.get('/api/insights/hires/not-a-uuid')).status).toBe(400);
    expect((await put(a.hr, `/api/insights/hires/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/ratings/9`, { rating: 3 })).status).toBe(400);
  });

  it('keeps hires of other channels (CRUD, filters, ATS reference unique) and lists referral hires read-only', async () => {
    const a = await organisation();
    const created = await a.hr.post('/api/insights/hires', {
      channel: 'job_board', hiredOn: '2027-01-20', appliedOn: '2026-12-01', startDate: '2027-02-01', department: 'Zorg', jobTitle: 'Helpende', vacancyId: a.vacancyId, externalRef: 'ATS-7',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ channel: 'job_board', source: 'manual', vacancy: { id: a.vacancyId, name: 'Verpleegkundige' }, appliedOn: '2026-12-01', editable: true, rating6: null });
    const dup = await a.hr.post('/api/insights/hires', { channel: 'agency', hiredOn: '2027-01-21', externalRef: 'ATS-7' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('external_ref_taken');
    await a.hr.post('/api/insights/hires', { channel: 'agency', hiredOn: '2026-11-02' });

    // A referral hired through the pipeline's SQL: its hire appears, read-only.
    const [referrer] = await t.dataSource.query(`SELECT id FROM users WHERE organisation_id = $1 LIMIT 1`, [a.org]);
    const [referral] = await t.dataSource.query(
      `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_email, consent_state, consent_due_at, stage, stage_changed_at, start_date, probation_months)
       VALUES ($1, $2, $3, $4, 'kandidaat@example.test', 'consented', now(), 'hired', '2027-01-05T10:00:00Z', '2027-03-01', 2) RETURNING id`,
      [a.org, a.programmeId, a.vacancyId, referrer.id],
    );
    const all = await a.hr.get('/api/insights/hires?limit=2');
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((h: { hiredOn: string }) => h.hiredOn)).toEqual(['2027-01-20', '2027-01-05']);
    const referralHire = (await a.hr.get('/api/insights/hires?channel=referral')).body.items;
    expect(referralHire).toEqual([expect.objectContaining({ referralId: referral.id, source: 'referral', editable: false, department: 'Zorg', programme: { id: a.programmeId, name: 'Medewerkers werven medewerkers' } })]);
    const refused = await put(a.hr, `/api/insights/hires/${referralHire[0].id}`, { channel: 'agency', hiredOn: '2027-01-05' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('hire_managed_by_referral');
    expect((await del(a.hr, `/api/insights/hires/${referralHire[0].id}`)).body.code).toBe('hire_managed_by_referral');
    expect((await a.hr.get('/api/insights/hires?from=2027-01-01&to=2027-01-31&department=Zorg')).body.total).toBe(2);
    expect((await a.hr.get('/api/insights/hires?source=manual&channel=agency')).body.total).toBe(1);

    const changed = await put(a.hr, `/api/insights/hires/${created.body.id}`, { channel: 'career_site', hiredOn: '2027-01-20', startDate: '2027-02-01', leftOn: '2027-06-30', externalRef: 'ATS-7' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ channel: 'career_site', leftOn: '2027-06-30', department: null, vacancy: null });
    expect((await del(a.hr, `/api/insights/hires/${created.body.id}`)).status).toBe(204);
    expect((await a.hr.get(`/api/insights/hires/${created.body.id}`)).status).toBe(404);
    const audit: Array<{ action: string }> = await t.dataSource.query(`SELECT action FROM audit_events WHERE organisation_id = $1 AND subject_id = $2 ORDER BY created_at`, [a.org, created.body.id]);
    expect(audit.map((e) => e.action)).toEqual(['insights.hire_created', 'insights.hire_changed', 'insights.hire_deleted']);
  });

  it('keeps costs (cents, totals over the filter) and offers of other channels; referral offers are read-only', async () => {
    const a = await organisation();
    const jan = await a.hr.post('/api/insights/costs', { channel: 'job_board', category: 'advertising', periodStart: '2027-01-01', periodEnd: '2027-01-31', amountCents: 125000, description: 'Indeed' });
    expect(jan.status).toBe(201);
    await a.hr.post('/api/insights/costs', { channel: 'referral', category: 'events', programmeId: a.programmeId, periodStart: '2027-02-01', periodEnd: '2027-02-28', amountCents: 40000 });
    await a.hr.post('/api/insights/costs', { channel: 'agency', category: 'agency', periodStart: '2026-12-01', periodEnd: '2026-12-31', amountCents: 900000 });
    expect((await a.hr.get('/api/insights/costs?from=2027-01-15&to=2027-02-10')).body).toMatchObject({ total: 2, totalCents: 165000 });
    expect((await a.hr.get(`/api/insights/costs?programmeId=${a.programmeId}`)).body.items).toEqual([expect.objectContaining({ amountCents: 40000, programme: { id: a.programmeId, name: 'Medewerkers werven medewerkers' } })]);
    const changed = await put(a.hr, `/api/insights/costs/${jan.body.id}`, { channel: 'job_board', category: 'advertising', periodStart: '2027-01-01', periodEnd: '2027-01-31', amountCents: 130000 });
    expect(changed.body).toMatchObject({ amountCents: 130000, description: '' });
    expect((await del(a.hr, `/api/insights/costs/${jan.body.id}`)).status).toBe(204);
    expect((await a.hr.get('/api/insights/costs')).body).toMatchObject({ total: 2, totalCents: 940000 });

    const offer = await a.hr.post('/api/insights/offers', { channel: 'agency', madeOn: '2027-01-10', outcome: 'pending', externalRef: 'OFF-1' });
    expect(offer.body).toMatchObject({ outcome: 'pending', decidedOn: null, editable: true });
    const accepted = await put(a.hr, `/api/insights/offers/${offer.body.id}`, { channel: 'agency', madeOn: '2027-01-10', outcome: 'accepted', decidedOn: '2027-01-12', externalRef: 'OFF-1' });
    expect(accepted.body).toMatchObject({ outcome: 'accepted', decidedOn: '2027-01-12' });
    const [referrer] = await t.dataSource.query(`SELECT id FROM users WHERE organisation_id = $1 LIMIT 1`, [a.org]);
    await t.dataSource.query(
      `INSERT INTO referrals (organisation_id, programme_id, referrer_user_id, candidate_email, consent_state, consent_due_at, stage, stage_changed_at)
       VALUES ($1, $2, $3, 'k2@example.test', 'consented', now(), 'offer', '2027-01-20T10:00:00Z')`,
      [a.org, a.programmeId, referrer.id],
    );
    const list = await a.hr.get('/api/insights/offers?channel=referral');
    expect(list.body.items).toEqual([expect.objectContaining({ madeOn: '2027-01-20', outcome: 'pending', editable: false })]);
    expect((await del(a.hr, `/api/insights/offers/${list.body.items[0].id}`)).body.code).toBe('hire_managed_by_referral');
    expect((await a.hr.get('/api/insights/offers?outcome=accepted')).body.total).toBe(1);
  });

  it('quality of hire: due after 6 and 12 months, rated by HR or the hiring manager (1-5), then no longer due', async () => {
    const a = await organisation();
    const hire = (await a.hr.post('/api/insights/hires', { channel: 'agency', hiredOn: '2026-12-01', startDate: '2027-01-01', vacancyId: a.vacancyId })).body;
    const other = (await a.hr.post('/api/insights/hires', { channel: 'social', hiredOn: '2026-12-01', startDate: '2027-01-15' })).body;
    const early = await put(a.hr, `/api/insights/hires/${hire.id}/ratings/6`, { rating: 4 });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('quality_rating_not_due');
    expect((await a.hr.get('/api/insights/ratings/due')).body).toEqual({ items: [], total: 0 });

    clock.set('2027-07-01T09:00:00Z'); // 11:00 in Amsterdam: six months after 1 January
    await a.again();
    const due = (await a.hr.get('/api/insights/ratings/due')).body;
    expect(due.items.map((d: { hire: { id: string }; months: number; dueOn: string }) => [d.hire.id, d.months, d.dueOn])).toEqual([[hire.id, 6, '2027-07-01']]);
    expect((await a.manager.get('/api/insights/ratings/due')).body.total).toBe(1);
    expect((await a.employee.get('/api/insights/ratings/due')).body.total).toBe(0);
    expect((await put(a.manager, `/api/insights/hires/${other.id}/ratings/6`, { rating: 3 })).status).toBe(404);
    expect((await put(a.manager, `/api/insights/hires/${hire.id}/ratings/6`, { rating: 6 })).status).toBe(400);
    const rated = await put(a.manager, `/api/insights/hires/${hire.id}/ratings/6`, { rating: 4, note: 'Sterke start' });
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ hireId: hire.id, months: 6, rating: 4, note: 'Sterke start' });
    expect((await a.hr.get(`/api/insights/hires/${hire.id}`)).body).toMatchObject({ rating6: 4, rating12: null });

    clock.set('2027-07-20T09:00:00Z');
    await a.again();
    expect((await a.hr.get('/api/insights/ratings/due')).body.items.map((d: { hire: { id: string } }) => d.hire.id)).toEqual([other.id]);
    expect((await put(a.hr, `/api/insights/hires/${other.id}/ratings/6`, { rating: 2 })).status).toBe(200);
    expect((await put(a.hr, `/api/insights/hires/${other.id}/ratings/12`, { rating: 2 })).body.code).toBe('quality_rating_not_due');
    expect((await a.hr.get('/api/insights/ratings/due')).body.total).toBe(0);
  });

  it('candidate survey: lookup and answer by POST with the token; GET records nothing; bad token 410, bad score 400', async () => {
    const a = await organisation();
    const token = 'T'.repeat(43);
    await t.dataSource.query(
      `INSERT INTO candidate_surveys (organisation_id, outcome, token_hash, sent_at) VALUES ($1, 'rejected', $2, '2027-03-01T09:00:00Z')`,
      [a.org, createHash('sha256').update(token, 'utf8').digest()],
    );
    const candidate = new HttpClient(t.app, '10.7.0.1');
    expect((await candidate.get(`/api/candidate-survey?token=${token}&score=3`)).status).toBe(404);
    const looked = await candidate.post('/api/candidate-survey/lookup', { token });
    expect(looked.status).toBe(200);
    expect(looked.body).toEqual({ organisationName: 'Zorggroep De Linde', vacancyTitle: null, score: null, answeredAt: null, expiresAt: '2027-03-31T09:00:00.000Z' });
    expect(await t.dataSource.query(`SELECT score FROM candidate_surveys WHERE organisation_id = $1`, [a.org])).toEqual([{ score: null }]);

    expect((await candidate.post('/api/candidate-survey', { token, score: 11 })).status).toBe(400);
    const answered = await candidate.post('/api/candidate-survey', { token, score: 3 });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ score: 3, answeredAt: '2027-03-10T09:00:00.000Z' });
    const wrong = await candidate.post('/api/candidate-survey', { token: 'U'.repeat(43), score: 3 });
    expect(wrong.status).toBe(410);
    expect(wrong.body.code).toBe('candidate_survey_token_invalid');
    clock.set('2027-03-31T09:00:01Z');
    expect((await candidate.post('/api/candidate-survey', { token, score: 10 })).status).toBe(410);
    expect(await t.dataSource.query(`SELECT score FROM candidate_surveys WHERE organisation_id = $1`, [a.org])).toEqual([{ score: 3 }]);
  });
});
