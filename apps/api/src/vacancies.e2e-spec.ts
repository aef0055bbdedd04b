import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser, Fixture } from './testing/fixtures';
import { HttpClient } from './testing/http-client';
import { bootTestApp, TestApp } from './testing/test-app';

describe('vacancies (e2e)', () => {
  let t: TestApp;
  const clock = new FakeClock('2027-03-02T09:00:00Z');

  const signIn = async (user: Fixture) => {
    const http = new HttpClient(t.app);
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    return http;
  };
  const fields = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field).sort();
  const titles = (body: { items: Array<{ title: string }> }) => body.items.map((v) => v.title).sort();

  /** An organisation with a signed-in HR admin, and a way to add open vacancies and users. */
  const organisation = async (name = 'Zorggroep') => {
    const id = await createOrganisation(t.dataSource, name);
    const hrUser = await createUser(t.dataSource, id, ['hr_admin']);
    const hr = await signIn(hrUser);
    const vacancy = async (body: Record<string, unknown>) => {
      const res = await hr.post('/api/vacancies', { status: 'open', ...body });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const programme = async (body: Record<string, unknown>) => {
      const res = await hr.post('/api/programmes', body);
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const member = async (roles: Parameters<typeof createUser>[2], contract: 'permanent' | 'flex' | null = null) => {
      const user = await createUser(t.dataSource, id, roles);
      if (contract) await t.dataSource.query(`UPDATE people SET employment_type = $1 WHERE id = $2`, [contract, user.personId]);
      return signIn(user);
    };
    return { id, hrUser, hr, vacancy, programme, member };
  };

  beforeAll(async () => {
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());

  it('lets HR create, read, list and change a vacancy, rendering Markdown safely and tracking status', async () => {
    const org = await organisation();
    const manager = await createUser(t.dataSource, org.id, ['employee']);
    const created = await org.hr.post('/api/vacancies', {
      title: '  Verpleegkundige interne geneeskunde ',
      descriptionMarkdown: '**Mooi werk** <script>alert(1)</script> [site](javascript:alert(1))',
      department: 'Zorg',
      location: 'Utrecht',
      employmentType: 'permanent',
      hoursMin: 24,
      hoursMax: 36.5,
      salaryMin: 3200,
      salaryMax: 4500,
      salaryPeriod: 'month',
      skills: [' BIG-registratie ', 'big-registratie', 'Wondzorg'],
      hardToFill: true,
      hiringManagerUserId: manager.userId,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Verpleegkundige interne geneeskunde',
      status: 'draft',
      salaryCurrency: 'EUR',
      hoursMax: 36.5,
      skills: ['BIG-registratie', 'Wondzorg'],
      hiringManagerUserId: manager.userId,
      hiringManagerName: 'Test employee',
      openedAt: null,
    });
    expect(created.body.descriptionHtml).toContain('<strong>Mooi werk</strong>');
    expect(created.body.descriptionHtml).toContain('&lt;script&gt;');
    expect(created.body.descriptionHtml).not.toMatch(/<script|href="javascript/);
    const id = created.body.id;

    const opened = await org.hr.patch(`/api/vacancies/${id}`, { status: 'open' });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ status: 'open', openedAt: '2027-03-02T09:00:00.000Z', closedAt: null });

    const backToDraft = await org.hr.patch(`/api/vacancies/${id}`, { status: 'draft' });
    expect(backToDraft.status).toBe(400);
    expect(backToDraft.body.errors).toEqual([{ field: 'status', message: 'cannot change from open to draft' }]);

    const closed = await org.hr.patch(`/api/vacancies/${id}`, { status: 'closed', hardToFill: false });
    expect(closed.body).toMatchObject({ status: 'closed', hardToFill: false, closedAt: '2027-03-02T09:00:00.000Z' });
    const reopened = await org.hr.patch(`/api/vacancies/${id}`, { status: 'open', hiringManagerUserId: null });
    expect(reopened.body).toMatchObject({ status: 'open', closedAt: null, hiringManagerUserId: null, hiringManagerName: null });

    const fetched = await org.hr.get(`/api/vacancies/${id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body.descriptionMarkdown).toContain('<script>');

    await org.vacancy({ title: 'Planner', department: 'Bedrijfsvoering', employmentType: 'temporary', status: 'draft' });
    await org.vacancy({ title: 'Helpende', department: 'zorg', employmentType: 'flex' });
    const all = await org.hr.get('/api/vacancies');
    expect(all.body.total).toBe(3);
    expect((await org.hr.get('/api/vacancies?status=draft')).body.items.map((v: { title: string }) => v.title)).toEqual(['Planner']);
    expect(titles((await org.hr.get('/api/vacancies?department=ZORG')).body)).toEqual(['Helpende', 'Verpleegkundige interne geneeskunde']);
    expect(titles((await org.hr.get('/api/vacancies?employmentType=flex')).body)).toEqual(['Helpende']);
    expect(titles((await org.hr.get('/api/vacancies?hardToFill=false&status=open')).body)).toEqual(['Helpende', 'Verpleegkundige interne geneeskunde']);
    const page = await org.hr.get('/api/vacancies?limit=2&offset=2');
    expect(page.body).toMatchObject({ total: 3, items: [expect.objectContaining({ title: 'Verpleegkundige interne geneeskunde' })] });

    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE subject_id = $1`, [id]);
    expect(audit.n).toBe(4);
  });

  it('answers invalid vacancies with problems on the right fields', async () => {
    const org = await organisation();
    const other = await organisation('Ander');
    const outsider = await createUser(t.dataSource, other.id, ['employee']);
    const res = await org.hr.post('/api/vacancies', {
      title: 'Kok',
      hoursMin: 40,
      hoursMax: 32,
      salaryMin: 3000,
      salaryMax: 2000,
      hiringManagerUserId: outsider.userId,
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(fields(res.body)).toEqual(['hiringManagerUserId', 'hoursMax', 'salaryMax']);

    const shape = await org.hr.post('/api/vacancies', {
      title: '',
      isAdmin: true,
      salaryCurrency: 'EURO',
      hoursMax: 81,
      skills: ['x'.repeat(51)],
      status: 'closed',
    });
    expect(shape.status).toBe(400);
    expect(fields(shape.body)).toEqual(['hoursMax', 'isAdmin', 'salaryCurrency', 'skills', 'title']);
    const tooMany = await org.hr.post('/api/vacancies', { title: 'x', skills: Array.from({ length: 31 }, (_, i) => `skill ${i}`) });
    expect(fields(tooMany.body)).toEqual(['skills']);
    const closedAtStart = await org.hr.post('/api/vacancies', { title: 'x', status: 'closed' });
    expect(fields(closedAtStart.body)).toEqual(['status']);

    const id = await org.vacancy({ title: 'Kok', hoursMin: 20, salaryMax: 3000 });
    const patch = await org.hr.patch(`/api/vacancies/${id}`, { hoursMax: 10, salaryMin: 3500, title: null });
    expect(patch.status).toBe(400);
    expect(fields(patch.body)).toEqual(['title']);
    const patchRanges = await org.hr.patch(`/api/vacancies/${id}`, { hoursMax: 10, salaryMin: 3500 });
    expect(fields(patchRanges.body)).toEqual(['hoursMax', 'salaryMax']);
    expect((await org.hr.get(`/api/vacancies/${id}`)).body).toMatchObject({ hoursMax: null, salaryMin: null });
  });

  it("hides another organisation's vacancies (404) and keeps HR routes from employees (403)", async () => {
    const org = await organisation();
    const other = await organisation('Ander');
    const id = await org.vacancy({ title: 'Geheim' });
    expect((await other.hr.get(`/api/vacancies/${id}`)).status).toBe(404);
    const patch = await other.hr.patch(`/api/vacancies/${id}`, { title: 'Overgenomen' });
    expect(patch.status).toBe(404);
    expect(patch.body.code).toBe('not_found');
    expect((await other.hr.get('/api/vacancies')).body.total).toBe(0);
    expect((await org.hr.get(`/api/vacancies/${id}`)).body.title).toBe('Geheim');

    const employee = await org.member(['employee']);
    expect((await employee.get('/api/vacancies')).status).toBe(403);
    expect((await employee.get(`/api/vacancies/${id}`)).status).toBe(403);
    expect((await employee.post('/api/vacancies', { title: 'x' })).status).toBe(403);
    expect((await employee.patch(`/api/vacancies/${id}`, { title: 'x' })).status).toBe(403);
    expect((await new HttpClient(t.app).get('/api/open-vacancies')).status).toBe(401);
  });

  it('searches with Dutch and English stemming, best match first', async () => {
    const org = await organisation();
    await org.programme({ name: 'Iedereen', kind: 'combined' });
    await org.vacancy({ title: 'Verpleegkundige', descriptionMarkdown: 'Op de afdeling cardiologie.' });
    await org.vacancy({ title: 'Registered Nurse', descriptionMarkdown: 'Caring for patients.' });
    await org.vacancy({ title: 'Teamleider', descriptionMarkdown: 'Je stuurt een team van verpleegkundigen aan.' });
    await org.vacancy({ title: 'Monteur' });

    const dutch = await org.hr.get('/api/vacancies?q=verpleegkundigen');
    expect(dutch.body.items.map((v: { title: string }) => v.title)).toEqual(['Verpleegkundige', 'Teamleider']);
    expect(dutch.body.total).toBe(2);
    const english = await org.hr.get('/api/vacancies?q=nurses');
    expect(titles(english.body)).toEqual(['Registered Nurse']);

    const employee = await org.member(['employee']);
    const open = await employee.get('/api/open-vacancies?q=verpleegkundigen');
    expect(open.body.items.map((v: { title: string }) => v.title)).toEqual(['Verpleegkundige', 'Teamleider']);
    expect(titles((await employee.get('/api/open-vacancies?q=nurses')).body)).toEqual(['Registered Nurse']);
    expect((await employee.get('/api/open-vacancies?q=loodgieter')).body).toEqual({ items: [], total: 0 });
    const newestFirst = await employee.get('/api/open-vacancies');
    expect(newestFirst.body.items.map((v: { title: string }) => v.title)).toEqual(['Monteur', 'Teamleider', 'Registered Nurse', 'Verpleegkundige']);
  });

  it('shows referrers only open vacancies a running programme admits them to, with that programme', async () => {
    const org = await organisation();
    const v1 = await org.vacancy({ title: 'Open A', location: 'Utrecht', employmentType: 'permanent', descriptionMarkdown: '*A*' });
    await org.vacancy({ title: 'Open B', location: 'Zwolle', employmentType: 'flex' });
    await org.vacancy({ title: 'Concept', status: 'draft' });
    const employee = await org.member(['employee'], 'permanent');
    const flexWorker = await org.member(['employee'], 'flex');
    const alumnus = await org.member(['alumnus']);
    const external = await org.member(['external_referrer']);
    const hrOnly = org.hr;

    // No programme yet: nobody may refer.
    expect((await employee.get('/api/open-vacancies')).body.total).toBe(0);

    const internal = await org.programme({
      name: 'Medewerkers werven',
      kind: 'internal',
      audiences: ['employee_permanent'],
      rewardSummary: '€ 500 na de proeftijd',
      termsMarkdown: 'Zie [voorwaarden](https://kring.example/terms)',
    });
    const list = await employee.get('/api/open-vacancies');
    expect(list.status).toBe(200);
    expect(titles(list.body)).toEqual(['Open A', 'Open B']);
    expect(list.body.items[0].programme).toEqual({ id: internal, name: 'Medewerkers werven', kind: 'internal', endsAt: null, rewardSummary: '€ 500 na de proeftijd' });
    expect(list.body.items[0]).not.toHaveProperty('hiringManagerUserId');
    expect(titles((await employee.get('/api/open-vacancies?location=utrecht')).body)).toEqual(['Open A']);
    expect(titles((await employee.get('/api/open-vacancies?employmentType=flex')).body)).toEqual(['Open B']);
    const detail = await employee.get(`/api/open-vacancies/${v1}`);
    expect(detail.status).toBe(200);
    expect(detail.body.descriptionHtml).toContain('<em>A</em>');
    expect(detail.body.programme.termsHtml).toContain('rel="noopener noreferrer nofollow"');

    for (const outsider of [flexWorker, alumnus, external, hrOnly]) {
      expect((await outsider.get('/api/open-vacancies')).body).toEqual({ items: [], total: 0 });
    }
    const refused = await alumnus.get(`/api/open-vacancies/${v1}`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('referrer_not_eligible');

    await org.programme({ name: 'Netwerk', kind: 'combined', audiences: ['employee_flex', 'alumnus'] });
    expect((await alumnus.get('/api/open-vacancies')).body.total).toBe(2);
    expect((await flexWorker.get('/api/open-vacancies')).body.items[0].programme.name).toBe('Netwerk');
    expect((await external.get('/api/open-vacancies')).body.total).toBe(0);

    await org.programme({ name: 'Aandragers', kind: 'external' });
    expect((await external.get('/api/open-vacancies')).body.items[0].programme.name).toBe('Aandragers');
    expect((await employee.get('/api/open-vacancies')).body.items[0].programme.name).toBe('Medewerkers werven');

    const draft = await org.hr.get('/api/vacancies?status=draft');
    expect((await employee.get(`/api/open-vacancies/${draft.body.items[0].id}`)).status).toBe(404);
  });

  it('limits a selected-vacancies programme to its selection', async () => {
    const org = await organisation();
    const chosen = await org.vacancy({ title: 'Gekozen' });
    await org.vacancy({ title: 'Niet gekozen' });
    await org.programme({ name: 'Actie IC', kind: 'internal', vacancyScope: 'selected', vacancyIds: [chosen] });
    const employee = await org.member(['employee']);
    const list = await employee.get('/api/open-vacancies');
    expect(titles(list.body)).toEqual(['Gekozen']);
    expect(list.body.total).toBe(1);
  });
});
