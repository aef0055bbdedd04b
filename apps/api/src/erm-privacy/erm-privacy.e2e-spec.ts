import { existsSync } from 'node:fs';
import path from 'node:path';
import { createOrganisation, createUser, Fixture } from '../testing/fixtures';
import { createEmployee, signIn } from '../testing/erm-offboarding-fixtures';
import { rowsMentioning, seedPersonAcrossAreas, tablesContaining } from '../testing/erm-privacy-fixtures';
import { HttpClient } from '../testing/http-client';
import { bootTestApp, TestApp } from '../testing/test-app';

const EXPORT_LISTS = [
  'sessions', 'phaseHistory', 'touchpoints', 'consents', 'consentHistory', 'talentPools', 'talentPoolSignups', 'events', 'preboarding',
  'offboardings', 'employeeImports', 'referralsAbout', 'referralsMade', 'rewards', 'points', 'shareLinks', 'mails', 'auditTrail',
];

describe('privacy: export and erasure of one person (e2e)', () => {
  let t: TestApp;
  let hr: Fixture;
  let hrClient: HttpClient;

  beforeAll(async () => {
    t = await bootTestApp();
    const org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    hr = await createUser(t.dataSource, org, ['hr_admin']);
    hrClient = await signIn(t.app, hr);
  }, 120_000);

  afterAll(() => t?.close());

  const cvPath = (key: string) => path.join(t.config.storage.dir, key);

  it('exports everything about a person across the areas as a JSON download, and audits it', async () => {
    const s = await seedPersonAcrossAreas(t, hr, { account: true, firstName: 'Sanne' });

    const res = await hrClient.get(`/api/people/${s.personId}/export`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="kring-export-.+\.json"$/);
    const doc = res.body;
    expect(doc).toMatchObject({ format: 'kring.person-export', version: 1, organisation: { name: 'Zorggroep De Linde' } });
    expect(doc.person).toMatchObject({ id: s.personId, firstName: 'Sanne', lastName: 'de Vries', email: s.email, phone: '0612345678', phase: 'orientation' });
    expect(doc.account).toEqual({ id: s.userId, email: s.email, roles: ['external_referrer'], status: 'active' });
    expect(JSON.stringify(doc)).not.toMatch(/password|token_?hash|\$argon2/i);
    const empty = EXPORT_LISTS.filter((key) => !Array.isArray(doc[key]) || doc[key].length === 0);
    // Points come from the share-link trigger; every other list is seeded by the fixture.
    expect(empty).toEqual([]);
    expect(doc.referralsAbout).toHaveLength(2);
    expect(doc.referralsAbout[0]).toMatchObject({ id: s.referralAboutId, candidateEmail: s.email, motivation: 'Zeer betrokken collega', cv: { fileName: 'CV Sanne.pdf' } });
    expect(doc.referralsAbout[0].history).toEqual([expect.objectContaining({ kind: 'stage', to: 'screening' })]);
    expect(doc.referralsMade[0]).toMatchObject({ id: s.referralMadeId, stage: 'hired' });
    expect(doc.rewards[0]).toMatchObject({ status: 'paid', amountCents: 50000, currency: 'EUR' });
    expect(doc.employeeImports[0].rows).toHaveLength(1);
    expect(doc.employeeImports[0].rows[0]).toMatchObject({ employeeNumber: 'E-4711' });
    expect(doc.preboarding[0].tasks[0]).toMatchObject({ titleNl: 'VOG aanvragen' });
    const sensitive = doc.mails.find((m: { sensitive: boolean }) => m.sensitive);
    expect(sensitive).toMatchObject({ subject: 'Je bent aangedragen', template: 'referral_candidate_consent', textBody: null });
    expect(doc.mails.find((m: { sensitive: boolean }) => !m.sensitive).textBody).toContain('uitgenodigd');

    const [audit] = await t.dataSource.query(`SELECT actor_user_id, data FROM audit_events WHERE action = 'person.exported' AND subject_id = $1`, [s.personId]);
    expect(audit).toEqual({ actor_user_id: hr.userId, data: { self: false } });
  });

  it('erases a person without account: no row with their id or address is left, the CV is gone from disk, the referral is anonymised', async () => {
    const s = await seedPersonAcrossAreas(t, hr, { account: false, firstName: 'Piet' });
    expect(existsSync(cvPath(s.cvStorageKey))).toBe(true);
    expect((await rowsMentioning(t.dataSource, s.personId, s.email)).length).toBeGreaterThan(5);

    const res = await hrClient.post(`/api/people/${s.personId}/erase`, { reason: 'data_subject_request' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ outcome: 'deleted', referralsAnonymised: 2, filesDeleted: 1, mailsDeleted: 2 });

    expect(await rowsMentioning(t.dataSource, s.personId, s.email)).toEqual([]);
    expect(await tablesContaining(t.dataSource, s.email)).toEqual([]);
    expect(await tablesContaining(t.dataSource, 'Piet de Vries')).toEqual([]);
    expect(existsSync(cvPath(s.cvStorageKey))).toBe(false);
    const [referral] = await t.dataSource.query(`SELECT candidate_name, motivation, cv_file_id, erased_at, stage FROM referrals WHERE id = $1`, [s.referralAboutId]);
    expect(referral).toMatchObject({ candidate_name: null, motivation: null, cv_file_id: null, stage: 'screening' });
    expect(referral.erased_at).not.toBeNull();
    // The import keeps its other row and the position of the erased one.
    const [imp] = await t.dataSource.query(`SELECT rows FROM employee_imports WHERE organisation_id = $1 AND rows::text LIKE '%Iemand Anders%'`, [hr.organisationId]);
    expect(imp.rows.map((r: { name: string }) => r.name)).toContain('Iemand Anders');

    const [log] = await t.dataSource.query(`SELECT actor_user_id, subject_id, data FROM audit_events WHERE action = 'person.erased' ORDER BY created_at DESC LIMIT 1`);
    expect(log).toMatchObject({ actor_user_id: hr.userId, subject_id: null, data: { reason: 'data_subject_request', outcome: 'deleted', subjectHash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(JSON.stringify(log)).not.toContain(s.personId);

    // Idempotent: the person is gone.
    expect((await hrClient.post(`/api/people/${s.personId}/erase`, { reason: 'data_subject_request' })).status).toBe(404);
    expect((await hrClient.get(`/api/people/${s.personId}/export`)).status).toBe(404);
  });

  it('keeps paid rewards of a referrer as a pseudonymised tombstone and erases everything else', async () => {
    const s = await seedPersonAcrossAreas(t, hr, { account: true, firstName: 'Fatima' });
    const res = await hrClient.post(`/api/people/${s.personId}/erase`, { reason: 'consent_withdrawn' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ outcome: 'tombstone', referralsAnonymised: 2, filesDeleted: 1 });

    const [ledger] = await t.dataSource.query(`SELECT status, amount_cents, referrer_user_id FROM reward_ledger WHERE referral_id = $1`, [s.referralMadeId]);
    expect(ledger).toEqual({ status: 'paid', amount_cents: 50000, referrer_user_id: s.userId });
    const [person] = await t.dataSource.query(`SELECT first_name, last_name, email, phone, employee_number FROM people WHERE id = $1`, [s.personId]);
    expect(person).toEqual({ first_name: '[erased]', last_name: '', email: null, phone: null, employee_number: null });
    const [user] = await t.dataSource.query(`SELECT email, password_hash, status FROM users WHERE id = $1`, [s.userId]);
    expect(user).toEqual({ email: `erased-${s.userId}@erased.invalid`, password_hash: null, status: 'deactivated' });
    // Only the tombstone's own link (users.person_id) still carries the id; the address is nowhere.
    expect(await rowsMentioning(t.dataSource, s.personId, s.email)).toEqual(['users.person_id']);
    expect(await tablesContaining(t.dataSource, s.email)).toEqual([]);
    expect(await tablesContaining(t.dataSource, 'Fatima de Vries')).toEqual([]);
    expect(existsSync(cvPath(s.cvStorageKey))).toBe(false);
    for (const table of ['sessions', 'share_links', 'points_events']) {
      const column = table === 'share_links' ? 'owner_user_id' : 'user_id';
      expect(await t.dataSource.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [s.userId])).toEqual([]);
    }
    // The referral they made stays for the pipeline and payroll.
    expect(await t.dataSource.query(`SELECT 1 FROM referrals WHERE id = $1`, [s.referralMadeId])).toHaveLength(1);

    expect((await hrClient.post(`/api/people/${s.personId}/erase`, { reason: 'consent_withdrawn' })).status).toBe(404);
    expect((await hrClient.get(`/api/people/${s.personId}/export`)).status).toBe(404);
  });

  it('refuses current employees and HR admins with a stable code, and validates the reason', async () => {
    const employee = await createEmployee(t.dataSource, hr.organisationId);
    const refused = await hrClient.post(`/api/people/${employee.personId}/erase`, { reason: 'data_subject_request' });
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('erasure_current_employee');

    const otherHr = await createUser(t.dataSource, hr.organisationId, ['hr_admin']);
    await t.dataSource.query(`UPDATE people SET phase = 'exit' WHERE id = $1`, [otherHr.personId]);
    expect((await hrClient.post(`/api/people/${otherHr.personId}/erase`, { reason: 'other' })).body.code).toBe('erasure_hr_admin');
    expect((await hrClient.post(`/api/people/${hr.personId}/erase`, { reason: 'other' })).body.code).toBe('erasure_hr_admin');

    const bad = await hrClient.post(`/api/people/${otherHr.personId}/erase`, { reason: 'because' });
    expect(bad.status).toBe(400);
    expect(await t.dataSource.query(`SELECT 1 FROM people WHERE id IN ($1, $2)`, [employee.personId, otherHr.personId])).toHaveLength(2);
  });

  it('answers 401 without a session, 403 for employees on HR routes, 404 across organisations', async () => {
    const s = await seedPersonAcrossAreas(t, hr, { account: false, firstName: 'Joost' });
    const anonymous = new HttpClient(t.app);
    expect((await anonymous.get(`/api/people/${s.personId}/export`)).status).toBe(401);
    expect((await anonymous.get(`/api/me/export`)).status).toBe(401);
    expect((await anonymous.post(`/api/people/${s.personId}/erase`, { reason: 'other' })).status).toBe(401);

    const employee = await signIn(t.app, await createEmployee(t.dataSource, hr.organisationId));
    expect((await employee.get(`/api/people/${s.personId}/export`)).status).toBe(403);
    expect((await employee.post(`/api/people/${s.personId}/erase`, { reason: 'other' })).status).toBe(403);

    const otherOrg = await createOrganisation(t.dataSource, 'Andere Zorg');
    const otherHr = await signIn(t.app, await createUser(t.dataSource, otherOrg, ['hr_admin']));
    expect((await otherHr.get(`/api/people/${s.personId}/export`)).status).toBe(404);
    expect((await otherHr.post(`/api/people/${s.personId}/erase`, { reason: 'other' })).status).toBe(404);
    expect((await hrClient.get(`/api/people/00000000-0000-4000-8000-000000000000/export`)).status).toBe(404);
    expect(await t.dataSource.query(`SELECT 1 FROM people WHERE id = $1`, [s.personId])).toHaveLength(1);
  });

  it('lets an employee export their own data, and only their own', async () => {
    const employee = await createEmployee(t.dataSource, hr.organisationId, { firstName: 'Eva' });
    const client = await signIn(t.app, employee);
    const res = await client.get('/api/me/export');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.body.person).toMatchObject({ id: employee.personId, firstName: 'Eva', email: employee.email, employeeNumber: employee.employeeNumber });
    expect(res.body.account).toMatchObject({ id: employee.userId, roles: ['employee'] });
    expect(res.body.sessions.length).toBeGreaterThan(0);
    const [audit] = await t.dataSource.query(`SELECT actor_user_id, data FROM audit_events WHERE action = 'person.exported' AND subject_id = $1`, [employee.personId]);
    expect(audit).toEqual({ actor_user_id: employee.userId, data: { self: true } });
  });
});
