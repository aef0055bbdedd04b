import { existsSync } from 'node:fs';
import path from 'node:path';
import { createOrganisation, createUser, Fixture } from '../testing/fixtures';
import { createEmployee, signIn } from '../testing/erm-offboarding-fixtures';
import { rowsMentioning, seedPersonAcrossAreas, tablesContaining } from '../testing/erm-privacy-fixtures';
import { HttpClient } from '../testing/http-client';
import { bootTestApp, TestApp } from '../testing/test-app';

const EXPORT_LISTS = [
  'sessions', 'phaseHistory', 'touchpoints', 'consents', 'consentHistory', 'talentPools', 'talentPoolSignups', 'events', 'preboarding',
  'offboardings', 'employeeImports', 'referralsAbout', 'referralsMade', 'refusedReferrals', 'rewards', 'points', 'shareLinks', 'mails', 'auditTrail',
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
    expect(doc.account).toMatchObject({ id: s.userId, email: s.email, roles: ['external_referrer'], status: 'active', locale: 'nl', leaderboardOptIn: false });
    expect(JSON.stringify(doc)).not.toMatch(/password|token_?hash|\$argon2/i);
    const empty = EXPORT_LISTS.filter((key) => !Array.isArray(doc[key]) || doc[key].length === 0);
    // Points come from the share-link trigger; every other list is seeded by the fixture.
    expect(empty).toEqual([]);
    expect(doc.referralsAbout).toHaveLength(2);
    expect(doc.referralsAbout[0]).toMatchObject({ id: s.referralAboutId, candidateEmail: s.email, motivation: 'Zeer betrokken collega', cv: { fileName: 'CV Sanne.pdf' } });
    expect(doc.referralsAbout[0].history).toEqual([expect.objectContaining({ kind: 'stage', to: 'screening' })]);
    expect(JSON.stringify(doc)).not.toContain('hr@example.test');
    expect(doc.referralsMade[0]).toMatchObject({ id: s.referralMadeId, stage: 'hired' });
    expect(doc.rewards[0]).toMatchObject({ status: 'paid', amountCents: 50000, currency: 'EUR' });
    expect(doc.refusedReferrals).toEqual([expect.objectContaining({ reason: 'candidate_already_referred', programmeName: expect.any(String) })]);
    expect(doc.refusedReferrals[0]).not.toHaveProperty('existingReferralId');
    // The row linked to them and the failed row that only carries their employee number; not the other employee's row.
    expect(doc.employeeImports[0].rows.map((r: { line: number }) => r.line)).toEqual([2, 4]);
    expect(doc.employeeImports[0].rows[0]).toMatchObject({ employeeNumber: 'E-4711' });
    // HR's export is complete: HR's notes and the non-shared rejection reason are in it (HR reviews before handing it over).
    expect(doc.touchpoints[0]).toMatchObject({ note: `Gebeld over de open dag (${s.marker})` });
    expect(doc.phaseHistory).toContainEqual(expect.objectContaining({ toPhase: 'orientation', reason: `Open voor een overstap (${s.marker})` }));
    expect(doc.offboardings[0]).toMatchObject({ privateEmail: s.privateEmail, note: `Toch niet vertrokken (HR-notitie ${s.marker})` });
    expect(doc.referralsAbout[0]).toMatchObject({ rejectionReason: `Eerder afgewezen: te weinig ervaring (${s.marker})`, rejectionReasonShareable: false });
    expect(doc.referralsAbout[0].history[0]).toMatchObject({ note: `Belde zelf, klonk gemotiveerd (${s.marker})` });
    expect(doc.mails.map((m: { toAddress: string }) => m.toAddress)).toContain(s.privateEmail);
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
    // Also the mail a worker was sending and the one to their private address.
    expect(res.body).toMatchObject({ outcome: 'deleted', referralsAnonymised: 2, filesDeleted: 1, mailsDeleted: 4 });

    expect(await rowsMentioning(t.dataSource, s.personId, s.email)).toEqual([]);
    expect(await rowsMentioning(t.dataSource, s.personId, s.privateEmail)).toEqual([]);
    for (const needle of [s.email, s.privateEmail, 'Piet de Vries', s.employeeNumber, s.personId, s.marker]) {
      expect([needle, await tablesContaining(t.dataSource, needle)]).toEqual([needle, []]);
    }
    expect(await t.dataSource.query(`SELECT 1 FROM candidate_tokens WHERE referral_id = $1`, [s.referralAboutId])).toEqual([]);
    // HR's mail that named them keeps only its envelope.
    const [digest] = await t.dataSource.query(`SELECT subject, text_body FROM mail_messages WHERE organisation_id = $1 AND kind = 'referral_idle_digest' AND subject = '[erased]'`, [hr.organisationId]);
    expect(digest).toEqual({ subject: '[erased]', text_body: null });
    expect(existsSync(cvPath(s.cvStorageKey))).toBe(false);
    const [referral] = await t.dataSource.query(`SELECT candidate_name, motivation, cv_file_id, rejection_reason, erased_at, stage FROM referrals WHERE id = $1`, [s.referralAboutId]);
    expect(referral).toMatchObject({ candidate_name: null, motivation: null, cv_file_id: null, rejection_reason: null, stage: 'screening' });
    expect(referral.erased_at).not.toBeNull();
    // The import keeps its other row and the position of the erased one.
    const [imp] = await t.dataSource.query(`SELECT rows FROM employee_imports WHERE organisation_id = $1 AND rows::text LIKE '%Iemand Anders%'`, [hr.organisationId]);
    expect(imp.rows.map((r: { name: string; erased?: boolean }) => [r.name, r.erased ?? false])).toEqual([['', true], ['Iemand Anders', false], ['', true], ['Nog Iemand', false]]);
    expect(imp.rows[3].errors).toEqual([{ field: 'email', code: 'email_of_other_employee', message: '' }]);

    const [log] = await t.dataSource.query(`SELECT actor_user_id, subject_id, data FROM audit_events WHERE action = 'person.erased' ORDER BY created_at DESC LIMIT 1`);
    expect(log).toMatchObject({ actor_user_id: hr.userId, subject_id: null, data: { reason: 'data_subject_request', outcome: 'deleted', subjectHash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(JSON.stringify(log)).not.toContain(s.personId);

    // Idempotent: the person is gone.
    expect((await hrClient.post(`/api/people/${s.personId}/erase`, { reason: 'data_subject_request' })).status).toBe(404);
    expect((await hrClient.get(`/api/people/${s.personId}/export`)).status).toBe(404);
  });

  it('keeps paid rewards of a referrer as a pseudonymised tombstone and erases everything else', async () => {
    const s = await seedPersonAcrossAreas(t, hr, { account: true, firstName: 'Fatima' });
    const own = await signIn(t.app, { email: s.email, password: 'correct horse battery staple' });
    const res = await hrClient.post(`/api/people/${s.personId}/erase`, { reason: 'consent_withdrawn' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ outcome: 'tombstone', referralsAnonymised: 2, filesDeleted: 1 });

    const [ledger] = await t.dataSource.query(`SELECT status, amount_cents, referrer_user_id FROM reward_ledger WHERE referral_id = $1`, [s.referralMadeId]);
    expect(ledger).toEqual({ status: 'paid', amount_cents: 50000, referrer_user_id: s.userId });
    const [person] = await t.dataSource.query(`SELECT first_name, last_name, email, phone, employee_number, erased_at FROM people WHERE id = $1`, [s.personId]);
    expect(person).toMatchObject({ first_name: '[erased]', last_name: '', email: null, phone: null, employee_number: null });
    expect(new Date(person.erased_at).toISOString()).toBe(res.body.erasedAt);
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

    // The account cannot sign in: its session is gone, no password, no magic link.
    expect((await own.get('/api/auth/session')).status).toBe(401);
    expect((await own.get('/api/me/export')).status).toBe(401);
    const anonymous = new HttpClient(t.app);
    for (const email of [s.email, `erased-${s.userId}@erased.invalid`]) {
      expect((await anonymous.post('/api/auth/login', { email, password: 'correct horse battery staple' })).status).toBe(401);
      await anonymous.post('/api/auth/magic-link', { email });
    }
    expect(await t.dataSource.query(`SELECT 1 FROM login_tokens WHERE user_id = $1`, [s.userId])).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM sessions WHERE user_id = $1`, [s.userId])).toEqual([]);
  });

  it('hides a tombstone from every people list, segment and people endpoint', async () => {
    const s = await seedPersonAcrossAreas(t, hr, { account: true, firstName: 'Tombe' });
    const segment = await hrClient.post('/api/segments', { name: `Oriëntatie ${s.personId.slice(0, 6)}`, filter: { phases: ['orientation'] } });
    expect(segment.status).toBe(201);
    const before = (await hrClient.get(`/api/segments/${segment.body.id}/count`)).body.total;
    expect((await hrClient.get('/api/people?limit=100&phases=orientation')).body.items.map((p: { id: string }) => p.id)).toContain(s.personId);

    expect((await hrClient.post(`/api/people/${s.personId}/erase`, { reason: 'retention_expired' })).body.outcome).toBe('tombstone');

    const list = await hrClient.get('/api/people?limit=100');
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(s.personId);
    expect(list.body.items.map((p: { firstName: string }) => p.firstName)).not.toContain('[erased]');
    expect((await hrClient.get('/api/people?q=erased')).body).toMatchObject({ total: 0, items: [] });
    expect((await hrClient.get(`/api/segments/${segment.body.id}/count`)).body.total).toBe(before - 1);
    const members = await hrClient.get(`/api/segments/${segment.body.id}/people?limit=100`);
    expect(members.body.items.map((p: { id: string }) => p.id)).not.toContain(s.personId);

    expect((await hrClient.get(`/api/people/${s.personId}`)).status).toBe(404);
    expect((await hrClient.patch(`/api/people/${s.personId}`, { firstName: 'Terug' })).status).toBe(404);
    expect((await hrClient.post(`/api/people/${s.personId}/phase`, { to: 'relation', reason: 'test' })).status).toBe(404);
    expect((await hrClient.post(`/api/people/${s.personId}/touchpoints`, { channel: 'phone', note: 'gebeld' })).status).toBe(404);
    expect((await hrClient.post('/api/people/touchpoints', { personIds: [s.personId], channel: 'phone', note: 'gebeld' })).body).toEqual({ recorded: 0 });
    const bulk = await hrClient.post('/api/people/phase', { personIds: [s.personId], to: 'relation', reason: 'test' });
    expect(bulk.body).toMatchObject({ moved: [], ignored: 1 });
    const [row] = await t.dataSource.query(`SELECT first_name, phase FROM people WHERE id = $1`, [s.personId]);
    expect(row).toEqual({ first_name: '[erased]', phase: 'orientation' });
    expect(await t.dataSource.query(`SELECT 1 FROM touchpoints WHERE person_id = $1`, [s.personId])).toEqual([]);
    expect((await hrClient.get(`/api/people/${s.personId}/timeline`)).status).toBe(404);
    const users = await hrClient.get('/api/users?limit=100');
    expect(users.status).toBe(200);
    expect(users.body.items.map((u: { email: string }) => u.email).filter((email: string) => email.endsWith('.invalid'))).toEqual([]);
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
    for (const [url, body] of [
      [`/api/people/not-a-uuid/erase`, { reason: 'other' }],
      [`/api/people/${otherHr.personId}/erase`, {}],
      [`/api/people/${otherHr.personId}/erase`, { reason: ['other'] }],
      [`/api/people/${otherHr.personId}/erase`, { reason: null }],
    ] as const) {
      const res = await hrClient.post(url, body);
      expect([url, body, res.status, res.headers['content-type']]).toEqual([url, body, 400, expect.stringContaining('application/problem+json')]);
    }
    expect((await hrClient.get('/api/people/not-a-uuid/export')).status).toBe(400);
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

  it("leaves HR's internal notes and other people's contact details out of the own export", async () => {
    const s = await seedPersonAcrossAreas(t, hr, { account: true, firstName: 'Lotte' });
    const client = await signIn(t.app, { email: s.email, password: 'correct horse battery staple' });
    const res = await client.get('/api/me/export');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.person).toMatchObject({ id: s.personId, firstName: 'Lotte' });
    // Their own data is all there …
    expect(doc.touchpoints[0]).toMatchObject({ kind: 'manual', channel: 'phone' });
    expect(doc.offboardings[0]).toMatchObject({ privateEmail: s.privateEmail, eligibleForRehire: true });
    expect(doc.referralsAbout[0]).toMatchObject({ id: s.referralAboutId, motivation: 'Zeer betrokken collega', rejectionReason: null });
    expect(doc.referralsMade[0]).toMatchObject({ id: s.referralMadeId, candidateName: 'Kees Kandidaat' });
    // … but not what HR wrote for internal use, nor the candidate's contact details in the referral they made.
    expect(doc.touchpoints[0]).not.toHaveProperty('note');
    expect(doc.phaseHistory).toContainEqual(expect.objectContaining({ toPhase: 'orientation', cause: 'manual' }));
    expect(doc.phaseHistory[0]).not.toHaveProperty('reason');
    expect(doc.offboardings[0]).not.toHaveProperty('note');
    expect(doc.referralsAbout[0]).not.toHaveProperty('rejectionReasonShareable');
    expect(doc.referralsAbout[0].history[0]).not.toHaveProperty('note');
    const text = JSON.stringify(doc);
    for (const secret of [s.marker, 'HR-notitie', 'te weinig ervaring', 'kees-', 'hr@example.test', 'Iemand Anders']) {
      expect([secret, text.includes(secret)]).toEqual([secret, false]);
    }
  });
});
