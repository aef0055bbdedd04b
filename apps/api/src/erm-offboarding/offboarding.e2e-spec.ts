import { OffboardingExecutor } from '@kring/server-erm';
import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { tokenFromLatestMail } from '../testing/mail';
import { createEmployee, createPerson, mailsOfKind, phaseHistory, signIn } from '../testing/erm-offboarding-fixtures';
import { bootTestApp, TestApp } from '../testing/test-app';

describe('offboarding (HR records a leaver; on the date they become an alumnus)', () => {
  let t: TestApp;
  const clock = new FakeClock('2027-03-10T09:00:00Z');

  beforeAll(async () => {
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());
  beforeEach(() => clock.set('2027-03-10T09:00:00Z'));

  const runJob = () => t.app.get(OffboardingExecutor).runDue();
  const userRow = async (userId: string) => (await t.dataSource.query(`SELECT roles, status FROM users WHERE id = $1`, [userId]))[0];
  const personRow = async (personId: string) => (await t.dataSource.query(`SELECT phase, boomerang_at FROM people WHERE id = $1`, [personId]))[0];

  it('does nothing up to and on the last working day (Amsterdam); the day after it ends sessions, rights and password, moves to exit, mails once; a rerun changes nothing', async () => {
    const org = await createOrganisation(t.dataSource);
    const hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    const leaver = await createEmployee(t.dataSource, org, { roles: ['hr_admin', 'employee'], firstName: 'Ingrid', locale: 'en' });
    const leaverHttp = await signIn(t.app, leaver);

    const created = await hr.post('/api/offboardings', { personId: leaver.personId, leavingDate: '2027-03-15', reason: 'resignation', eligibleForRehire: true, note: 'Gaat reizen' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'scheduled', leavingDate: '2027-03-15', reason: 'resignation', eligibleForRehire: true, note: 'Gaat reizen', source: 'hr' });

    // 23:30 in Amsterdam on the 15th, the last working day: not yet.
    clock.set('2027-03-15T22:30:00Z');
    expect(await runJob()).toEqual({ offboarded: 0, restored: 0 });
    expect((await leaverHttp.get('/api/auth/session')).status).toBe(200);
    expect(await personRow(leaver.personId)).toMatchObject({ phase: 'employment' });
    expect(await mailsOfKind(t.dataSource, leaver.email, 'erm_stay_in_touch')).toHaveLength(0);

    // 00:30 in Amsterdam on the 16th (still the 15th in UTC): the day after the last working day.
    clock.set('2027-03-15T23:30:00Z');
    expect(await runJob()).toEqual({ offboarded: 1, restored: 0 });
    expect((await leaverHttp.get('/api/auth/session')).status).toBe(401);
    expect(await userRow(leaver.userId)).toEqual({ roles: ['alumnus'], status: 'active' });
    // The password is gone: an alumnus signs in by magic link only.
    expect((await new HttpClient(t.app).post('/api/auth/login', { email: leaver.email, password: leaver.password })).status).toBe(401);
    expect((await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [leaver.userId]))[0].password_hash).toBeNull();
    expect(await personRow(leaver.personId)).toMatchObject({ phase: 'exit', boomerang_at: null });
    expect((await phaseHistory(t.dataSource, leaver.personId)).at(-1)).toEqual({ from_phase: 'employment', to_phase: 'exit', cause: 'offboarded' });
    const mails = await mailsOfKind(t.dataSource, leaver.email, 'erm_stay_in_touch');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ locale: 'en', subject: 'Stay in touch with Test BV' });
    expect((await hr.get(`/api/offboardings/${created.body.id}`)).body).toMatchObject({ status: 'completed' });
    const audit: Array<{ action: string }> = await t.dataSource.query(`SELECT action FROM audit_events WHERE organisation_id = $1 AND subject_id = $2 ORDER BY created_at`, [org, leaver.personId]);
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['offboarding.scheduled', 'offboarding.roles_changed', 'offboarding.credentials_removed', 'offboarding.sessions_revoked', 'offboarding.phase_exit', 'offboarding.stay_in_touch_mail_queued', 'offboarding.completed']),
    );

    // A second run (another worker, the next hour) finds nothing to do.
    clock.advance(3_600_000);
    expect(await runJob()).toEqual({ offboarded: 0, restored: 0 });
    expect(await mailsOfKind(t.dataSource, leaver.email, 'erm_stay_in_touch')).toHaveLength(1);
    expect(await phaseHistory(t.dataSource, leaver.personId)).toHaveLength(2);

    // Signing in again works only as an alumnus, by magic link; former HR rights are gone.
    const alumnus = new HttpClient(t.app);
    expect((await alumnus.post('/api/auth/magic-link', { email: leaver.email })).status).toBe(202);
    const token = await tokenFromLatestMail(t.dataSource, leaver.email, 'magic_link');
    const login = await alumnus.post('/api/auth/magic-link/verify', { token });
    expect(login.status).toBe(200);
    expect(login.body.user.roles).toEqual(['alumnus']);
    expect((await alumnus.get('/api/referrals')).status).toBe(403);
    expect((await alumnus.get('/api/employees')).status).toBe(403);
    expect((await alumnus.get('/api/alumni/me/consents')).status).toBe(200);
  });

  it('can be changed and cancelled before the date; a cancelled one never runs and cannot be changed', async () => {
    const org = await createOrganisation(t.dataSource);
    const hrUser = await createUser(t.dataSource, org, ['hr_admin']);
    let hr = await signIn(t.app, hrUser);
    const employee = await createEmployee(t.dataSource, org);
    const created = await hr.post('/api/offboardings', { personId: employee.personId, leavingDate: '2027-04-01', reason: 'end_of_contract', eligibleForRehire: false });
    expect((await hr.post('/api/offboardings', { personId: employee.personId, leavingDate: '2027-05-01', reason: 'other', eligibleForRehire: false })).body.code).toBe('offboarding_already_scheduled');

    const changed = await hr.patch(`/api/offboardings/${created.body.id}`, { leavingDate: '2027-04-30', reason: 'retirement', note: '  ' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ leavingDate: '2027-04-30', reason: 'retirement', note: null, status: 'scheduled' });
    const listed = await hr.get('/api/employees');
    expect(listed.body.items.find((e: { personId: string }) => e.personId === employee.personId).offboarding).toMatchObject({ id: created.body.id, leavingDate: '2027-04-30' });

    const cancelled = await hr.post(`/api/offboardings/${created.body.id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    clock.set('2027-05-02T09:00:00Z');
    await runJob();
    expect(await personRow(employee.personId)).toMatchObject({ phase: 'employment' });
    expect(await userRow(employee.userId)).toMatchObject({ roles: ['employee'] });
    expect((await signIn(t.app, employee)).csrf).toBeDefined();
    hr = await signIn(t.app, hrUser); // the earlier session expired meanwhile

    const again = await hr.post(`/api/offboardings/${created.body.id}/cancel`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('offboarding_not_scheduled');
    expect((await hr.patch(`/api/offboardings/${created.body.id}`, { leavingDate: '2027-06-01' })).status).toBe(409);
    // After a cancellation, a new offboarding may be recorded.
    expect((await hr.post('/api/offboardings', { personId: employee.personId, leavingDate: '2027-06-01', reason: 'other', eligibleForRehire: true })).status).toBe(201);
  });

  it('takes effect at once for a past last working day (today waits for tomorrow); the stay-in-touch link grants and withdraws consent per purpose', async () => {
    const org = await createOrganisation(t.dataSource);
    const hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    const lastDayToday = await createEmployee(t.dataSource, org);
    expect((await hr.post('/api/offboardings', { personId: lastDayToday.personId, leavingDate: '2027-03-10', reason: 'resignation', eligibleForRehire: true })).body.status).toBe('scheduled');
    expect(await userRow(lastDayToday.userId)).toMatchObject({ roles: ['employee'] });
    const leaver = await createEmployee(t.dataSource, org, { firstName: 'Kees' });
    const res = await hr.post('/api/offboardings', { personId: leaver.personId, leavingDate: '2027-03-09', reason: 'resignation', eligibleForRehire: true });
    expect(res.body.status).toBe('completed');
    expect(await userRow(leaver.userId)).toMatchObject({ roles: ['alumnus'] });
    const mail = (await mailsOfKind(t.dataSource, leaver.email, 'erm_stay_in_touch'))[0]!;
    expect(mail.subject).toBe('Blijf in contact met Test BV');
    expect(mail.text_body).toContain('/login');

    const token = await tokenFromLatestMail(t.dataSource, leaver.email, 'erm_stay_in_touch');
    const visitor = new HttpClient(t.app);
    const lookup = await visitor.post('/api/stay-in-touch/lookup', { token });
    expect(lookup.status).toBe(200);
    expect(lookup.body).toEqual({
      firstName: 'Kees',
      organisationName: 'Test BV',
      canSignIn: true,
      consents: ['newsletter', 'job_alerts', 'events'].map((purpose) => ({ purpose, granted: false, status: null, expiresAt: null })),
    });
    const chosen = await visitor.post('/api/stay-in-touch', { token, purposes: ['newsletter', 'events'] });
    expect(chosen.body.consents.map((c: { granted: boolean }) => c.granted)).toEqual([true, false, true]);
    const rows: Array<{ purpose: string; status: string; source: string; expires_at: Date }> = await t.dataSource.query(
      `SELECT purpose, status, source, expires_at FROM consents WHERE person_id = $1 ORDER BY purpose`,
      [leaver.personId],
    );
    expect(rows.map((r) => [r.purpose, r.status, r.source])).toEqual([['events', 'granted', 'offboarding'], ['newsletter', 'granted', 'offboarding']]);
    expect(rows[0]!.expires_at.toISOString()).toBe('2029-03-10T09:00:00.000Z');

    // The link keeps working until it expires, so the choice can change: an unticked purpose is withdrawn.
    await visitor.post('/api/stay-in-touch', { token, purposes: ['job_alerts'] });
    const after: Array<{ purpose: string; status: string }> = await t.dataSource.query(`SELECT purpose, status FROM consents WHERE person_id = $1 ORDER BY purpose`, [leaver.personId]);
    expect(after).toEqual([{ purpose: 'events', status: 'withdrawn' }, { purpose: 'job_alerts', status: 'granted' }, { purpose: 'newsletter', status: 'withdrawn' }]);

    expect((await visitor.post('/api/stay-in-touch', { token, purposes: ['matching'] })).status).toBe(400);
    const wrong = await visitor.post('/api/stay-in-touch/lookup', { token: 'x'.repeat(43) });
    expect(wrong.status).toBe(410);
    expect(wrong.body.code).toBe('stay_in_touch_token_invalid');
    clock.set('2027-05-10T09:00:01Z'); // 60 days later
    expect((await visitor.post('/api/stay-in-touch/lookup', { token })).status).toBe(410);
  });

  it('lets a signed-in alumnus read and change their own consents', async () => {
    const org = await createOrganisation(t.dataSource);
    const alumnus = await createUser(t.dataSource, org, ['alumnus']);
    const http = await signIn(t.app, alumnus);
    const set = await http.request('PUT', '/api/alumni/me/consents', { body: { purposes: ['job_alerts'] } });
    expect(set.status).toBe(200);
    expect(set.body.consents).toEqual([
      { purpose: 'newsletter', granted: false, status: null, expiresAt: null },
      { purpose: 'job_alerts', granted: true, status: 'granted', expiresAt: '2029-03-10T09:00:00.000Z' },
      { purpose: 'events', granted: false, status: null, expiresAt: null },
    ]);
    const [event] = await t.dataSource.query(`SELECT source, actor_user_id FROM consent_events WHERE person_id = $1`, [alumnus.personId]);
    expect(event).toEqual({ source: 'alumni_home', actor_user_id: alumnus.userId });
    const employee = await signIn(t.app, await createEmployee(t.dataSource, org));
    expect((await employee.get('/api/alumni/me/consents')).status).toBe(403);
  });

  it('offboards a person without an account (phase and mail only)', async () => {
    const org = await createOrganisation(t.dataSource);
    const hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    const personId = await createPerson(t.dataSource, org, { email: 'flex.piet@example.test' });
    const res = await hr.post('/api/offboardings', { personId, leavingDate: '2027-03-01', reason: 'end_of_contract', eligibleForRehire: true });
    expect(res.body.status).toBe('completed');
    expect(await personRow(personId)).toMatchObject({ phase: 'exit' });
    const [mail] = await mailsOfKind(t.dataSource, 'flex.piet@example.test', 'erm_stay_in_touch');
    expect(mail!.text_body).not.toContain('/login');
    const lookup = await new HttpClient(t.app).post('/api/stay-in-touch/lookup', { token: await tokenFromLatestMail(t.dataSource, 'flex.piet@example.test', 'erm_stay_in_touch') });
    expect(lookup.body.canSignIn).toBe(false);
  });

  it('voids login links issued before the offboarding; a new magic link works', async () => {
    const org = await createOrganisation(t.dataSource);
    const hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    // An employee who also refers as an external referrer may get magic links while still employed.
    const leaver = await createEmployee(t.dataSource, org, { roles: ['external_referrer', 'employee'] });
    const visitor = new HttpClient(t.app);
    expect((await visitor.post('/api/auth/magic-link', { email: leaver.email })).status).toBe(202);
    const oldToken = await tokenFromLatestMail(t.dataSource, leaver.email, 'magic_link');
    expect((await hr.post('/api/offboardings', { personId: leaver.personId, leavingDate: '2027-03-09', reason: 'resignation', eligibleForRehire: true })).body.status).toBe('completed');
    const old = await visitor.post('/api/auth/magic-link/verify', { token: oldToken });
    expect(old.status).toBe(410);
    expect((await visitor.post('/api/auth/login', { email: leaver.email, password: leaver.password })).status).toBe(401);
    await visitor.post('/api/auth/magic-link', { email: leaver.email });
    const fresh = await visitor.post('/api/auth/magic-link/verify', { token: await tokenFromLatestMail(t.dataSource, leaver.email, 'magic_link') });
    expect(fresh.status).toBe(200);
    expect(fresh.body.user.roles).toEqual(['alumnus']);
  });

  it('sends the stay-in-touch mail to a private email, which becomes the alumnus login; it must not belong to another account', async () => {
    const org = await createOrganisation(t.dataSource);
    const hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    const other = await createEmployee(t.dataSource, org);
    const leaver = await createEmployee(t.dataSource, org, { firstName: 'Ingrid' });
    const body = { personId: leaver.personId, leavingDate: '2027-03-09', reason: 'resignation', eligibleForRehire: true };
    expect((await hr.post('/api/offboardings', { ...body, privateEmail: 'geen-adres' })).status).toBe(400);
    const taken = await hr.post('/api/offboardings', { ...body, privateEmail: other.email.toUpperCase() });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('offboarding_private_email_taken');

    const res = await hr.post('/api/offboardings', { ...body, privateEmail: ' Ingrid.Prive@Example.test ' });
    expect(res.body).toMatchObject({ status: 'completed', privateEmail: 'ingrid.prive@example.test' });
    expect(await mailsOfKind(t.dataSource, 'ingrid.prive@example.test', 'erm_stay_in_touch')).toHaveLength(1);
    expect(await mailsOfKind(t.dataSource, leaver.email, 'erm_stay_in_touch')).toHaveLength(0);
    expect((await t.dataSource.query(`SELECT email FROM users WHERE id = $1`, [leaver.userId]))[0].email).toBe('ingrid.prive@example.test');
    const visitor = new HttpClient(t.app);
    await visitor.post('/api/auth/magic-link', { email: 'ingrid.prive@example.test' });
    const login = await visitor.post('/api/auth/magic-link/verify', { token: await tokenFromLatestMail(t.dataSource, 'ingrid.prive@example.test', 'magic_link') });
    expect(login.status).toBe(200);
    expect(login.body.user.roles).toEqual(['alumnus']);
  });

  it('refuses offboarding yourself and the last active HR admin (409 with a stable code)', async () => {
    const org = await createOrganisation(t.dataSource);
    const admin = await createEmployee(t.dataSource, org, { roles: ['hr_admin', 'employee'] });
    const hr = await signIn(t.app, admin);
    const self = await hr.post('/api/offboardings', { personId: admin.personId, leavingDate: '2027-04-01', reason: 'resignation', eligibleForRehire: true });
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('offboarding_self');

    // A second HR admin may offboard the first, but not while that leaves nobody: the first then cannot offboard the second.
    const second = await createEmployee(t.dataSource, org, { roles: ['hr_admin', 'employee'] });
    const secondHttp = await signIn(t.app, second);
    expect((await secondHttp.post('/api/offboardings', { personId: admin.personId, leavingDate: '2027-04-01', reason: 'resignation', eligibleForRehire: true })).status).toBe(201);
    const last = await hr.post('/api/offboardings', { personId: second.personId, leavingDate: '2027-04-01', reason: 'resignation', eligibleForRehire: true });
    expect(last.status).toBe(409);
    expect(last.body.code).toBe('offboarding_last_hr_admin');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM offboardings WHERE person_id = $1`, [second.personId]))[0].n).toBe(0);
  });

  it('answers 400, 401, 403, 404 and 409, and keeps organisations apart', async () => {
    const org = await createOrganisation(t.dataSource);
    const other = await createOrganisation(t.dataSource);
    const hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    const otherHr = await signIn(t.app, await createUser(t.dataSource, other, ['hr_admin']));
    const employee = await createEmployee(t.dataSource, org);
    const employeeHttp = await signIn(t.app, employee);
    const body = { personId: employee.personId, leavingDate: '2027-04-01', reason: 'resignation', eligibleForRehire: true };

    expect((await new HttpClient(t.app).post('/api/offboardings', body)).status).toBe(401);
    expect((await new HttpClient(t.app).get('/api/employees')).status).toBe(401);
    expect((await employeeHttp.post('/api/offboardings', body)).status).toBe(403);
    const invalid = await hr.post('/api/offboardings', { ...body, leavingDate: '01-04-2027', reason: 'fired' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['leavingDate', 'reason']);
    expect((await hr.post('/api/offboardings', { ...body, leavingDate: '2020-01-01' })).status).toBe(400);
    expect((await hr.get('/api/offboardings/not-a-uuid')).status).toBe(400);

    const candidate = await createPerson(t.dataSource, org, { phase: 'orientation' });
    const refused = await hr.post('/api/offboardings', { ...body, personId: candidate });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('offboarding_not_an_employee');

    // Another organisation's HR cannot see, offboard or cancel.
    expect((await otherHr.post('/api/offboardings', body)).status).toBe(404);
    const created = await hr.post('/api/offboardings', body);
    expect((await otherHr.get(`/api/offboardings/${created.body.id}`)).status).toBe(404);
    expect((await otherHr.post(`/api/offboardings/${created.body.id}/cancel`)).status).toBe(404);
    expect((await otherHr.get('/api/offboardings')).body).toEqual([]);
    expect((await otherHr.get('/api/employees')).body.items.map((e: { personId: string }) => e.personId)).not.toContain(employee.personId);
    expect((await hr.get('/api/offboardings')).body.map((o: { id: string }) => o.id)).toEqual([created.body.id]);
    expect((await hr.get(`/api/employees?q=${employee.employeeNumber}`)).body.items.map((e: { personId: string }) => e.personId)).toEqual([employee.personId]);
  });
});
