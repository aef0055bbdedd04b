import { asOrganisationId, ConsentsRepository } from '@kring/server-database';
import { MailingLinks, signMailingLink } from '@kring/server-mailings';
import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { signIn } from '../testing/erm-offboarding-fixtures';
import { matchState } from '../testing/match-state';
import { bootTestApp, TestApp } from '../testing/test-app';
import { profiledJavaVacancy } from './fixtures';

const START = '2027-03-01T09:00:00.000Z';
const ROUTE = '/api/public/mailings/preferences/matching';

describe('matching consent by mailing link (PUT /api/public/mailings/preferences/matching): people without an account', () => {
  let t: TestApp;
  const clock = new FakeClock(START);
  let org: string;
  let hr: HttpClient;
  let vacancyId: string;
  /** ESCO URIs of an English CV that shares skills with the vacancy. */
  let personSkills: string[];
  let ip = 1;
  /** A cookieless client (as from a mail link), each on its own address for the rate limit. */
  const anonymous = () => new HttpClient(t.app, `10.72.0.${ip++}`);

  beforeAll(async () => {
    t = await bootTestApp({ clock });
    org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    ({ vacancyId, personSkills } = await profiledJavaVacancy(t.dataSource, org, hr));
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => clock.set(START));

  /** A former employee without an account, with a skills profile (set by HR) that fits the vacancy. */
  const contact = async (email: string): Promise<string> => {
    const [row] = await t.dataSource.query(
      `INSERT INTO people (organisation_id, first_name, last_name, email, phase) VALUES ($1, 'Sanne', 'de Vries', $2, 'exit') RETURNING id`,
      [org, email],
    );
    const skills = await hr.request('PUT', `/api/people/${row.id}/skills`, { body: { skills: personSkills.map((uri) => ({ uri })), occupations: [] } });
    expect(skills.status).toBe(200);
    return row.id as string;
  };
  const consent = (personId: string, purpose: 'matching' | 'newsletter', status: 'granted' | 'pending', expiresAt: Date | null = new Date('2028-01-01T00:00:00Z')) =>
    t.app.get(ConsentsRepository).set(asOrganisationId(org), personId, purpose, { status, at: clock.now(), source: 'test', expiresAt, legalBasis: 'consent' });
  const sign = (personId: string) => t.app.get(MailingLinks).sign(asOrganisationId(org), { personId, deliveryId: null });
  const put = (token: string, granted: unknown) => anonymous().request('PUT', ROUTE, { body: { token, granted }, csrf: false });
  const lookup = (token: string) => anonymous().post('/api/public/mailings/preferences/lookup', { token });
  const history = async (personId: string) =>
    t.dataSource.query(
      `SELECT purpose, status, source, actor_user_id, expires_at FROM consent_events WHERE organisation_id = $1 AND person_id = $2 AND source <> 'test' ORDER BY occurred_at, id`,
      [org, personId],
    ) as Promise<Array<{ purpose: string; status: string; source: string; actor_user_id: string | null; expires_at: Date | null }>>;
  const audits = async (personId: string) =>
    t.dataSource.query(`SELECT action, actor_user_id, data FROM audit_events WHERE organisation_id = $1 AND subject_id = $2 AND action LIKE 'mailings.%' ORDER BY created_at`, [org, personId]) as Promise<
      Array<{ action: string; actor_user_id: string | null; data: { changes: Record<string, string>; signedIn: boolean } }>
    >;
  const { matchedIds, scoreRows, consentUntil } = matchState({
    dataSource: () => t.dataSource,
    organisationId: () => org,
    hr: () => hr,
    vacancyId: () => vacancyId,
  });
  const topicStates = (body: { topics: Array<{ topic: string; subscribed: boolean }> }) => body.topics.map((x) => [x.topic, x.subscribed]);

  it('lookup: matching is null when the person was never asked, and the stored state when there is a row', async () => {
    const never = await contact('never@example.test');
    const none = await lookup(await sign(never));
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ firstName: 'Sanne', organisationName: 'Zorggroep De Linde', matching: null });

    const asked = await contact('asked@example.test');
    await consent(asked, 'matching', 'granted');
    const shown = await lookup(await sign(asked));
    expect(shown.body.matching).toEqual({ granted: true, status: 'granted', grantedAt: START, expiresAt: '2028-01-01T00:00:00.000Z', withdrawnAt: null, validMonths: 24 });
  });

  it('withdraw by link: gone from the match results and match_scores at once, one event, one audit row (signedIn false); again: nothing; grant: 24 months', async () => {
    const sanne = await contact('sanne.link@example.test');
    await consent(sanne, 'matching', 'granted');
    await consent(sanne, 'newsletter', 'granted');
    const token = await sign(sanne);
    expect(await matchedIds()).toContain(sanne);
    expect(await scoreRows(sanne)).toBeGreaterThan(0);
    const topicsBefore = topicStates((await lookup(token)).body);

    clock.advance(60_000);
    const withdrawn = await put(token, false);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.matching).toMatchObject({ granted: false, status: 'withdrawn', withdrawnAt: '2027-03-01T09:01:00.000Z' });
    expect(topicStates(withdrawn.body)).toEqual(topicsBefore);
    expect(await scoreRows(sanne)).toBe(0);
    expect(await consentUntil(sanne)).toBeNull();
    expect(await matchedIds()).not.toContain(sanne);
    expect(await history(sanne)).toEqual([{ purpose: 'matching', status: 'withdrawn', source: 'preference_centre', actor_user_id: null, expires_at: null }]);
    expect(await audits(sanne)).toEqual([{ action: 'mailings.preferences_changed', actor_user_id: null, data: { changes: { matching: 'withdrawn' }, signedIn: false } }]);

    // The same state again writes nothing.
    clock.advance(60_000);
    const again = await put(token, false);
    expect(again.status).toBe(200);
    expect(again.body.matching.withdrawnAt).toBe('2027-03-01T09:01:00.000Z');
    expect(await history(sanne)).toHaveLength(1);
    expect(await audits(sanne)).toHaveLength(1);

    const granted = await put(token, true);
    expect(granted.body.matching).toMatchObject({ granted: true, status: 'granted', grantedAt: '2027-03-01T09:02:00.000Z', expiresAt: '2029-03-01T09:02:00.000Z' });
    expect(await matchedIds()).toContain(sanne);
    expect((await consentUntil(sanne))?.toISOString()).toBe('2029-03-01T09:02:00.000Z');
    expect((await history(sanne)).map((e) => [e.status, e.actor_user_id, e.expires_at?.toISOString() ?? null])).toEqual([
      ['withdrawn', null, null],
      ['granted', null, '2029-03-01T09:02:00.000Z'],
    ]);
    expect((await audits(sanne)).map((a) => a.data)).toEqual([
      { changes: { matching: 'withdrawn' }, signedIn: false },
      { changes: { matching: 'granted' }, signedIn: false },
    ]);
    // The mail topics were never touched by the matching route.
    expect(topicStates(granted.body)).toEqual(topicsBefore);
    expect((await history(sanne)).every((e) => e.purpose === 'matching')).toBe(true);
  });

  it('withdraws a pending consent too, and the topics route leaves matching alone', async () => {
    const kees = await contact('kees.link@example.test');
    await consent(kees, 'matching', 'pending', null);
    const token = await sign(kees);
    expect((await lookup(token)).body.matching).toMatchObject({ granted: false, status: 'pending' });

    const topics = await anonymous().request('PUT', '/api/public/mailings/preferences', { body: { token, newsletter: true, jobAlerts: false, events: false }, csrf: false });
    expect(topics.status).toBe(200);
    expect(topics.body.matching).toMatchObject({ status: 'pending' });
    expect((await history(kees)).map((e) => e.purpose)).toEqual(['newsletter']);

    const res = await put(token, false);
    expect(res.body.matching).toMatchObject({ granted: false, status: 'withdrawn' });
    expect(topicStates(res.body)).toEqual([
      ['newsletter', true],
      ['job_alerts', false],
      ['events', false],
    ]);
    // Both events carry the test clock's one instant, so their order is not defined: compared as a set.
    expect((await history(kees)).map((e) => [e.purpose, e.status]).sort()).toEqual([
      ['matching', 'withdrawn'],
      ['newsletter', 'granted'],
    ]);
  });

  it('refuses a forged, tampered or unknown link and an erased person (404 mailing_link_invalid), and bad input (400); writes nothing', async () => {
    const piet = await contact('piet.link@example.test');
    await consent(piet, 'matching', 'granted');
    const other = await createOrganisation(t.dataSource, 'Andere organisatie');
    const [b] = await t.dataSource.query(`SELECT link_secret FROM organisations WHERE id = $1`, [other]);
    const genuine = await sign(piet);
    const forged = signMailingLink(b.link_secret, { organisationId: org, personId: piet });
    const tampered = genuine.slice(0, -2) + (genuine.endsWith('AA') ? 'BB' : 'AA');
    for (const token of [forged, tampered, 'm1.not-a-token-at-all.x..yyyyyyyy']) {
      const res = await put(token, false);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('mailing_link_invalid');
    }
    for (const body of [{ token: genuine }, { token: genuine, granted: 'no' }, { token: 'short', granted: false }, { granted: false }]) {
      const res = await anonymous().request('PUT', ROUTE, { body, csrf: false });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('validation_failed');
    }
    await t.dataSource.query(`UPDATE people SET erased_at = now() WHERE organisation_id = $1 AND id = $2`, [org, piet]);
    const erased = await put(genuine, false);
    expect(erased.status).toBe(404);
    expect(erased.body.code).toBe('mailing_link_invalid');
    expect(await history(piet)).toEqual([]);
    expect(await audits(piet)).toEqual([]);
  });
});
