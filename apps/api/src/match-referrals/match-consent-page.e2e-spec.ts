import { preferredLabel } from '@kring/server-esco';
import { EscoCatalog } from '@kring/server-match';
import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser, Fixture } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { createProgramme, createVacancy } from '../testing/referral-fixtures';
import { bootTestApp, TestApp } from '../testing/test-app';
import { candidateTokenFor, colleagueReferral, profileVacancy, SKILL } from './fixtures';

const DAY = 86_400_000;

/**
 * The candidate's consent and decline pages read POST /api/candidate/referral/lookup. For a Search & Match referral it
 * says why HR referred them (skills, note) and whether they can withdraw matching consent online; for a colleague's
 * referral none of that exists. Neither answer carries more than the candidate should see.
 */
describe('consent page for a Search & Match referral (e2e)', () => {
  const clock = new FakeClock(new Date());
  let t: TestApp;
  let org: string;
  let hr: Fixture;
  let employee: Fixture;
  let vacancyId: string;
  let label: (uri: string, lang: 'nl' | 'en') => string;
  let ip = 0;
  const client = () => new HttpClient(t.app, `10.9.8.${++ip}`);
  const signIn = async (user: Fixture) => {
    const http = client();
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    return http;
  };
  /** Gives a person matching consent and the skills the ranking reads. */
  const makeMatchable = async (personId: string, locale: 'nl' | 'en') => {
    await t.dataSource.query(`UPDATE people SET locale = $3, phase = 'exit' WHERE organisation_id = $1 AND id = $2`, [org, personId, locale]);
    await t.dataSource.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at) VALUES ($1, $2, 'matching', 'granted', 'test', $3)`,
      [org, personId, new Date(clock.now().getTime() - 10 * DAY)],
    );
    await t.dataSource.query(
      `INSERT INTO person_skills (organisation_id, person_id, uri, source, confidence, created_at, updated_at)
       SELECT $1, $2, uri, 'extracted_profile', 0.8, now(), now() FROM unnest($3::text[]) AS uri`,
      [org, personId, [SKILL.nursingCare, SKILL.empathy]],
    );
  };
  /** A talent-pool contact without an account. */
  const contact = async (firstName: string, locale: 'nl' | 'en') => {
    const email = `${firstName.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.test`;
    const [row] = await t.dataSource.query(
      `INSERT INTO people (organisation_id, first_name, last_name, email) VALUES ($1, $2, 'de Wit', $3) RETURNING id`,
      [org, firstName, email],
    );
    await makeMatchable(row.id, locale);
    return { id: row.id as string, email };
  };
  const tokenFor = (to: string, purpose: 'consent' | 'decline') => candidateTokenFor(t.dataSource, to, purpose);
  const lookup = async (token: string) => client().post('/api/candidate/referral/lookup', { token });

  beforeAll(async () => {
    t = await bootTestApp({ clock });
    org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    hr = await createUser(t.dataSource, org, ['hr_admin']);
    await t.dataSource.query(`UPDATE people SET first_name = 'Sanne', last_name = 'de Vries' WHERE id = $1`, [hr.personId]);
    employee = await createUser(t.dataSource, org, ['employee']);
    await t.dataSource.query(`UPDATE people SET first_name = 'Piet', last_name = 'Jansen' WHERE id = $1`, [employee.personId]);
    await createProgramme(t.dataSource, org, { kind: 'combined', consentTimeoutDays: 14 });
    vacancyId = await createVacancy(t.dataSource, org, { title: 'Verpleegkundige Wijkzorg' });
    await profileVacancy(t.dataSource, org, vacancyId);
    const index = await t.app.get(EscoCatalog).index();
    label = (uri, lang) => preferredLabel(index.skills.get(uri)!.labels, lang)!;
  }, 60_000);
  afterAll(() => t.close());

  it("tells a matched contact who referred them, on which skills (in Dutch), HR's note and that they have no account", async () => {
    const ingrid = await contact('Ingrid', 'nl');
    const hrClient = await signIn(hr);
    const referred = await hrClient.post(`/api/vacancies/${vacancyId}/matches/${ingrid.id}/refer`, { note: 'We werkten samen op de afdeling Geriatrie.' });
    expect(referred.status).toBe(201);

    const res = await lookup(await tokenFor(ingrid.email, 'consent'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      purpose: 'consent',
      organisationName: 'Zorggroep De Linde',
      referrerName: 'Sanne de Vries',
      vacancyTitle: 'Verpleegkundige Wijkzorg',
      candidateName: 'Ingrid de Wit',
      dataHeld: ['name', 'email', 'motivation'],
      respondBefore: new Date(clock.now().getTime() + 14 * DAY).toISOString(),
      hasCv: false,
      source: 'match',
      match: {
        skills: [label(SKILL.nursingCare, 'nl'), label(SKILL.empathy, 'nl')],
        note: 'We werkten samen op de afdeling Geriatrie.',
        hasAccount: false,
        matchingConsent: true,
      },
    });
    expect(res.body.match.skills[0]).toBe('professionele zorg bieden bij verpleging');
    const raw = JSON.stringify(res.body);
    for (const secret of [hr.email, hr.userId, hr.personId, ingrid.id, ingrid.email, referred.body.referralId]) expect(raw).not.toContain(secret);
  });

  it('answers an English-speaking alumna with an account through her decline link: English skills, no note, hasAccount (not for HR-only accounts)', async () => {
    const alumna = await createUser(t.dataSource, org, ['alumnus']);
    await t.dataSource.query(`UPDATE people SET first_name = 'Emma', last_name = 'Brown' WHERE id = $1`, [alumna.personId]);
    await makeMatchable(alumna.personId, 'en');
    expect((await (await signIn(hr)).post(`/api/vacancies/${vacancyId}/matches/${alumna.personId}/refer`, {})).status).toBe(201);

    const res = await lookup(await tokenFor(alumna.email, 'decline'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ purpose: 'decline', source: 'match', dataHeld: ['name', 'email'] });
    expect(res.body.match).toEqual({ skills: [label(SKILL.nursingCare, 'en'), label(SKILL.empathy, 'en')], note: null, hasAccount: true, matchingConsent: true });
    expect(res.body.match.skills).not.toEqual([label(SKILL.nursingCare, 'nl'), label(SKILL.empathy, 'nl')]);

    // An HR-only account has no matching section on /preferences, so the page must not send them there.
    const otherHr = await createUser(t.dataSource, org, ['hr_admin']);
    await makeMatchable(otherHr.personId, 'nl');
    expect((await (await signIn(hr)).post(`/api/vacancies/${vacancyId}/matches/${otherHr.personId}/refer`, {})).status).toBe(201);
    expect((await lookup(await tokenFor(otherHr.email, 'consent'))).body.match.hasAccount).toBe(false);
  });

  it("gives a colleague's referral no match fields and never the referrer's e-mail", async () => {
    const { email, referralId: colleagueReferralId } = await colleagueReferral(await signIn(employee), vacancyId);

    const res = await lookup(await tokenFor(email, 'consent'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      purpose: 'consent',
      organisationName: 'Zorggroep De Linde',
      referrerName: 'Piet Jansen',
      vacancyTitle: 'Verpleegkundige Wijkzorg',
      candidateName: 'Sam Jansen',
      dataHeld: ['name', 'email', 'relationship', 'motivation'],
      respondBefore: expect.any(String),
      hasCv: false,
      source: 'referral_form',
      match: null,
    });
    // The referrer's motivation is listed as held, not shown: only a match referral's note is addressed to the candidate.
    const raw = JSON.stringify(res.body);
    for (const secret of [employee.email, employee.userId, 'Heel goed met patiënten', 'former_colleague', colleagueReferralId]) expect(raw).not.toContain(secret);
  });

  it("declining a match referral erases the referral but keeps the person and their matching consent; the link then answers 410", async () => {
    const joost = await contact('Joost', 'nl');
    expect((await (await signIn(hr)).post(`/api/vacancies/${vacancyId}/matches/${joost.id}/refer`, {})).status).toBe(201);
    const consentToken = await tokenFor(joost.email, 'consent');
    expect((await client().post('/api/candidate/referral/decline', { token: await tokenFor(joost.email, 'decline') })).body).toEqual({ consentState: 'declined' });

    const [person] = await t.dataSource.query(`SELECT email FROM people WHERE organisation_id = $1 AND id = $2`, [org, joost.id]);
    expect(person).toEqual({ email: joost.email });
    const [consent] = await t.dataSource.query(
      `SELECT status FROM consents WHERE organisation_id = $1 AND person_id = $2 AND purpose = 'matching'`,
      [org, joost.id],
    );
    expect(consent).toEqual({ status: 'granted' });
    const gone = await lookup(consentToken);
    expect(gone.status).toBe(410);
    expect(gone.body.code).toBe('candidate_token_invalid');
  });
});
