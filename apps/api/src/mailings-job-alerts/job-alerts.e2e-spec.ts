import { asOrganisationId } from '@kring/server-database';
import { JobAlertSender } from '@kring/server-mailings';
import { QueueNames } from '@kring/server-queue';
import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser, type Fixture } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { bootTestApp, TestApp } from '../testing/test-app';

describe('job alerts (your own saved searches; publishing a vacancy queues the instant alerts)', () => {
  let t: TestApp;
  const clock = new FakeClock('2027-03-10T09:00:00Z');

  beforeAll(async () => {
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());

  const signIn = async (user: Fixture): Promise<HttpClient> => {
    const http = new HttpClient(t.app);
    const res = await http.post('/api/auth/login', { email: user.email, password: user.password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
    return http;
  };
  const consent = async (personId: string) =>
    (await t.dataSource.query(`SELECT status, source, expires_at FROM consents WHERE person_id = $1 AND purpose = 'job_alerts'`, [personId]))[0];
  const alert = {
    keywords: '  verpleegkundige   nacht ',
    functions: ['Verpleegkundige', ' verpleegkundige', ''],
    skills: ['Wondzorg'],
    locations: ['Utrecht'],
    employmentTypes: ['permanent', 'permanent'],
    frequency: 'daily',
  };

  it('lets an alumnus save, list, change and delete alerts; saving grants job_alerts consent for 24 months', async () => {
    const org = await createOrganisation(t.dataSource);
    const alumnus = await createUser(t.dataSource, org, ['alumnus']);
    const http = await signIn(alumnus);

    const empty = await http.get('/api/me/job-alerts');
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ items: [], consent: { granted: false, expiresAt: null }, max: 5 });

    const created = await http.post('/api/me/job-alerts', alert);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      keywords: 'verpleegkundige nacht',
      functions: ['verpleegkundige'],
      skills: ['wondzorg'],
      locations: ['utrecht'],
      employmentTypes: ['permanent'],
      frequency: 'daily',
      lastDigestAt: null,
    });
    expect(await consent(alumnus.personId)).toEqual({ status: 'granted', source: 'job_alert_subscription', expires_at: new Date('2029-03-10T09:00:00Z') });

    const changed = await http.request('PUT', `/api/me/job-alerts/${created.body.id}`, { body: { keywords: 'nurse', frequency: 'instant' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: created.body.id, keywords: 'nurse', functions: [], skills: [], frequency: 'instant' });

    const list = await http.get('/api/me/job-alerts');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.consent).toEqual({ granted: true, expiresAt: '2029-03-10T09:00:00.000Z' });

    expect((await http.request('DELETE', `/api/me/job-alerts/${created.body.id}`)).status).toBe(204);
    expect((await http.request('DELETE', `/api/me/job-alerts/${created.body.id}`)).status).toBe(404);
    expect((await http.get('/api/me/job-alerts')).body.items).toEqual([]);
    expect((await consent(alumnus.personId)).status).toBe('granted'); // deleting an alert leaves the consent alone
  });

  it('refuses bad input, more than five alerts, other roles and strangers; one person cannot see or touch another one\'s alerts', async () => {
    const org = await createOrganisation(t.dataSource);
    const referrer = await signIn(await createUser(t.dataSource, org, ['external_referrer']));
    const bad = await referrer.post('/api/me/job-alerts', { frequency: 'hourly', employmentTypes: ['cook'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['employmentTypes', 'frequency']);
    for (let i = 0; i < 5; i++) expect((await referrer.post('/api/me/job-alerts', { keywords: `kok ${i}`, frequency: 'weekly' })).status).toBe(201);
    const sixth = await referrer.post('/api/me/job-alerts', { keywords: 'kok', frequency: 'weekly' });
    expect(sixth.status).toBe(409);
    expect(sixth.body.code).toBe('job_alert_limit_reached');

    const [mine] = (await referrer.get('/api/me/job-alerts')).body.items;
    const colleague = await signIn(await createUser(t.dataSource, org, ['alumnus']));
    expect((await colleague.get('/api/me/job-alerts')).body.items).toEqual([]);
    expect((await colleague.request('PUT', `/api/me/job-alerts/${mine.id}`, { body: { frequency: 'daily' } })).status).toBe(404);
    expect((await colleague.request('DELETE', `/api/me/job-alerts/${mine.id}`)).status).toBe(404);
    const otherOrg = await signIn(await createUser(t.dataSource, await createOrganisation(t.dataSource), ['alumnus']));
    expect((await otherOrg.request('DELETE', `/api/me/job-alerts/${mine.id}`)).status).toBe(404);
    expect((await referrer.get('/api/me/job-alerts')).body.items).toHaveLength(5);

    expect((await new HttpClient(t.app).get('/api/me/job-alerts')).status).toBe(401);
    for (const role of ['employee', 'hr_admin'] as const) {
      const http = await signIn(await createUser(t.dataSource, org, [role]));
      expect((await http.get('/api/me/job-alerts')).status).toBe(403);
      expect((await http.post('/api/me/job-alerts', { frequency: 'daily' })).status).toBe(403);
    }
  });

  it('queues one instant job when a vacancy is published (created open, or opened later), in the same transaction', async () => {
    const org = await createOrganisation(t.dataSource);
    const hr = await signIn(await createUser(t.dataSource, org, ['hr_admin']));
    const queued = async (vacancyId: string) =>
      (await t.dataSource.query(`SELECT data FROM pgboss.job WHERE name = $1 AND data->>'vacancyId' = $2`, [QueueNames.jobAlertsInstant, vacancyId])).length;

    const open = await hr.post('/api/vacancies', { title: 'Verpleegkundige', status: 'open' });
    expect(open.status).toBe(201);
    expect(await queued(open.body.id)).toBe(1);

    const draft = await hr.post('/api/vacancies', { title: 'Kok', status: 'draft' });
    expect(await queued(draft.body.id)).toBe(0);
    expect((await hr.request('PATCH', `/api/vacancies/${draft.body.id}`, { body: { title: 'Kok (32 uur)' } })).status).toBe(200);
    expect(await queued(draft.body.id)).toBe(0);
    expect((await hr.request('PATCH', `/api/vacancies/${draft.body.id}`, { body: { status: 'open' } })).status).toBe(200);
    expect(await queued(draft.body.id)).toBe(1);
    expect((await hr.request('PATCH', `/api/vacancies/${draft.body.id}`, { body: { descriptionMarkdown: 'Koken voor 40 bewoners.', title: 'Kok' } })).status).toBe(200);
    expect(await queued(draft.body.id)).toBe(1); // changing an open vacancy is no new publication
    expect((await hr.request('PATCH', `/api/vacancies/${draft.body.id}`, { body: { status: 'closed' } })).status).toBe(200);
    expect((await hr.request('PATCH', `/api/vacancies/${draft.body.id}`, { body: { status: 'open' } })).status).toBe(200);
    expect(await queued(draft.body.id)).toBe(2); // reopened: matched again (deliveries keep anyone from getting it twice)

    const refused = await hr.post('/api/vacancies', { title: 'Helpende', status: 'open', hoursMin: 30, hoursMax: 20 });
    expect(refused.status).toBe(400);
    expect((await t.dataSource.query(`SELECT 1 FROM pgboss.job WHERE name = $1 AND data->>'organisationId' = $2`, [QueueNames.jobAlertsInstant, org])).length).toBe(3);
  });
});

describe('job alerts end to end: save, publish, mail, one-click unsubscribe', () => {
  let t: TestApp;
  const clock = new FakeClock('2027-03-10T09:00:00Z');
  beforeAll(async () => {
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());

  it('mails a published vacancy to a matching alumnus once, and the List-Unsubscribe URL stops further alerts', async () => {
    const org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    const login = async (user: Fixture) => {
      const http = new HttpClient(t.app);
      expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
      return http;
    };
    const alumnus = await createUser(t.dataSource, org, ['alumnus']);
    const hr = await login(await createUser(t.dataSource, org, ['hr_admin']));
    const me = await login(alumnus);
    expect((await me.post('/api/me/job-alerts', { keywords: 'koks', frequency: 'instant' })).status).toBe(201);
    const sender = t.app.get(JobAlertSender);

    const kok = await hr.post('/api/vacancies', { title: 'Kok', status: 'open', location: 'Zeist' });
    expect(await sender.sendInstant(asOrganisationId(org), kok.body.id)).toEqual({ sent: 1 });
    expect(await sender.sendInstant(asOrganisationId(org), kok.body.id)).toEqual({ sent: 0 });
    const [mail] = await t.dataSource.query(`SELECT subject, headers, text_body FROM mail_messages WHERE to_address = $1 AND kind = 'job_alert_instant'`, [alumnus.email]);
    expect(mail.subject).toBe('Nieuwe vacature: Kok');
    expect(mail.text_body).toContain(`/vacancies/${kok.body.id}`);
    expect(mail.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', 'X-Kring-Kind': 'job_alert_instant' });
    const url = new URL(/^<([^>]+)>$/.exec(mail.headers['List-Unsubscribe'])![1]!);
    expect(url.searchParams.get('topic')).toBe('job_alerts');

    const unsubscribe = await new HttpClient(t.app).request('POST', `${url.pathname}${url.search}`, {
      rawBody: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(unsubscribe.status).toBe(204);
    expect((await me.get('/api/me/job-alerts')).body.consent).toEqual({ granted: false, expiresAt: null });

    const chef = await hr.post('/api/vacancies', { title: 'Zelfstandig werkend kok', status: 'open' });
    expect(await sender.sendInstant(asOrganisationId(org), chef.body.id)).toEqual({ sent: 0 });
  });
});
