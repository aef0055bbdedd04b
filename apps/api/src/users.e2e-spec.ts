import { createOrganisation, createUser, Fixture } from './testing/fixtures';
import { HttpClient } from './testing/http-client';
import { tokenFromLatestMail } from './testing/mail';
import { bootTestApp, TestApp } from './testing/test-app';

describe('users and invitations (e2e)', () => {
  let t: TestApp;
  let orgA: string;
  let orgB: string;
  let hrA: Fixture;
  let hrB: Fixture;

  const signIn = async (user: Fixture) => {
    const http = new HttpClient(t.app);
    const res = await http.post('/api/auth/login', { email: user.email, password: user.password });
    expect(res.status).toBe(200);
    return http;
  };

  beforeAll(async () => {
    t = await bootTestApp();
    orgA = await createOrganisation(t.dataSource, 'Alfa');
    orgB = await createOrganisation(t.dataSource, 'Beta');
    hrA = await createUser(t.dataSource, orgA, ['hr_admin']);
    hrB = await createUser(t.dataSource, orgB, ['hr_admin']);
  });
  afterAll(() => t.close());

  it('lets HR invite an employee who accepts with a password and can then sign in', async () => {
    const hr = await signIn(hrA);
    const invited = await hr.post('/api/users', {
      email: 'New.Colleague@Example.test',
      firstName: 'Noor',
      lastName: 'Visser',
      roles: ['employee'],
      locale: 'nl',
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'new.colleague@example.test', status: 'invited', roles: ['employee'] });

    const [mail] = await t.dataSource.query(`SELECT subject, locale, status FROM mail_messages WHERE to_address = $1`, [
      'new.colleague@example.test',
    ]);
    expect(mail).toMatchObject({ locale: 'nl', status: 'queued' });
    const token = await tokenFromLatestMail(t.dataSource, 'new.colleague@example.test', 'invitation');

    const invitee = new HttpClient(t.app);
    const preview = await invitee.post('/api/invitations/lookup', { token });
    expect(preview.body).toEqual({
      email: 'new.colleague@example.test',
      firstName: 'Noor',
      organisationName: 'Alfa',
      passwordRequired: true,
    });
    const withoutPassword = await invitee.post('/api/invitations/accept', { token });
    expect(withoutPassword.status).toBe(400);
    expect(withoutPassword.body).toMatchObject({ code: 'password_required', errors: [{ field: 'password', message: 'is required' }] });
    const tooShort = await invitee.post('/api/invitations/accept', { token, password: 'short' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.errors[0].field).toBe('password');

    const accepted = await invitee.post('/api/invitations/accept', { token, password: 'a long enough passphrase' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.email).toBe('new.colleague@example.test');
    expect((await invitee.get('/api/auth/session')).status).toBe(200);

    const again = await new HttpClient(t.app).post('/api/invitations/accept', { token, password: 'a long enough passphrase' });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('invitation_invalid');

    const login = await new HttpClient(t.app).post('/api/auth/login', {
      email: 'new.colleague@example.test',
      password: 'a long enough passphrase',
    });
    expect(login.status).toBe(200);
  });

  it('refuses to invite an address that already has an account, on the email field', async () => {
    const hr = await signIn(hrA);
    const res = await hr.post('/api/users', { email: hrB.email, firstName: 'X', lastName: 'Y', roles: ['employee'], locale: 'en' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'user_already_exists', errors: [{ field: 'email' }] });
  });

  it('rolls the whole invitation back when part of it fails', async () => {
    const hr = await signIn(hrA);
    const before = await t.dataSource.query(`SELECT (SELECT count(*) FROM people)::int AS p, (SELECT count(*) FROM mail_messages)::int AS m`);
    const res = await hr.post('/api/users', { email: hrA.email, firstName: 'Dup', lastName: '', roles: ['alumnus'], locale: 'en' });
    expect(res.status).toBe(409);
    const after = await t.dataSource.query(`SELECT (SELECT count(*) FROM people)::int AS p, (SELECT count(*) FROM mail_messages)::int AS m`);
    expect(after).toEqual(before);
  });

  it('denies non-HR roles with 403', async () => {
    const employee = await signIn(await createUser(t.dataSource, orgA, ['employee']));
    const list = await employee.get('/api/users');
    expect(list.status).toBe(403);
    expect(list.body.code).toBe('forbidden');
    const invite = await employee.post('/api/users', { email: 'x@example.test', firstName: 'X', lastName: '', roles: ['hr_admin'], locale: 'nl' });
    expect(invite.status).toBe(403);
  });

  it("never shows or changes another organisation's users (404)", async () => {
    const hr = await signIn(hrA);
    const other = await createUser(t.dataSource, orgB, ['employee']);
    expect((await hr.get(`/api/users/${other.userId}`)).status).toBe(404);
    const deactivate = await hr.post(`/api/users/${other.userId}/deactivate`);
    expect(deactivate.status).toBe(404);
    expect(deactivate.body.code).toBe('not_found');
    const list = await hr.get('/api/users?limit=100');
    expect(list.body.items.map((u: { id: string }) => u.id)).not.toContain(other.userId);
    const [row] = await t.dataSource.query(`SELECT status FROM users WHERE id = $1`, [other.userId]);
    expect(row.status).toBe('active');
  });

  it('filters and searches the user list', async () => {
    const hr = await signIn(hrB);
    await createUser(t.dataSource, orgB, ['alumnus'], { email: 'zeldzaam.alumnus@example.test', status: 'invited' });
    const res = await hr.get('/api/users?status=invited&q=zeldzaam');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0].email).toBe('zeldzaam.alumnus@example.test');
    const bad = await hr.get('/api/users?status=sleeping&limit=1000');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'status']);
  });

  it('ends every session of a deactivated user at once', async () => {
    const target = await createUser(t.dataSource, orgA, ['employee']);
    const targetClient = await signIn(target);
    const secondDevice = await signIn(target);
    const hr = await signIn(hrA);
    const res = await hr.post(`/api/users/${target.userId}/deactivate`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('deactivated');
    expect((await targetClient.get('/api/auth/session')).status).toBe(401);
    expect((await secondDevice.get('/api/auth/session')).status).toBe(401);
    expect((await new HttpClient(t.app).post('/api/auth/login', { email: target.email, password: target.password })).status).toBe(401);
    const [audit] = await t.dataSource.query(`SELECT action, data FROM audit_events WHERE subject_id = $1`, [target.userId]);
    expect(audit).toMatchObject({ action: 'user.deactivated', data: { sessionsEnded: 2 } });
  });

  it('does not let HR deactivate themselves', async () => {
    const hr = await signIn(hrA);
    const res = await hr.post(`/api/users/${hrA.userId}/deactivate`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('cannot_deactivate_self');
  });
});
