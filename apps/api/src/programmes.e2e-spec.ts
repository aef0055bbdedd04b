import { asOrganisationId } from '@kring/server-database';
import { ProgrammeResolver } from '@kring/server-referrals';
import type { Audience } from '@kring/shared-domain';
import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser, Fixture } from './testing/fixtures';
import { HttpClient } from './testing/http-client';
import { bootTestApp, TestApp } from './testing/test-app';

const DAY = 86_400_000;

describe('referral programmes (e2e)', () => {
  let t: TestApp;
  let clock: FakeClock;
  let resolver: ProgrammeResolver;

  const signIn = async (user: Fixture) => {
    const http = new HttpClient(t.app);
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    return http;
  };
  const fields = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field).sort();
  const inDays = (days: number) => new Date(clock.now().getTime() + days * DAY).toISOString();

  const organisation = async (name = 'Zorggroep') => {
    const id = await createOrganisation(t.dataSource, name);
    const hrUser = await createUser(t.dataSource, id, ['hr_admin']);
    const employeeUser = await createUser(t.dataSource, id, ['employee']);
    const org = {
      id,
      hr: await signIn(hrUser),
      employee: await signIn(employeeUser),
      async vacancy(title: string) {
        const res = await org.hr.post('/api/vacancies', { title, status: 'open' });
        expect(res.status).toBe(201);
        return res.body.id as string;
      },
      async programme(body: Record<string, unknown>) {
        const res = await org.hr.post('/api/programmes', body);
        expect(res.status).toBe(201);
        return res.body as { id: string; [key: string]: unknown };
      },
      resolve(vacancyId: string | null, audiences: Audience[] = ['employee_permanent']) {
        return resolver.resolve(asOrganisationId(id), { userId: employeeUser.userId, audiences }, vacancyId, clock.now());
      },
      /** Moves the clock; sessions expire with time, so both sign in again. */
      async travel(to: string) {
        clock.set(to);
        org.hr = await signIn(hrUser);
        org.employee = await signIn(employeeUser);
      },
    };
    return org;
  };
  /** The programme a referral for each open vacancy would fall under, as the employee sees it. */
  const programmeByVacancy = async (client: HttpClient) => {
    const res = await client.get('/api/open-vacancies');
    expect(res.status).toBe(200);
    return Object.fromEntries(res.body.items.map((v: { title: string; programme: { name: string } }) => [v.title, v.programme.name]));
  };

  beforeAll(async () => {
    clock = new FakeClock('2027-03-02T09:00:00Z');
    t = await bootTestApp({ clock });
    resolver = t.app.get(ProgrammeResolver);
  });
  afterAll(() => t.close());
  beforeEach(() => clock.set('2027-03-02T09:00:00Z'));

  it('lets HR create, list, change and archive programmes, with defaults and a derived status', async () => {
    const org = await organisation();
    const internal = await org.programme({ name: ' Medewerkers werven ', kind: 'internal', termsMarkdown: '**Let op** <b>x</b>' });
    expect(internal).toMatchObject({
      name: 'Medewerkers werven',
      audiences: ['employee_permanent', 'employee_flex'],
      vacancyScope: 'all_open',
      vacancyIds: [],
      ownershipDays: 180,
      ownershipScope: 'candidate',
      consentTimeoutDays: 14,
      allowHiringTeamReferrals: false,
      isAction: false,
      status: 'active',
      rewardSummary: '',
    });
    expect(internal['termsHtml']).toBe('<p><strong>Let op</strong> &lt;b&gt;x&lt;/b&gt;</p>\n');

    const v = await org.vacancy('IC-verpleegkundige');
    const action = await org.programme({
      name: 'Zomeractie',
      kind: 'combined',
      audiences: ['employee_permanent', 'alumnus'],
      startsAt: inDays(3),
      endsAt: inDays(30),
      vacancyScope: 'selected',
      vacancyIds: [v],
      ownershipDays: 90,
      consentTimeoutDays: 7,
      rewardSummary: '€ 750',
    });
    expect(action).toMatchObject({ isAction: true, status: 'scheduled', vacancyIds: [v], ownershipDays: 90 });

    const listed = await org.hr.get('/api/programmes');
    expect(listed.body.total).toBe(2);
    expect((await org.hr.get('/api/programmes?status=scheduled')).body.items.map((p: { id: string }) => p.id)).toEqual([action.id]);
    expect((await org.hr.get('/api/programmes?status=active&kind=internal')).body.items.map((p: { id: string }) => p.id)).toEqual([internal.id]);

    await org.travel(inDays(31));
    expect((await org.hr.get(`/api/programmes/${action.id}`)).body.status).toBe('ended');
    expect((await org.hr.get('/api/programmes?status=ended')).body.total).toBe(1);

    const changed = await org.hr.patch(`/api/programmes/${internal.id}`, { kind: 'external', rewardSummary: 'Een bon' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ kind: 'external', audiences: ['external_referrer'], rewardSummary: 'Een bon' });
    const allOpen = await org.hr.patch(`/api/programmes/${action.id}`, { vacancyScope: 'all_open' });
    expect(allOpen.body).toMatchObject({ vacancyScope: 'all_open', vacancyIds: [] });

    const archived = await org.hr.post(`/api/programmes/${internal.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ status: 'archived', archivedAt: clock.now().toISOString() });
    expect((await org.hr.post(`/api/programmes/${internal.id}/archive`)).body.archivedAt).toBe(archived.body.archivedAt);
    expect((await org.hr.get('/api/programmes?status=archived')).body.total).toBe(1);

    const actions = await t.dataSource.query(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY created_at`, [internal.id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['programme.created', 'programme.updated', 'programme.archived']);
  });

  it('answers invalid programmes with problems on the right fields', async () => {
    const org = await organisation();
    const other = await organisation('Ander');
    const foreign = await other.vacancy('Niet van ons');
    const own = await org.vacancy('Wel van ons');

    const audiences = await org.hr.post('/api/programmes', { name: 'Intern', kind: 'internal', audiences: ['alumnus'] });
    expect(audiences.status).toBe(400);
    expect(audiences.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'audiences', message: expect.stringContaining('internal') }] });
    expect(fields((await org.hr.post('/api/programmes', { name: 'Extern', kind: 'external', audiences: ['employee_flex'] })).body)).toEqual(['audiences']);

    const period = await org.hr.post('/api/programmes', { name: 'Actie', kind: 'internal', startsAt: inDays(10), endsAt: inDays(5) });
    expect(fields(period.body)).toEqual(['endsAt']);
    expect(fields((await org.hr.post('/api/programmes', { name: 'Voorbij', kind: 'internal', endsAt: inDays(-1) })).body)).toEqual(['endsAt']);

    expect(fields((await org.hr.post('/api/programmes', { name: 'Selectie', kind: 'internal', vacancyScope: 'selected' })).body)).toEqual(['vacancyIds']);
    const foreignVacancy = await org.hr.post('/api/programmes', { name: 'Selectie', kind: 'internal', vacancyScope: 'selected', vacancyIds: [own, foreign] });
    expect(foreignVacancy.body.errors).toEqual([{ field: 'vacancyIds.1', message: 'is not a vacancy of your organisation' }]);

    const shape = await org.hr.post('/api/programmes', {
      name: '',
      kind: 'sometimes',
      ownershipDays: 0,
      consentTimeoutDays: 61,
      rewardSummary: 'x'.repeat(201),
      rewardRules: [],
      startsAt: 'next week',
    });
    expect(fields(shape.body)).toEqual(['consentTimeoutDays', 'kind', 'name', 'ownershipDays', 'rewardRules', 'rewardSummary', 'startsAt']);

    const ok = await org.programme({ name: 'Goed', kind: 'internal' });
    expect(fields((await org.hr.patch(`/api/programmes/${ok.id}`, { name: null, ownershipDays: 731 })).body)).toEqual(['ownershipDays']);
    expect(fields((await org.hr.patch(`/api/programmes/${ok.id}`, { name: null })).body)).toEqual(['name']);
    expect(fields((await org.hr.patch(`/api/programmes/${ok.id}`, { audiences: ['alumnus'] })).body)).toEqual(['audiences']);
    expect((await org.hr.get(`/api/programmes/${ok.id}`)).body).toMatchObject({ name: 'Goed', audiences: ['employee_permanent', 'employee_flex'] });
    expect((await org.hr.post('/api/programmes', [])).status).toBe(400);
  });

  it("hides another organisation's programmes (404) and keeps the routes from employees (403)", async () => {
    const org = await organisation();
    const other = await organisation('Ander');
    const { id } = await org.programme({ name: 'Van ons', kind: 'internal', endsAt: inDays(5) });
    for (const res of [
      await other.hr.get(`/api/programmes/${id}`),
      await other.hr.patch(`/api/programmes/${id}`, { name: 'Van hen' }),
      await other.hr.post(`/api/programmes/${id}/make-ongoing`),
      await other.hr.post(`/api/programmes/${id}/archive`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('not_found');
    }
    expect((await other.hr.get('/api/programmes')).body.total).toBe(0);
    expect((await org.hr.get(`/api/programmes/${id}`)).body).toMatchObject({ name: 'Van ons', isAction: true, archivedAt: null });

    for (const res of [
      await org.employee.get('/api/programmes'),
      await org.employee.get(`/api/programmes/${id}`),
      await org.employee.post('/api/programmes', { name: 'x', kind: 'internal' }),
      await org.employee.patch(`/api/programmes/${id}`, { name: 'x' }),
      await org.employee.post(`/api/programmes/${id}/make-ongoing`),
      await org.employee.post(`/api/programmes/${id}/archive`),
    ]) {
      expect(res.status).toBe(403);
    }
  });

  it('refuses referrals after an action ends, and applies again once HR makes it ongoing', async () => {
    const org = await organisation();
    const vacancyId = await org.vacancy('Doktersassistent');
    const action = await org.programme({ name: 'Voorjaarsactie', kind: 'internal', endsAt: '2027-03-20T17:00:00.000Z' });
    expect(await programmeByVacancy(org.employee)).toEqual({ Doktersassistent: 'Voorjaarsactie' });
    await expect(org.resolve(vacancyId)).resolves.toMatchObject({ ok: true, programme: { id: action.id } });

    await org.travel('2027-03-20T17:00:00Z');
    expect(await programmeByVacancy(org.employee)).toEqual({});
    await expect(org.resolve(vacancyId)).resolves.toEqual({
      ok: false,
      code: 'programme_ended',
      message: 'The referral action ended on 2027-03-20',
    });
    await expect(org.resolve(null)).resolves.toMatchObject({ ok: false, code: 'programme_ended' });
    const detail = await org.employee.get(`/api/open-vacancies/${vacancyId}`);
    expect(detail.status).toBe(410);
    expect(detail.body).toMatchObject({ code: 'programme_ended', detail: expect.stringContaining('2027-03-20') });

    const ongoing = await org.hr.post(`/api/programmes/${action.id}/make-ongoing`);
    expect(ongoing.status).toBe(200);
    expect(ongoing.body).toMatchObject({ endsAt: null, isAction: false, status: 'active' });
    expect(await programmeByVacancy(org.employee)).toEqual({ Doktersassistent: 'Voorjaarsactie' });
    await expect(org.resolve(vacancyId)).resolves.toMatchObject({ ok: true, programme: { id: action.id, endsAt: null } });
    const [audit] = await t.dataSource.query(`SELECT data FROM audit_events WHERE subject_id = $1 AND action = 'programme.made_ongoing'`, [action.id]);
    expect(audit.data).toEqual({ endedAt: '2027-03-20T17:00:00.000Z' });
  });

  it('picks exactly one programme: action over ongoing, selected over all open, then the latest start', async () => {
    const org = await organisation();
    const general = await org.vacancy('Algemeen');
    const special = await org.vacancy('Speciaal');
    await org.programme({ name: 'Lopend recent', kind: 'internal', startsAt: inDays(-1) });
    expect(await programmeByVacancy(org.employee)).toEqual({ Algemeen: 'Lopend recent', Speciaal: 'Lopend recent' });

    // An older ongoing programme that selects "Speciaal" beats a newer one covering all open vacancies.
    await org.programme({ name: 'Lopend oud, selectie', kind: 'internal', startsAt: inDays(-30), vacancyScope: 'selected', vacancyIds: [special] });
    expect(await programmeByVacancy(org.employee)).toEqual({ Algemeen: 'Lopend recent', Speciaal: 'Lopend oud, selectie' });

    // A running action beats every ongoing programme, even one selecting the vacancy.
    const action = await org.programme({ name: 'Actie', kind: 'internal', startsAt: inDays(-60), endsAt: inDays(10) });
    expect(await programmeByVacancy(org.employee)).toEqual({ Algemeen: 'Actie', Speciaal: 'Actie' });
    await expect(org.resolve(special)).resolves.toMatchObject({ ok: true, programme: { name: 'Actie' } });

    // Among ongoing programmes of the same scope the one that started last wins; a scheduled one does not count yet.
    await org.hr.post(`/api/programmes/${action.id}/archive`);
    await org.programme({ name: 'Lopend nieuwst', kind: 'internal', startsAt: inDays(-0.5) });
    await org.programme({ name: 'Nog niet begonnen', kind: 'internal', startsAt: inDays(2) });
    expect(await programmeByVacancy(org.employee)).toEqual({ Algemeen: 'Lopend nieuwst', Speciaal: 'Lopend oud, selectie' });
    await expect(org.resolve(general)).resolves.toMatchObject({ ok: true, programme: { name: 'Lopend nieuwst' } });
  });

  it('refuses with the right code: vacancy not open, referrer not eligible, no programme applies', async () => {
    const org = await organisation();
    const chosen = await org.vacancy('Gekozen');
    const other = await org.vacancy('Ander');
    await org.programme({ name: 'Selectie', kind: 'internal', vacancyScope: 'selected', vacancyIds: [chosen] });

    await expect(org.resolve(chosen)).resolves.toMatchObject({ ok: true, programme: { name: 'Selectie' } });
    await expect(org.resolve(null)).resolves.toMatchObject({ ok: true, programme: { name: 'Selectie' } });
    await expect(org.resolve(other)).resolves.toMatchObject({ ok: false, code: 'no_programme_applies' });
    await expect(org.resolve(chosen, ['alumnus'])).resolves.toMatchObject({ ok: false, code: 'referrer_not_eligible' });
    await expect(org.resolve(chosen, [])).resolves.toMatchObject({ ok: false, code: 'referrer_not_eligible' });

    await org.hr.patch(`/api/vacancies/${chosen}`, { status: 'closed' });
    await expect(org.resolve(chosen)).resolves.toMatchObject({ ok: false, code: 'vacancy_not_open' });
    const elsewhere = await organisation('Ander');
    await expect(elsewhere.resolve(other)).resolves.toMatchObject({ ok: false, code: 'vacancy_not_open' });

    const notCovered = await org.employee.get(`/api/open-vacancies/${other}`);
    expect(notCovered.status).toBe(409);
    expect(notCovered.body.code).toBe('no_programme_applies');
  });
});
