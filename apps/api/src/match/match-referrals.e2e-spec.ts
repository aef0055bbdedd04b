import { preferredLabel } from '@kring/server-esco';
import { EscoCatalog } from '@kring/server-match';
import { CandidateConsentService } from '@kring/server-referrals';
import { RewardScheduler } from '@kring/server-rewards';
import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser, Fixture } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { tokenFromLatestMail } from '../testing/mail';
import { createProgramme, createVacancy } from '../testing/referral-fixtures';
import { bootTestApp, TestApp } from '../testing/test-app';

const DAY = 86_400_000;
const ESCO = 'http://data.europa.eu/esco/skill';
/** ESCO skills from the shipped bundle (the demo nurse's). */
const SKILL = {
  nursingCare: `${ESCO}/1023ac61-250f-4eef-b7a9-238cf071685f`, // professionele zorg bieden bij verpleging
  hygiene: `${ESCO}/0450eaee-1a00-4622-8f4e-5356fce816d2`, // hygiëne in de gezondheidszorg
  empathy: `${ESCO}/2475cd27-8d6c-4318-a364-21395b23acba`, // meeleven met gebruikers van gezondheidszorg
  eHealth: `${ESCO}/16636767-c215-4cf0-b126-e144fea20926`, // not asked by the vacancy
};

describe('Search & Match actions: refer a matched person (e2e)', () => {
  const clock = new FakeClock(new Date());
  let t: TestApp;
  let org: string;
  let hr: Fixture;
  let hrClient: HttpClient;
  let programmeId: string;
  let vacancyId: string;
  let label: (uri: string, lang: 'nl' | 'en') => string;
  let ip = 0;
  const signIn = async (user: Fixture) => {
    const http = new HttpClient(t.app, `10.9.5.${++ip}`);
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    return http;
  };
  const person = async (
    organisationId: string,
    firstName: string,
    options: { consent?: 'granted' | 'withdrawn' | 'expired' | null; locale?: 'nl' | 'en'; email?: string | null; skills?: string[] } = {},
  ) => {
    const email = options.email === undefined ? `${firstName.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.test` : options.email;
    const [row] = await t.dataSource.query(
      `INSERT INTO people (organisation_id, first_name, last_name, phase, email, locale) VALUES ($1, $2, 'de Wit', 'exit', $3, $4) RETURNING id`,
      [organisationId, firstName, email, options.locale ?? 'nl'],
    );
    const consent = options.consent === undefined ? 'granted' : options.consent;
    if (consent) {
      const expiresAt = consent === 'expired' ? new Date(clock.now().getTime() - DAY) : null;
      await t.dataSource.query(
        `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at)
         VALUES ($1, $2, 'matching', $3, 'test', $4, $5)`,
        [organisationId, row.id, consent === 'expired' ? 'granted' : consent, new Date(clock.now().getTime() - 10 * DAY), expiresAt],
      );
    }
    await t.dataSource.query(
      `INSERT INTO person_skills (organisation_id, person_id, uri, source, confidence, created_at, updated_at)
       SELECT $1, $2, uri, 'extracted_profile', 0.8, now(), now() FROM unnest($3::text[]) AS uri`,
      [organisationId, row.id, options.skills ?? [SKILL.nursingCare, SKILL.empathy, SKILL.eHealth]],
    );
    return { id: row.id as string, email: email as string, name: `${firstName} de Wit` };
  };
  /** An open vacancy whose confirmed profile asks nursing care and hygiene (essential) and empathy (optional). */
  const profiledVacancy = async (organisationId: string, title: string, status: 'open' | 'closed' = 'open') => {
    const id = await createVacancy(t.dataSource, organisationId, { title, status });
    for (const [uri, kind] of [
      [SKILL.empathy, 'optional'],
      [SKILL.hygiene, 'essential'],
      [SKILL.nursingCare, 'essential'],
    ]) {
      await t.dataSource.query(
        `INSERT INTO vacancy_skills (organisation_id, vacancy_id, uri, kind, status, confidence, confirmed_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'confirmed', 0.8, now(), now(), now())`,
        [organisationId, id, uri, kind],
      );
    }
    return id;
  };
  const mails = (personId: string, kind = 'referral_consent') =>
    t.dataSource.query(
      `SELECT kind, locale, to_address, subject, text_body, html_body FROM mail_messages WHERE person_id = $1 AND kind = $2 ORDER BY created_at, id`,
      [personId, kind],
    );
  const refer = (client: HttpClient, vId: string, personId: string, body: unknown = {}) => client.post(`/api/vacancies/${vId}/matches/${personId}/refer`, body);
  const referralsOf = (personId: string) =>
    t.dataSource.query(
      `SELECT id, source, programme_id, vacancy_id, referrer_user_id, candidate_person_id, candidate_name, candidate_email, candidate_locale,
              motivation, match_skills, consent_state, stage FROM referrals WHERE candidate_person_id = $1 ORDER BY created_at`,
      [personId],
    );

  beforeAll(async () => {
    t = await bootTestApp({ clock });
    org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    hr = await createUser(t.dataSource, org, ['hr_admin']);
    await t.dataSource.query(`UPDATE people SET first_name = 'Sanne', last_name = 'de Vries' WHERE id = $1`, [hr.personId]);
    hrClient = await signIn(hr);
    programmeId = await createProgramme(t.dataSource, org, { kind: 'combined', consentTimeoutDays: 14 });
    vacancyId = await profiledVacancy(org, 'Verpleegkundige Wijkzorg');
    const index = await t.app.get(EscoCatalog).index();
    label = (uri, lang) => preferredLabel(index.skills.get(uri)!.labels, lang)!;
  }, 60_000);
  afterAll(() => t.close());

  it('creates a referral with source match that asks consent in Dutch, naming HR, the organisation, the shared skills and the note', async () => {
    const ingrid = await person(org, 'Ingrid');
    const res = await refer(hrClient, vacancyId, ingrid.id, { note: '  We werkten samen op de afdeling <Geriatrie>.  ' });
    expect(res.status).toBe(201);
    const shared = [label(SKILL.nursingCare, 'nl'), label(SKILL.empathy, 'nl')]; // essential first; eHealth is not asked, hygiene not held
    expect(shared[0]).toBe('professionele zorg bieden bij verpleging');
    expect(res.body).toEqual({
      referralId: expect.any(String),
      vacancyId,
      personId: ingrid.id,
      programmeId,
      consentState: 'awaiting_consent',
      consentDueAt: new Date(clock.now().getTime() + 14 * DAY).toISOString(),
      locale: 'nl',
      matchedSkills: shared,
      referredAt: clock.now().toISOString(),
    });

    expect(await referralsOf(ingrid.id)).toEqual([
      {
        id: res.body.referralId,
        source: 'match',
        programme_id: programmeId,
        vacancy_id: vacancyId,
        referrer_user_id: hr.userId,
        candidate_person_id: ingrid.id,
        candidate_name: 'Ingrid de Wit',
        candidate_email: ingrid.email,
        candidate_locale: 'nl',
        motivation: 'We werkten samen op de afdeling <Geriatrie>.',
        match_skills: shared,
        consent_state: 'awaiting_consent',
        stage: 'new',
      },
    ]);
    const events = await t.dataSource.query(`SELECT kind, to_value, actor_user_id FROM referral_events WHERE referral_id = $1 ORDER BY kind`, [res.body.referralId]);
    expect(events).toEqual([
      { kind: 'consent', to_value: 'awaiting_consent', actor_user_id: null },
      { kind: 'stage', to_value: 'new', actor_user_id: hr.userId },
    ]);
    const audit = await t.dataSource.query(
      `SELECT action, data->>'source' AS source FROM audit_events WHERE organisation_id = $1 AND subject_id IN ($2, $3) ORDER BY action`,
      [org, ingrid.id, res.body.referralId],
    );
    expect(audit).toEqual([
      { action: 'match.referred', source: null },
      { action: 'referral.submitted', source: 'match' },
    ]);

    const [mail] = await mails(ingrid.id);
    expect(mail).toMatchObject({ locale: 'nl', to_address: ingrid.email, subject: 'Sanne de Vries van Zorggroep De Linde wil je voordragen voor Verpleegkundige Wijkzorg' });
    expect(mail.text_body).toContain('Beste Ingrid de Wit,');
    expect(mail.text_body).toContain('Sanne de Vries (HR) van Zorggroep De Linde heeft je gevonden met Search & Match');
    expect(mail.text_body).toContain(`Waarom jij: je profiel past bij deze vacature op ${shared[0]} en ${shared[1]}.`);
    expect(mail.text_body).toContain('Sanne de Vries schrijft: We werkten samen op de afdeling <Geriatrie>.');
    expect(mail.html_body).toContain('&lt;Geriatrie&gt;');
    expect(mail.text_body).not.toContain(label(SKILL.eHealth, 'nl'));
    expect(mail.text_body).toMatch(/\/candidate\/consent\?token=\S+/);
    expect(mail.text_body).toMatch(/\/candidate\/decline\?token=\S+/);

    // HR's pipeline shows where it came from; nobody earned points for it.
    const detail = await hrClient.get(`/api/referrals/${res.body.referralId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.source).toBe('match');
    expect(await t.dataSource.query(`SELECT kind FROM points_events WHERE subject_id = $1`, [res.body.referralId])).toEqual([]);
  });

  it('writes the consent request in English for an English-speaking person, and without a note', async () => {
    const daniel = await person(org, 'Daniel', { locale: 'en', skills: [SKILL.hygiene] });
    const res = await refer(hrClient, vacancyId, daniel.id);
    expect(res.status).toBe(201);
    expect(res.body.matchedSkills).toEqual([label(SKILL.hygiene, 'en')]);
    const [mail] = await mails(daniel.id);
    expect(mail).toMatchObject({ locale: 'en', subject: 'Sanne de Vries of Zorggroep De Linde would like to put you forward for Verpleegkundige Wijkzorg' });
    expect(mail.text_body).toContain('Dear Daniel de Wit,');
    expect(mail.text_body).toContain('Sanne de Vries (HR) of Zorggroep De Linde found you with Search & Match');
    expect(mail.text_body).toContain(`Why you: your profile matches this vacancy on ${label(SKILL.hygiene, 'en')}.`);
    expect(mail.text_body).not.toContain('writes:');
    expect((await referralsOf(daniel.id))[0].motivation).toBeNull();
  });

  it('answers 409 match_already_referred to a retry or to a person already in the pipeline for the vacancy, and lets one of two simultaneous requests through', async () => {
    const sam = await person(org, 'Sam');
    const first = await refer(hrClient, vacancyId, sam.id);
    expect(first.status).toBe(201);
    const retry = await refer(hrClient, vacancyId, sam.id, { note: 'Nog een keer' });
    expect(retry.status).toBe(409);
    expect(retry.headers['content-type']).toContain('application/problem+json');
    expect(retry.body).toMatchObject({ code: 'match_already_referred', referralId: first.body.referralId });
    expect(await mails(sam.id)).toHaveLength(1);
    expect(await referralsOf(sam.id)).toHaveLength(1);
    // Another vacancy is another referral.
    const other = await profiledVacancy(org, 'Wijkverpleegkundige nacht');
    expect((await refer(hrClient, other, sam.id)).status).toBe(201);

    // A colleague referred this person for the vacancy through the referral form first.
    const employee = await signIn(await createUser(t.dataSource, org, ['employee']));
    const kim = await person(org, 'Kim');
    const submitted = await employee.post('/api/referrals', { vacancyId, candidateName: 'Kim de Wit', candidateEmail: kim.email, relationship: 'friend', candidateInformed: true });
    expect(submitted.status).toBe(201);
    const taken = await refer(hrClient, vacancyId, kim.id);
    expect({ status: taken.status, code: taken.body.code, referralId: taken.body.referralId }).toEqual({ status: 409, code: 'match_already_referred', referralId: submitted.body.id });

    const lex = await person(org, 'Lex');
    const [a, b] = await Promise.all([refer(hrClient, vacancyId, lex.id), refer(hrClient, vacancyId, lex.id)]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await mails(lex.id)).toHaveLength(1);
  });

  it('refuses people without an e-mail address or without (or with withdrawn or expired) matching consent, and sends nothing', async () => {
    for (const consent of [null, 'withdrawn', 'expired'] as const) {
      const p = await person(org, 'Zonder', { consent });
      const res = await refer(hrClient, vacancyId, p.id);
      expect({ consent, status: res.status, code: res.body.code }).toEqual({ consent, status: 409, code: 'match_person_not_eligible' });
      expect(await referralsOf(p.id)).toEqual([]);
    }
    const noEmail = await person(org, 'Mailloos', { email: null });
    const res = await refer(hrClient, vacancyId, noEmail.id);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'match_person_without_email' });
    expect(await referralsOf(noEmail.id)).toEqual([]);

    // Consent withdrawn after the list was shown: the server checks again.
    const late = await person(org, 'Laat');
    await t.dataSource.query(`UPDATE consents SET status = 'withdrawn', withdrawn_at = now() WHERE person_id = $1`, [late.id]);
    expect((await refer(hrClient, vacancyId, late.id)).body.code).toBe('match_person_not_eligible');
  });

  it("404s another organisation's person or vacancy, 403s non-HR users, 401s anonymous callers, and checks the vacancy and the note", async () => {
    const p = await person(org, 'Kees');
    const otherOrg = await createOrganisation(t.dataSource, 'Ander BV');
    const otherHr = await signIn(await createUser(t.dataSource, otherOrg, ['hr_admin']));
    await createProgramme(t.dataSource, otherOrg, { kind: 'internal' });
    const foreignVacancy = await refer(otherHr, vacancyId, p.id);
    expect({ status: foreignVacancy.status, code: foreignVacancy.body.code }).toEqual({ status: 404, code: 'not_found' });
    const stranger = await person(otherOrg, 'Vreemde');
    const foreignPerson = await refer(hrClient, vacancyId, stranger.id);
    expect({ status: foreignPerson.status, code: foreignPerson.body.code }).toEqual({ status: 404, code: 'not_found' });

    for (const roles of [['employee'], ['alumnus'], ['external_referrer']] as const) {
      const res = await refer(await signIn(await createUser(t.dataSource, org, [...roles])), vacancyId, p.id);
      expect({ roles, status: res.status }).toEqual({ roles, status: 403 });
    }
    expect((await refer(new HttpClient(t.app, '10.9.6.1'), vacancyId, p.id)).status).toBe(401);

    const closed = await profiledVacancy(org, 'Gesloten', 'closed');
    expect((await refer(hrClient, closed, p.id)).body.code).toBe('match_vacancy_not_open');
    const long = await refer(hrClient, vacancyId, p.id, { note: 'x'.repeat(1001) });
    expect({ status: long.status, field: long.body.errors?.[0]?.field }).toEqual({ status: 400, field: 'note' });
    expect(await referralsOf(p.id)).toEqual([]);
    expect(await referralsOf(stranger.id)).toEqual([]);
  });

  it("files the referral under the vacancy's own programme, else an internal or combined one; without either it answers 409 match_no_programme", async () => {
    const o = await createOrganisation(t.dataSource, 'Thuiszorg Oost');
    const oHr = await signIn(await createUser(t.dataSource, o, ['hr_admin']));
    const v = await profiledVacancy(o, 'Helpende');
    const p = await person(o, 'Fenna');
    await createProgramme(t.dataSource, o, { kind: 'external' }); // for external referrers only: never HR's sourcing
    const none = await refer(oHr, v, p.id);
    expect({ status: none.status, code: none.body.code }).toEqual({ status: 409, code: 'match_no_programme' });
    expect(await mails(p.id)).toEqual([]);

    const general = await createProgramme(t.dataSource, o, { kind: 'internal' });
    const own = await createProgramme(t.dataSource, o, { kind: 'external', vacancyIds: [v], startsAt: new Date(clock.now().getTime() - 300 * DAY) });
    const res = await refer(oHr, v, p.id);
    expect(res.status).toBe(201);
    expect(res.body.programmeId).toBe(own);
    const q = await person(o, 'Gert');
    const otherVacancy = await profiledVacancy(o, 'Verzorgende IG');
    expect((await refer(oHr, otherVacancy, q.id)).body.programmeId).toBe(general);
  });

  it('never rewards HR: hired after a consent, no ledger row and no points, while an employee referral under the same rule is rewarded', async () => {
    const put = await hrClient.request('PUT', '/api/rewards/rules', {
      body: {
        programmeId,
        milestones: [{ key: 'hired', trigger: 'hired', amounts: { employee: { money: 50_000, points: 10 } } }],
        conditions: { referrerActive: true, hireEmployed: true, excludeHiringTeam: false },
      },
    });
    expect(put.status).toBe(200);
    const vacancy = await profiledVacancy(org, 'Verpleegkundige avond');
    const anonymous = new HttpClient(t.app, '10.9.6.2');

    const hiredByMatch = await person(org, 'Mila');
    const referred = await refer(hrClient, vacancy, hiredByMatch.id);
    expect(referred.status).toBe(201);
    const token = await tokenFromLatestMail(t.dataSource, hiredByMatch.email, 'referral_consent');
    expect((await anonymous.post('/api/candidate/referral/consent', { token })).status).toBe(200);
    const today = clock.now().toISOString().slice(0, 10);
    const moved = await hrClient.post(`/api/referrals/${referred.body.referralId}/stage`, { stage: 'hired', startDate: today, probationMonths: 1 });
    expect(moved.status).toBe(200);

    // The control: a colleague's referral under the same programme and rule, hired the same day.
    const employee = await createUser(t.dataSource, org, ['employee']);
    const control = await (await signIn(employee)).post('/api/referrals', {
      vacancyId: vacancy,
      candidateName: 'Joris Bakker',
      candidateEmail: `joris-${Date.now()}@example.test`,
      relationship: 'former_colleague',
      candidateInformed: true,
    });
    expect(control.status).toBe(201);
    expect((await hrClient.post(`/api/referrals/${control.body.id}/consent`, { note: 'per telefoon' })).status).toBe(200);
    expect((await hrClient.post(`/api/referrals/${control.body.id}/stage`, { stage: 'hired', startDate: today, probationMonths: 1 })).status).toBe(200);

    await t.app.get(RewardScheduler).run();
    const ledger = (id: string) => t.dataSource.query(`SELECT milestone_key, status FROM reward_ledger WHERE referral_id = $1`, [id]);
    expect(await ledger(control.body.id)).toEqual([{ milestone_key: 'hired', status: 'pending' }]);
    expect(await ledger(referred.body.referralId)).toEqual([]);
    const points = (id: string) => t.dataSource.query(`SELECT kind FROM points_events WHERE subject_id = $1 ORDER BY kind`, [id]);
    expect(await points(control.body.id)).toEqual([{ kind: 'hire' }, { kind: 'interview' }, { kind: 'referral' }]);
    expect(await points(referred.body.referralId)).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM points_events WHERE user_id = $1`, [hr.userId])).toEqual([]);
  });

  it('follows the normal consent flow: a reminder in the same words, and a decline erases the referral but not the person', async () => {
    const rosa = await person(org, 'Rosa', { locale: 'en' });
    const res = await refer(hrClient, vacancyId, rosa.id, { note: 'You were our best trainee.' });
    expect(res.status).toBe(201);
    clock.advance(DAY + 60_000);
    try {
      await t.app.get(CandidateConsentService).sendReminders();
      const sent = await mails(rosa.id);
      expect(sent.map((m: { subject: string }) => m.subject)).toEqual([
        'Sanne de Vries of Zorggroep De Linde would like to put you forward for Verpleegkundige Wijkzorg',
        'Reminder: Sanne de Vries of Zorggroep De Linde would like to put you forward for Verpleegkundige Wijkzorg',
      ]);
      expect(sent[1].text_body).toContain('Sanne de Vries writes: You were our best trainee.');
      expect(sent[1].text_body).toContain(`Why you: your profile matches this vacancy on ${label(SKILL.nursingCare, 'en')} and ${label(SKILL.empathy, 'en')}.`);

      const declineToken = /\/candidate\/decline\?token=([A-Za-z0-9_-]{20,})/.exec(sent[1].text_body)![1];
      expect((await new HttpClient(t.app, '10.9.6.3').post('/api/candidate/referral/decline', { token: declineToken })).status).toBe(200);
      const [erased] = await t.dataSource.query(`SELECT consent_state, candidate_person_id, candidate_name, motivation, match_skills, erased_at FROM referrals WHERE id = $1`, [
        res.body.referralId,
      ]);
      expect(erased).toMatchObject({ consent_state: 'declined', candidate_person_id: null, candidate_name: null, motivation: null, match_skills: null });
      expect(erased.erased_at).not.toBeNull();
      // The person and their matching consent stay: declining one referral is not leaving Kring.
      expect(await t.dataSource.query(`SELECT status FROM consents WHERE person_id = $1 AND purpose = 'matching'`, [rosa.id])).toEqual([{ status: 'granted' }]);
      // No open referral any more: HR may refer again later.
      const again = await refer(await signIn(hr), vacancyId, rosa.id);
      expect(again.status).toBe(201);
      // Other erasure paths (ERM privacy anonymises referrals with its own statement) clear the skills too.
      await t.dataSource.query(
        `UPDATE referrals SET candidate_name = NULL, candidate_email = NULL, candidate_person_id = NULL, motivation = NULL, erased_at = now() WHERE id = $1`,
        [again.body.referralId],
      );
      expect(await t.dataSource.query(`SELECT match_skills FROM referrals WHERE id = $1`, [again.body.referralId])).toEqual([{ match_skills: null }]);
    } finally {
      clock.set(new Date(clock.now().getTime() - DAY - 60_000));
    }
  });
});
