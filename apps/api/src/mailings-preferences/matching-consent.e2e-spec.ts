import { asOrganisationId, PhasesRepository } from '@kring/server-database';
import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser, Fixture } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { signIn } from '../testing/erm-offboarding-fixtures';
import { bootTestApp, TestApp } from '../testing/test-app';
import { profiledJavaVacancy } from './fixtures';

const START = '2027-03-01T09:00:00.000Z';

describe('my matching consent (/api/me/matching-consent): grant, withdraw, expiry, and what the match results show', () => {
  let t: TestApp;
  const clock = new FakeClock(START);
  let org: string;
  let hrUser: Fixture;
  let hr: HttpClient;
  let vacancyId: string;
  /** ESCO URIs of an English CV that shares skills with the vacancy. */
  let personSkills: string[];
  let ip = 1;

  beforeAll(async () => {
    t = await bootTestApp({ clock });
    org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    hrUser = await createUser(t.dataSource, org, ['hr_admin']);
    hr = await signIn(t.app, hrUser);
    ({ vacancyId, personSkills } = await profiledJavaVacancy(t.dataSource, org, hr));
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  /** A signed-in alumnus with a skills profile (set by HR) that fits the vacancy; no consent yet. */
  const alumnus = async (): Promise<{ user: Fixture; http: HttpClient }> => {
    const user = await createUser(t.dataSource, org, ['alumnus']);
    await t.app.get(PhasesRepository).move(asOrganisationId(org), [user.personId], { to: 'exit', cause: 'manual', at: clock.now() });
    const skills = await hr.request('PUT', `/api/people/${user.personId}/skills`, { body: { skills: personSkills.map((uri) => ({ uri })), occupations: [] } });
    expect(skills.status).toBe(200);
    return { user, http: await signIn(t.app, user) };
  };
  const matchedIds = async (client = hr): Promise<string[]> => {
    const res = await client.get(`/api/vacancies/${vacancyId}/matches?limit=100`);
    expect(res.status).toBe(200);
    return (res.body.items as Array<{ personId: string }>).map((m) => m.personId);
  };
  const history = async (personId: string) =>
    t.dataSource.query(`SELECT purpose, status, source, actor_user_id, expires_at FROM consent_events WHERE organisation_id = $1 AND person_id = $2 ORDER BY occurred_at, id`, [
      org,
      personId,
    ]) as Promise<Array<{ purpose: string; status: string; source: string; actor_user_id: string | null; expires_at: Date | null }>>;
  const audits = async (personId: string) =>
    t.dataSource.query(`SELECT action, data FROM audit_events WHERE organisation_id = $1 AND subject_id = $2 ORDER BY created_at`, [org, personId]) as Promise<
      Array<{ action: string; data: { changes: Record<string, string> } }>
    >;

  it('refuses callers without a session (401) and bad input (400 problem+json); PUT needs the CSRF token', async () => {
    const anonymous = new HttpClient(t.app, `10.71.0.${ip++}`);
    expect((await anonymous.get('/api/me/matching-consent')).status).toBe(401);
    expect((await anonymous.request('PUT', '/api/me/matching-consent', { body: { granted: true }, csrf: false })).status).toBe(401);

    const { user, http } = await alumnus();
    for (const body of [{}, { granted: 'yes' }, { granted: 1 }]) {
      const bad = await http.request('PUT', '/api/me/matching-consent', { body });
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.body.code).toBe('validation_failed');
    }
    expect((await http.request('PUT', '/api/me/matching-consent', { body: { granted: true }, csrf: false })).status).toBe(403);
    expect(await history(user.personId)).toEqual([]);
  });

  it('grant: the person appears in the match results at once; withdraw: gone at once; both in the history, each once, audited', async () => {
    clock.set(START);
    const { user, http } = await alumnus();
    const before = await http.get('/api/me/matching-consent');
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ granted: false, status: null, grantedAt: null, expiresAt: null, withdrawnAt: null, validMonths: 24 });
    expect(await matchedIds()).not.toContain(user.personId);

    const granted = await http.request('PUT', '/api/me/matching-consent', { body: { granted: true } });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ granted: true, status: 'granted', grantedAt: START, expiresAt: '2029-03-01T09:00:00.000Z', withdrawnAt: null });
    expect(await matchedIds()).toContain(user.personId);
    // The same state again writes nothing.
    clock.advance(60_000);
    expect((await http.request('PUT', '/api/me/matching-consent', { body: { granted: true } })).body.grantedAt).toBe(START);

    clock.advance(60_000);
    const withdrawn = await http.request('PUT', '/api/me/matching-consent', { body: { granted: false } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ granted: false, status: 'withdrawn', withdrawnAt: '2027-03-01T09:02:00.000Z' });
    expect(await matchedIds()).not.toContain(user.personId);
    expect((await http.request('PUT', '/api/me/matching-consent', { body: { granted: false } })).status).toBe(200);
    expect((await http.get('/api/me/matching-consent')).body).toMatchObject({ granted: false, status: 'withdrawn' });

    expect(await history(user.personId)).toEqual([
      { purpose: 'matching', status: 'granted', source: 'preference_centre', actor_user_id: user.userId, expires_at: new Date('2029-03-01T09:00:00.000Z') },
      { purpose: 'matching', status: 'withdrawn', source: 'preference_centre', actor_user_id: user.userId, expires_at: null },
    ]);
    const audit = await audits(user.personId);
    expect(audit.map((a) => [a.action, a.data.changes])).toEqual([
      ['mailings.preferences_changed', { matching: 'granted' }],
      ['mailings.preferences_changed', { matching: 'withdrawn' }],
    ]);

    // Granting again after a withdrawal is a new grant for 24 months from now.
    const again = await http.request('PUT', '/api/me/matching-consent', { body: { granted: true } });
    expect(again.body).toMatchObject({ granted: true, grantedAt: '2027-03-01T09:02:00.000Z', expiresAt: '2029-03-01T09:02:00.000Z' });
    expect(await matchedIds()).toContain(user.personId);
  });

  it('expiry is respected: after 24 months the person is no longer matched and may grant again', async () => {
    clock.set(START);
    const { user, http } = await alumnus();
    expect((await http.request('PUT', '/api/me/matching-consent', { body: { granted: true } })).status).toBe(200);
    // Sessions do not last two years: sign in again at the later moments.
    clock.set('2029-03-01T08:59:00.000Z');
    expect(await matchedIds(await signIn(t.app, hrUser))).toContain(user.personId);
    clock.set('2029-03-01T09:00:01.000Z');
    const laterHr = await signIn(t.app, hrUser);
    expect(await matchedIds(laterHr)).not.toContain(user.personId);
    const later = await signIn(t.app, user);
    const lapsed = await later.get('/api/me/matching-consent');
    expect(lapsed.body).toMatchObject({ granted: false, status: 'granted', expiresAt: '2029-03-01T09:00:00.000Z' });

    const renewed = await later.request('PUT', '/api/me/matching-consent', { body: { granted: true } });
    expect(renewed.body).toMatchObject({ granted: true, expiresAt: '2031-03-01T09:00:01.000Z' });
    expect(await matchedIds(laterHr)).toContain(user.personId);
    expect((await history(user.personId)).map((e) => e.status)).toEqual(['granted', 'granted']);
  });

  it('changes only the caller\'s own matching consent: not another person\'s, not the mail topics (and the topic route leaves matching alone)', async () => {
    clock.set(START);
    const me = await alumnus();
    const other = await alumnus();
    expect((await other.http.request('PUT', '/api/me/matching-consent', { body: { granted: true } })).status).toBe(200);
    clock.advance(1000);
    expect((await me.http.request('PUT', '/api/me/mail-preferences', { body: { newsletter: true, jobAlerts: false, events: false } })).status).toBe(200);
    clock.advance(1000);
    expect((await me.http.request('PUT', '/api/me/matching-consent', { body: { granted: true } })).status).toBe(200);
    clock.advance(1000);
    expect((await me.http.request('PUT', '/api/me/matching-consent', { body: { granted: false } })).status).toBe(200);
    const matched = await matchedIds();
    expect(matched).toContain(other.user.personId);
    expect(matched).not.toContain(me.user.personId);
    expect((await other.http.get('/api/me/matching-consent')).body).toMatchObject({ granted: true, status: 'granted' });
    expect((await history(other.user.personId)).map((e) => [e.purpose, e.status])).toEqual([['matching', 'granted']]);

    // The mail topics stay as they were, and the matching consent is not among them.
    const mail = await me.http.get('/api/me/mail-preferences');
    expect(mail.body.topics.map((x: { topic: string; subscribed: boolean }) => [x.topic, x.subscribed])).toEqual([
      ['newsletter', true],
      ['job_alerts', false],
      ['events', false],
    ]);
    // Saving mail topics does not touch matching.
    expect((await other.http.request('PUT', '/api/me/mail-preferences', { body: { newsletter: false, jobAlerts: true, events: false } })).status).toBe(200);
    expect((await other.http.get('/api/me/matching-consent')).body).toMatchObject({ granted: true });
    expect((await history(me.user.personId)).map((e) => [e.purpose, e.status])).toEqual([
      ['newsletter', 'granted'],
      ['matching', 'granted'],
      ['matching', 'withdrawn'],
    ]);
  });

  it('answers a stable problem code when the signed-in user\'s person is erased', async () => {
    const { user, http } = await alumnus();
    // Erasure keeps the row but marks it; this flags the person only, as the erasure job would.
    await t.dataSource.query(`UPDATE people SET erased_at = now() WHERE organisation_id = $1 AND id = $2`, [org, user.personId]);
    for (const res of [await http.get('/api/me/matching-consent'), await http.request('PUT', '/api/me/matching-consent', { body: { granted: true } })]) {
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('mail_preferences_no_person');
    }
    expect(await history(user.personId)).toEqual([]);
  });
});
