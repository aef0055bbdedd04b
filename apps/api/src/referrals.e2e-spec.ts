import { existsSync } from 'node:fs';
import path from 'node:path';
import { MailSender } from '@kring/server-mail';
import { CandidateConsentService, IdleDigestService } from '@kring/server-referrals';
import { EXE, FakeClock, PNG, SmtpSink, tinyPdf, tinyXlsx } from '@kring/server-testing';

import { createOrganisation, createUser, Fixture } from './testing/fixtures';
import { HttpClient } from './testing/http-client';
import { createProgramme, createVacancy, multipart } from './testing/referral-fixtures';
import { bootTestApp, TestApp } from './testing/test-app';

const DAY = 86_400_000;

describe('referrals (e2e)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let clock: FakeClock;
  let org: string;
  let hr: Fixture;
  let employee: Fixture;
  let vacancy: string;
  let n = 0;

  const sessions = new Map<string, HttpClient>();
  /** Signs in once per user and again only when the session ended (the tests move the clock far ahead). */
  const signIn = async (user: Fixture) => {
    const cached = sessions.get(user.userId);
    if (cached && (await cached.get('/api/auth/session')).status === 200) return cached;
    const http = new HttpClient(t.app, `10.1.0.${++n % 250}`);
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    sessions.set(user.userId, http);
    return http;
  };
  const candidate = (overrides: Record<string, unknown> = {}) => ({
    vacancyId: vacancy,
    candidateName: 'Sam Jansen',
    candidateEmail: `sam.${++n}@example.test`,
    relationship: 'former_colleague',
    motivation: 'Great with patients',
    candidateInformed: true,
    ...overrides,
  });
  /** Delivers queued mail to the real SMTP sink, as the worker would, and returns what arrived. */
  const deliver = async () => {
    const queued: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM mail_messages WHERE status = 'queued' ORDER BY created_at`);
    for (const { id } of queued) await t.app.get(MailSender).send(id);
    return sink.messages;
  };
  const tokenFor = async (to: string, purpose: 'consent' | 'decline') => {
    const [row] = await t.dataSource.query(
      `SELECT text_body FROM mail_messages WHERE to_address = $1 AND kind = 'referral_consent' ORDER BY created_at DESC LIMIT 1`,
      [to],
    );
    return row.text_body.match(new RegExp(`/candidate/${purpose}\\?token=([A-Za-z0-9_-]+)`))[1] as string;
  };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    clock = new FakeClock(new Date());
    t = await bootTestApp({ clock, env: { SMTP_URL: sink.url } });
    org = await createOrganisation(t.dataSource, 'Zorg BV');
    hr = await createUser(t.dataSource, org, ['hr_admin']);
    employee = await createUser(t.dataSource, org, ['employee']);
    vacancy = await createVacancy(t.dataSource, org, { title: 'Verpleegkundige' });
    await createProgramme(t.dataSource, org, { kind: 'internal' });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('takes a referral, asks the candidate for consent and shows HR only name and vacancy until then', async () => {
    const http = await signIn(employee);
    const body = candidate();
    const res = await http.post('/api/referrals', body);
    expect(res.status).toBe(201);
    expect(res.body.consentState).toBe('awaiting_consent');

    const [mail] = await t.dataSource.query(`SELECT subject, locale, kind, sensitive FROM mail_messages WHERE to_address = $1`, [body.candidateEmail]);
    expect(mail).toMatchObject({ kind: 'referral_consent', locale: 'nl', sensitive: true });
    expect(mail.subject).toContain('heeft je aangedragen bij Zorg BV');

    const hrClient = await signIn(hr);
    const detail = await hrClient.get(`/api/referrals/${res.body.id}`);
    expect(detail.body).toMatchObject({ candidateName: 'Sam Jansen', vacancy: { id: vacancy, name: 'Verpleegkundige' }, consentState: 'awaiting_consent' });
    expect(detail.body.candidateEmail).toBeNull();
    expect(detail.body.motivation).toBeNull();
    const move = await hrClient.post(`/api/referrals/${res.body.id}/stage`, { stage: 'screening' });
    expect(move.status).toBe(409);
    expect(move.body.code).toBe('invalid_stage_change');
  });

  describe('eligibility', () => {
    it('refuses an alumnus in an internal-only organisation, and admits them in a combined programme', async () => {
      const other = await createOrganisation(t.dataSource, 'Alumni BV');
      const otherVacancy = await createVacancy(t.dataSource, other);
      await createProgramme(t.dataSource, other, { kind: 'internal' });
      const alumnus = await createUser(t.dataSource, other, ['alumnus']);
      const http = await signIn(alumnus);
      const refused = await http.post('/api/referrals', candidate({ vacancyId: otherVacancy }));
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('referrer_not_eligible');
      await createProgramme(t.dataSource, other, { kind: 'combined' });
      expect((await http.post('/api/referrals', candidate({ vacancyId: otherVacancy }))).status).toBe(201);
    });

    it('admits external referrers only through an external programme', async () => {
      const other = await createOrganisation(t.dataSource, 'Extern BV');
      const otherVacancy = await createVacancy(t.dataSource, other);
      await createProgramme(t.dataSource, other, { kind: 'internal' });
      const external = await createUser(t.dataSource, other, ['external_referrer']);
      const http = await signIn(external);
      expect((await http.post('/api/referrals', candidate({ vacancyId: otherVacancy }))).body.code).toBe('referrer_not_eligible');
      await createProgramme(t.dataSource, other, { kind: 'external' });
      expect((await http.post('/api/referrals', candidate({ vacancyId: otherVacancy }))).status).toBe(201);
    });

    it('refuses a referral after a referral action ended, with a clear 410', async () => {
      const other = await createOrganisation(t.dataSource, 'Actie BV');
      const otherVacancy = await createVacancy(t.dataSource, other);
      await createProgramme(t.dataSource, other, { kind: 'internal', startsAt: new Date(clock.now().getTime() - 30 * DAY), endsAt: new Date(clock.now().getTime() - DAY) });
      const worker = await createUser(t.dataSource, other, ['employee']);
      const res = await (await signIn(worker)).post('/api/referrals', candidate({ vacancyId: otherVacancy }));
      expect(res.status).toBe(410);
      expect(res.body.code).toBe('programme_ended');
    });

    it('refuses referring oneself', async () => {
      const res = await (await signIn(employee)).post('/api/referrals', candidate({ candidateEmail: employee.email.toUpperCase() }));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'self_referral', errors: [{ field: 'candidateEmail' }] });
    });

    it("refuses the hiring manager for their own vacancy unless the programme allows it", async () => {
      const manager = await createUser(t.dataSource, org, ['employee']);
      const ownVacancy = await createVacancy(t.dataSource, org, { title: 'Teamleider', hiringManagerUserId: manager.userId });
      const http = await signIn(manager);
      const res = await http.post('/api/referrals', candidate({ vacancyId: ownVacancy }));
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('hiring_team_referral');
      expect((await http.post('/api/referrals', candidate())).status).toBe(201); // another vacancy is fine
    });

    it('needs an email address or a phone number, and checks the phone number', async () => {
      const http = await signIn(employee);
      const none = await http.post('/api/referrals', candidate({ candidateEmail: '' }));
      expect(none.status).toBe(400);
      expect(none.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['candidateEmail', 'candidatePhone']);
      const badPhone = await http.post('/api/referrals', candidate({ candidateEmail: '', candidatePhone: '12' }));
      expect(badPhone.body.errors).toEqual([{ field: 'candidatePhone', message: 'is not a valid phone number' }]);
    });
  });

  describe('ownership', () => {
    it('refuses a candidate a colleague referred within the window, without naming them, and allows it after', async () => {
      const colleague = await createUser(t.dataSource, org, ['employee']);
      const phone = '06 12345678';
      const first = await (await signIn(employee)).post('/api/referrals', candidate({ candidateEmail: '', candidatePhone: phone }));
      expect(first.status).toBe(201);
      const second = await (await signIn(colleague)).post('/api/referrals', candidate({ candidateEmail: '', candidatePhone: '+31 6 1234 5678' }));
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('candidate_already_referred');
      expect(second.body.detail).toMatch(/^Already referred by a colleague on \d{4}-\d{2}-\d{2}$/);
      expect(JSON.stringify(second.body)).not.toContain(employee.email);
      const [refusal] = await t.dataSource.query(`SELECT reason, existing_referral_id FROM refused_referrals WHERE referrer_user_id = $1`, [colleague.userId]);
      expect(refusal).toEqual({ reason: 'candidate_already_referred', existing_referral_id: first.body.id });
      const hrList = await (await signIn(hr)).get('/api/referrals/refused');
      expect(hrList.body.map((r: { existingReferralId: string }) => r.existingReferralId)).toContain(first.body.id);

      // Phone-only candidates are asked for consent by phone; HR records it. Keep it awaiting, let the window pass.
      clock.advance(181 * DAY);
      await t.app.get(CandidateConsentService).expireOverdue();
      const later = await (await signIn(colleague)).post('/api/referrals', candidate({ candidateEmail: '', candidatePhone: phone }));
      expect(later.status).toBe(201);
    });

    it('serialises simultaneous referrals of one candidate: exactly one wins', async () => {
      const colleagues = await Promise.all(Array.from({ length: 6 }, () => createUser(t.dataSource, org, ['employee']).then(signIn)));
      const body = candidate();
      const results = await Promise.all(colleagues.map((c) => c.post('/api/referrals', body)));
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    });
  });

  describe("the candidate's consent", () => {
    it('consents through the mailed link (adding a CV), after which the link is spent', async () => {
      const body = candidate();
      const { body: referral } = await (await signIn(employee)).post('/api/referrals', body);
      const token = await tokenFor(body.candidateEmail, 'consent');
      const declineToken = await tokenFor(body.candidateEmail, 'decline');
      const anonymous = new HttpClient(t.app, '10.2.0.1');
      const lookup = await anonymous.post('/api/candidate/referral/lookup', { token });
      expect(lookup.body).toMatchObject({ organisationName: 'Zorg BV', vacancyTitle: 'Verpleegkundige', candidateName: 'Sam Jansen', purpose: 'consent' });
      expect(lookup.body.dataHeld).toEqual(['name', 'email', 'relationship', 'motivation']);

      const form = await multipart({ token, note: 'Graag na 17:00 bellen' }, { field: 'cv', name: 'cv.pdf', data: tinyPdf(), type: 'application/pdf' });
      const consent = await anonymous.postForm('/api/candidate/referral/consent', form);
      expect(consent.status).toBe(200);
      expect(consent.body).toEqual({ consentState: 'consented' });
      expect((await anonymous.post('/api/candidate/referral/consent', { token })).status).toBe(410);
      expect((await anonymous.post('/api/candidate/referral/decline', { token: declineToken })).body.code).toBe('candidate_token_invalid');

      const hrClient = await signIn(hr);
      const detail = await hrClient.get(`/api/referrals/${referral.id}`);
      expect(detail.body).toMatchObject({ consentState: 'consented', candidateEmail: body.candidateEmail, candidateNote: 'Graag na 17:00 bellen', cv: { contentType: 'application/pdf' } });
      const cv = await hrClient.get(`/api/referrals/${referral.id}/cv`);
      expect(cv.status).toBe(200);
      expect(cv.headers['content-disposition']).toContain('attachment');
    });

    it('declines: the personal data, person record and CV file are erased, the referrer hears only that', async () => {
      const body = candidate();
      const form = await multipart(
        Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)])),
        { field: 'cv', name: 'Sam CV.pdf', data: tinyPdf(), type: 'application/pdf' },
      );
      const submitted = await (await signIn(employee)).postForm('/api/referrals', form);
      expect(submitted.status).toBe(201);
      const [before] = await t.dataSource.query(
        `SELECT r.candidate_person_id, f.storage_key FROM referrals r JOIN stored_files f ON f.id = r.cv_file_id WHERE r.id = $1`,
        [submitted.body.id],
      );
      const file = path.join(t.config.storage.dir, before.storage_key);
      expect(existsSync(file)).toBe(true);

      const res = await new HttpClient(t.app, '10.2.0.2').post('/api/candidate/referral/decline', { token: await tokenFor(body.candidateEmail, 'decline') });
      expect(res.body).toEqual({ consentState: 'declined' });

      const [after] = await t.dataSource.query(
        `SELECT candidate_name, candidate_email, motivation, cv_file_id, candidate_person_id, erased_at, consent_state FROM referrals WHERE id = $1`,
        [submitted.body.id],
      );
      expect(after).toMatchObject({ candidate_name: null, candidate_email: null, motivation: null, cv_file_id: null, candidate_person_id: null, consent_state: 'declined' });
      expect(after.erased_at).not.toBeNull();
      expect(await t.dataSource.query(`SELECT 1 FROM people WHERE id = $1`, [before.candidate_person_id])).toEqual([]);
      expect(await t.dataSource.query(`SELECT 1 FROM stored_files WHERE storage_key = $1`, [before.storage_key])).toEqual([]);
      expect(existsSync(file)).toBe(false);
      const [note] = await t.dataSource.query(`SELECT text_body FROM mail_messages WHERE to_address = $1 AND kind = 'referral_referrer_update' ORDER BY created_at DESC LIMIT 1`, [employee.email]);
      expect(note.text_body).toContain('niet mee te willen doen');
      expect(note.text_body).not.toContain('Sam');
      const hrClient = await signIn(hr);
      const live = await hrClient.get('/api/referrals?limit=100');
      expect(live.body.items.map((r: { id: string }) => r.id)).not.toContain(submitted.body.id);
      const declined = await hrClient.get('/api/referrals?consentState=declined');
      expect(declined.body.items.find((r: { id: string }) => r.id === submitted.body.id)).toMatchObject({ candidateName: null, consentState: 'declined' });
    });

    it('reminds, then erases when the candidate does not answer before the deadline', async () => {
      const body = candidate();
      const { body: referral } = await (await signIn(employee)).post('/api/referrals', body);
      const consent = t.app.get(CandidateConsentService);
      clock.advance(DAY + 60_000);
      await consent.sendReminders();
      clock.advance(11 * DAY);
      await consent.sendReminders();
      const reminders = await t.dataSource.query(`SELECT subject FROM mail_messages WHERE to_address = $1 AND kind = 'referral_consent' ORDER BY created_at`, [body.candidateEmail]);
      expect(reminders.map((r: { subject: string }) => r.subject.startsWith('Herinnering'))).toEqual([false, true, true]);
      expect(await consent.expireOverdue()).toBe(0);
      clock.advance(3 * DAY);
      expect(await consent.expireOverdue()).toBeGreaterThanOrEqual(1);
      const [row] = await t.dataSource.query(`SELECT consent_state, candidate_name FROM referrals WHERE id = $1`, [referral.id]);
      expect(row).toEqual({ consent_state: 'expired', candidate_name: null });
    });
  });

  describe('HR pipeline', () => {
    const consented = async () => {
      const body = candidate();
      const { body: referral } = await (await signIn(employee)).post('/api/referrals', body);
      await new HttpClient(t.app, '10.2.0.3').post('/api/candidate/referral/consent', { token: await tokenFor(body.candidateEmail, 'consent') });
      return referral.id as string;
    };

    it('mails the referrer on every stage change, read from a real SMTP server', async () => {
      const id = await consented();
      const hrClient = await signIn(hr);
      sink.messages.length = 0;
      await deliver();
      sink.messages.length = 0;
      for (const stage of ['screening', 'interview']) {
        expect((await hrClient.post(`/api/referrals/${id}/stage`, { stage, note: `naar ${stage}` })).status).toBe(200);
      }
      const hired = await hrClient.post(`/api/referrals/${id}/stage`, { stage: 'hired' });
      expect(hired.status).toBe(400);
      expect(hired.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['probationMonths', 'startDate']);
      for (const startDate of ['9999-12-31', '2027-02-30', '2027-W10']) {
        const implausible = await hrClient.post(`/api/referrals/${id}/stage`, { stage: 'hired', startDate, probationMonths: 2 });
        expect(implausible.status).toBe(400);
        expect(implausible.body.errors.map((e: { field: string }) => e.field)).toEqual(['startDate']);
      }
      const done = await hrClient.post(`/api/referrals/${id}/stage`, { stage: 'hired', startDate: '2027-02-01', probationMonths: 2 });
      expect(done.status).toBe(200);
      expect(done.body.history.filter((e: { kind: string }) => e.kind === 'stage').map((e: { to: string }) => e.to)).toEqual(['new', 'screening', 'interview', 'hired']);

      const mails = await deliver();
      const toReferrer = mails.filter((m) => m.envelopeTo.includes(employee.email)).map((m) => m.text ?? '');
      expect(toReferrer).toHaveLength(3);
      expect(toReferrer[0]).toContain('fase "Screening"');
      expect(toReferrer[1]).toContain('fase "Gesprek"');
      expect(toReferrer[2]).toContain('is aangenomen');
      const [person] = await t.dataSource.query(`SELECT p.phase FROM referrals r JOIN people p ON p.id = r.hired_person_id WHERE r.id = $1`, [id]);
      expect(person.phase).toBe('entry');
      expect((await hrClient.post(`/api/referrals/${id}/stage`, { stage: 'screening' })).body.code).toBe('invalid_stage_change');

      const mine = await (await signIn(employee)).get('/api/my/referrals');
      const own = mine.body.items.find((r: { id: string }) => r.id === id);
      expect(own).toMatchObject({ stage: 'hired', stageName: 'Aangenomen', consentState: 'consented' });
      expect(own.timeline.every((e: Record<string, unknown>) => !('note' in e))).toBe(true);
    });

    it('rejects in bulk with a reason shared only when HR says so', async () => {
      const [a, b] = [await consented(), await consented()];
      const res = await (await signIn(hr)).post('/api/referrals/bulk-reject', { ids: [a, b], reason: 'Functie vervuld', shareable: true });
      expect(res.body).toEqual({ rejected: [a, b].sort(), skipped: [] });
      const mine = await (await signIn(employee)).get('/api/my/referrals');
      expect(mine.body.items.find((r: { id: string }) => r.id === a).rejectionReason).toBe('Functie vervuld');
    });

    it('sends HR a daily digest of referrals idle for more than five days', async () => {
      const id = await consented();
      await t.dataSource.query(`DELETE FROM mail_messages WHERE kind = 'referral_idle_digest'`);
      await t.app.get(IdleDigestService).send();
      const early = await t.dataSource.query(`SELECT text_body FROM mail_messages WHERE kind = 'referral_idle_digest' AND to_address = $1`, [hr.email]);
      expect(early.every((m: { text_body: string }) => !m.text_body.includes(id))).toBe(true);
      clock.advance(6 * DAY);
      expect(await t.app.get(IdleDigestService).send()).toBeGreaterThanOrEqual(1);
      const [digest] = await t.dataSource.query(
        `SELECT subject, text_body FROM mail_messages WHERE kind = 'referral_idle_digest' AND to_address = $1 ORDER BY created_at DESC LIMIT 1`,
        [hr.email],
      );
      expect(digest.subject).toMatch(/wachten al meer dan 5 dagen/);
      expect(digest.text_body).toContain('Sam Jansen – Verpleegkundige: Nieuw, 6 dagen');
    });

    it('lets HR record consent a phone-only candidate gave by phone', async () => {
      const { body } = await (await signIn(employee)).post('/api/referrals', candidate({ candidateEmail: '', candidatePhone: '0201234567' }));
      const hrClient = await signIn(hr);
      const before = await hrClient.get(`/api/referrals/${body.id}`);
      expect(before.body.candidatePhone).toBe('+31201234567'); // needed to call them
      const res = await hrClient.post(`/api/referrals/${body.id}/consent`, { note: 'Telefonisch akkoord, 3 maart' });
      expect(res.status).toBe(200);
      expect(res.body.consentState).toBe('consented');
      expect(res.body.history.at(-1)).toMatchObject({ kind: 'consent', to: 'consented', note: 'Telefonisch akkoord, 3 maart' });
      expect((await hrClient.post(`/api/referrals/${body.id}/consent`, { note: 'nogmaals akkoord' })).status).toBe(409);
    });

    it("gives another organisation's HR a 404 and employees a 403", async () => {
      const id = await consented();
      const otherOrg = await createOrganisation(t.dataSource, 'Ander BV');
      const otherHr = await signIn(await createUser(t.dataSource, otherOrg, ['hr_admin']));
      expect((await otherHr.get(`/api/referrals/${id}`)).status).toBe(404);
      expect((await otherHr.post(`/api/referrals/${id}/stage`, { stage: 'screening' })).status).toBe(404);
      expect((await otherHr.get(`/api/referrals/${id}/cv`)).status).toBe(404);
      expect((await (await signIn(employee)).get(`/api/referrals/${id}`)).status).toBe(403);
    });
  });

  describe('CV uploads', () => {
    const submitWith = async (data: Buffer, name: string) => {
      const body = Object.fromEntries(Object.entries(candidate()).map(([k, v]) => [k, String(v)]));
      return (await signIn(employee)).postForm('/api/referrals', await multipart(body, { field: 'cv', name, data }));
    };

    it.each([
      ['an oversized file', Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024)]), 'big.pdf', 'file_too_large'],
      ['a wrong type', PNG, 'photo.png', 'file_type_not_allowed'],
      ['a disguised executable', EXE, 'cv.pdf', 'file_type_not_allowed'],
      ['a spreadsheet posing as Word', tinyXlsx(), 'cv.docx', 'file_type_not_allowed'],
    ])('refuses %s and stores nothing', async (_what, data, name, code) => {
      const before = await t.dataSource.query(`SELECT (SELECT count(*) FROM referrals)::int AS r, (SELECT count(*) FROM stored_files)::int AS f`);
      const res = await submitWith(data, name);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code, errors: [{ field: 'cv' }] });
      expect(await t.dataSource.query(`SELECT (SELECT count(*) FROM referrals)::int AS r, (SELECT count(*) FROM stored_files)::int AS f`)).toEqual(before);
    });
  });
});
