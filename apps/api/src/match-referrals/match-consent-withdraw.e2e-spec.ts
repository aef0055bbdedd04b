import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser, Fixture } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { createProgramme, createVacancy } from '../testing/referral-fixtures';
import { matchState } from '../testing/match-state';
import { bootTestApp, TestApp } from '../testing/test-app';
import { candidateTokenFor, colleagueReferral, profileVacancy, SKILL } from './fixtures';

const DAY = 86_400_000;
const WITHDRAW = '/api/candidate/referral/matching/withdraw';

/**
 * "Niet meer gevonden worden": a person Search & Match found, who has no account, stops being found through the link of
 * the referral mail (POST /api/candidate/referral/matching/withdraw, or the decline with stopMatching).
 */
describe('stop being found through the candidate link of a Search & Match referral (e2e)', () => {
  const clock = new FakeClock(new Date('2027-04-01T08:00:00Z'));
  let t: TestApp;
  let org: string;
  let hr: Fixture;
  /** Signed in once: logins are rate limited per account. */
  let hrClient: HttpClient;
  let employee: Fixture;
  let vacancyId: string;
  let ip = 0;
  const client = () => new HttpClient(t.app, `10.9.7.${++ip}`);
  const signIn = async (user: Fixture) => {
    const http = client();
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    return http;
  };
  /** A former employee without an account, with matching consent and the vacancy's skills. */
  const contact = async (firstName: string) => {
    const email = `${firstName.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.test`;
    const [row] = await t.dataSource.query(
      `INSERT INTO people (organisation_id, first_name, last_name, email, phase, locale) VALUES ($1, $2, 'de Wit', $3, 'exit', 'nl') RETURNING id`,
      [org, firstName, email],
    );
    await t.dataSource.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at) VALUES ($1, $2, 'matching', 'granted', 'test', $3)`,
      [org, row.id, new Date(clock.now().getTime() - 10 * DAY)],
    );
    // Through HR's profile route, which also writes the person_match_profiles row the ranking reads.
    const skills = { skills: [SKILL.nursingCare, SKILL.hygiene, SKILL.empathy].map((uri) => ({ uri })), occupations: [] };
    expect((await hrClient.request('PUT', `/api/people/${row.id}/skills`, { body: skills })).status).toBe(200);
    return { id: row.id as string, email };
  };
  const refer = async (personId: string) => {
    const res = await hrClient.post(`/api/vacancies/${vacancyId}/matches/${personId}/refer`, {});
    expect(res.status).toBe(201);
    return res.body.referralId as string;
  };
  const tokenFor = (to: string, purpose: 'consent' | 'decline') => candidateTokenFor(t.dataSource, to, purpose);
  const withdraw = (token: string) => client().post(WITHDRAW, { token });
  const lookup = (token: string) => client().post('/api/candidate/referral/lookup', { token });
  const matchingConsent = async (personId: string) =>
    (await t.dataSource.query(`SELECT status, source, withdrawn_at FROM consents WHERE organisation_id = $1 AND person_id = $2 AND purpose = 'matching'`, [org, personId]))[0];
  /** Consent events written by the API (the fixture's own grant has source 'test'). */
  const consentEvents = (personId: string) =>
    t.dataSource.query(
      `SELECT status, source, actor_user_id FROM consent_events WHERE organisation_id = $1 AND person_id = $2 AND purpose = 'matching' AND source <> 'test' ORDER BY occurred_at`,
      [org, personId],
    );
  const audits = (personId: string) =>
    t.dataSource.query(`SELECT actor_user_id, data FROM audit_events WHERE organisation_id = $1 AND subject_id = $2 AND action = 'match.consent_withdrawn'`, [org, personId]);
  const referralRow = async (referralId: string) =>
    (await t.dataSource.query(`SELECT consent_state, erased_at, candidate_person_id, candidate_email FROM referrals WHERE organisation_id = $1 AND id = $2`, [org, referralId]))[0];
  const { matchedIds, scoreRows, consentUntil } = matchState({
    dataSource: () => t.dataSource,
    organisationId: () => org,
    hr: () => hrClient,
    vacancyId: () => vacancyId,
  });

  beforeAll(async () => {
    t = await bootTestApp({ clock });
    org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    hr = await createUser(t.dataSource, org, ['hr_admin']);
    hrClient = await signIn(hr);
    employee = await createUser(t.dataSource, org, ['employee']);
    await createProgramme(t.dataSource, org, { kind: 'combined', consentTimeoutDays: 14 });
    vacancyId = await createVacancy(t.dataSource, org, { title: 'Verpleegkundige Wijkzorg' });
    await profileVacancy(t.dataSource, org, vacancyId);
  }, 60_000);
  afterAll(() => t.close());

  it('withdraws matching consent by link: no longer found, one event and one audit row, the referral untouched; again: nothing new', async () => {
    const ingrid = await contact('Ingrid');
    const referralId = await refer(ingrid.id);
    const consentToken = await tokenFor(ingrid.email, 'consent');
    expect((await lookup(consentToken)).body.match.matchingConsent).toBe(true);
    // The HR list builds the vacancy's plan, so the person has score rows before.
    expect(await matchedIds()).toContain(ingrid.id);
    expect(await scoreRows(ingrid.id)).toBeGreaterThan(0);
    const before = await referralRow(referralId);

    clock.advance(60_000);
    const res = await withdraw(consentToken);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ matchingConsent: false });

    expect(await matchingConsent(ingrid.id)).toEqual({ status: 'withdrawn', source: 'candidate_link', withdrawn_at: clock.now() });
    expect(await consentEvents(ingrid.id)).toEqual([{ status: 'withdrawn', source: 'candidate_link', actor_user_id: null }]);
    expect(await audits(ingrid.id)).toEqual([{ actor_user_id: null, data: { referralId, via: 'candidate_link' } }]);
    expect(await consentUntil(ingrid.id)).toBeNull();
    expect(await scoreRows(ingrid.id)).toBe(0);
    expect(await matchedIds()).not.toContain(ingrid.id);
    // The referral is not declined or erased, and its links still work: the page now says she will not be found again.
    expect(await referralRow(referralId)).toEqual(before);
    expect(before).toMatchObject({ consent_state: 'awaiting_consent', erased_at: null, candidate_person_id: ingrid.id });
    const after = await lookup(consentToken);
    expect(after.status).toBe(200);
    expect(after.body.match.matchingConsent).toBe(false);

    // Again, now through the decline link: the same answer, nothing new written.
    const again = await withdraw(await tokenFor(ingrid.email, 'decline'));
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ matchingConsent: false });
    expect(await consentEvents(ingrid.id)).toHaveLength(1);
    expect(await audits(ingrid.id)).toHaveLength(1);

    // She may still want this job.
    expect((await client().post('/api/candidate/referral/consent', { token: consentToken })).body).toEqual({ consentState: 'consented' });
    expect((await referralRow(referralId)).consent_state).toBe('consented');
    expect((await matchingConsent(ingrid.id)).status).toBe('withdrawn');
  });

  it("refuses a colleague's referral with 409 candidate_referral_not_matched, also as a decline with stopMatching (which then declines nothing)", async () => {
    const { email, referralId: colleagueReferralId } = await colleagueReferral(await signIn(employee), vacancyId);

    const res = await withdraw(await tokenFor(email, 'consent'));
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('candidate_referral_not_matched');

    const declined = await client().post('/api/candidate/referral/decline', { token: await tokenFor(email, 'decline'), stopMatching: true });
    expect(declined.status).toBe(409);
    expect(declined.body.code).toBe('candidate_referral_not_matched');
    expect((await referralRow(colleagueReferralId)).consent_state).toBe('awaiting_consent');
  });

  it('answers a forged token and a link already used by a decline with the invalid-link problem (410), a malformed one with 400', async () => {
    const forged = await withdraw('x'.repeat(43));
    expect(forged.status).toBe(410);
    expect(forged.body.code).toBe('candidate_token_invalid');
    expect((await withdraw('short')).status).toBe(400);

    const joost = await contact('Joost');
    await refer(joost.id);
    const consentToken = await tokenFor(joost.email, 'consent');
    expect((await client().post('/api/candidate/referral/decline', { token: await tokenFor(joost.email, 'decline') })).body).toEqual({ consentState: 'declined' });
    // The decline erased the referral and used up both links: they cannot reach the person any more.
    const used = await withdraw(consentToken);
    expect(used.status).toBe(410);
    expect(used.body.code).toBe('candidate_token_invalid');
    expect((await matchingConsent(joost.id)).status).toBe('granted');
  });

  it('declines with stopMatching: the referral declined and erased and the consent withdrawn, together; the audit row does not name the referral', async () => {
    const mila = await contact('Mila');
    const referralId = await refer(mila.id);
    expect(await matchedIds()).toContain(mila.id);

    const res = await client().post('/api/candidate/referral/decline', { token: await tokenFor(mila.email, 'decline'), stopMatching: true });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ consentState: 'declined', matchingConsent: false });
    expect(await referralRow(referralId)).toEqual({ consent_state: 'declined', erased_at: expect.any(Date), candidate_person_id: null, candidate_email: null });
    expect(await matchingConsent(mila.id)).toMatchObject({ status: 'withdrawn', source: 'candidate_link' });
    expect(await consentEvents(mila.id)).toEqual([{ status: 'withdrawn', source: 'candidate_link', actor_user_id: null }]);
    expect(await audits(mila.id)).toEqual([{ actor_user_id: null, data: { declined: true, via: 'candidate_link' } }]);
    expect(await scoreRows(mila.id)).toBe(0);
    expect(await matchedIds()).not.toContain(mila.id);
  });

  it('is atomic: when the decline fails after the withdrawal, neither happens', async () => {
    const noor = await contact('Noor');
    const referralId = await refer(noor.id);
    // Make the decline's own write (its referral event) fail for this referral only.
    await t.dataSource.query(`
      CREATE FUNCTION test_fail_decline() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.referral_id = '${referralId}' AND NEW.to_value = 'declined' THEN RAISE EXCEPTION 'decline fails in this test'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_fail_decline BEFORE INSERT ON referral_events FOR EACH ROW EXECUTE FUNCTION test_fail_decline();`);
    try {
      const res = await client().post('/api/candidate/referral/decline', { token: await tokenFor(noor.email, 'decline'), stopMatching: true });
      expect(res.status).toBe(500);
    } finally {
      await t.dataSource.query(`DROP TRIGGER test_fail_decline ON referral_events; DROP FUNCTION test_fail_decline();`);
    }
    expect(await matchingConsent(noor.id)).toMatchObject({ status: 'granted' });
    expect(await consentEvents(noor.id)).toEqual([]);
    expect(await audits(noor.id)).toEqual([]);
    expect(await referralRow(referralId)).toMatchObject({ consent_state: 'awaiting_consent', erased_at: null, candidate_person_id: noor.id });
    expect(await matchedIds()).toContain(noor.id);
  });
});
