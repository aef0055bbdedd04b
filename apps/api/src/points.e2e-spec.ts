import { FakeClock } from '@kring/server-testing';
import type { Role } from '@kring/shared-domain';
import { createOrganisation, createUser, Fixture } from './testing/fixtures';
import { HttpClient } from './testing/http-client';
import { createProgramme, createVacancy } from './testing/referral-fixtures';
import { bootTestApp, TestApp } from './testing/test-app';

/** Business dates in the coming year: the test HTTP client drops cookies that expired in real time. */
const Y = new Date().getUTCFullYear() + 1;
const d = (monthDay: string) => `${Y}-${monthDay}`;

interface PointsRow {
  user_id: string;
  kind: string;
  subject_id: string;
  points: number;
  programme_id: string | null;
  vacancy_id: string | null;
  created_at: Date;
}

describe('points and recognition (e2e)', () => {
  let t: TestApp;
  let clock: FakeClock;
  let n = 0;
  const sessions = new Map<string, HttpClient>();

  const signIn = async (user: Fixture) => {
    const cached = sessions.get(user.userId);
    if (cached && (await cached.get('/api/auth/session')).status === 200) return cached;
    const http = new HttpClient(t.app, `10.6.${Math.floor(++n / 250)}.${n % 250}`);
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    sessions.set(user.userId, http);
    return http;
  };
  const user = async (organisationId: string, firstName: string, lastName: string, roles: Role[] = ['employee']) => {
    const u = await createUser(t.dataSource, organisationId, roles);
    await t.dataSource.query(`UPDATE people SET first_name = $2, last_name = $3 WHERE id = $1`, [u.personId, firstName, lastName]);
    return u;
  };
  const pointsOf = (organisationId: string): Promise<PointsRow[]> =>
    t.dataSource.query(
      `SELECT user_id, kind, subject_id, points, programme_id, vacancy_id, created_at FROM points_events WHERE organisation_id = $1 ORDER BY created_at, kind`,
      [organisationId],
    );
  const catchUp = async (): Promise<number> => (await t.dataSource.query(`SELECT points_catch_up() AS n`))[0].n;

  /**
   * A referral straight into the database (as a seed or an import would write it): the triggers award points on
   * every write path. `stage`/`stageAt` set the stage and the business time of that move (default: `at`).
   */
  const insertReferral = async (o: { organisationId: string; programmeId: string; referrerUserId: string; vacancyId: string | null; at: string; stage?: string; stageAt?: string }) => {
    const [row] = await t.dataSource.query(
      `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_name, candidate_email, consent_state, consent_due_at,
                              consent_decided_at, stage, stage_changed_at, created_at)
       VALUES ($1, $2, $3, $4, 'Kandidaat', $5, 'consented', $6, $6, $7, $8, $6) RETURNING id`,
      [o.organisationId, o.programmeId, o.vacancyId, o.referrerUserId, `k${++n}.${Date.now()}@example.test`, o.at, o.stage ?? 'new', o.stageAt ?? o.at],
    );
    return row.id as string;
  };

  const world = async (name = 'Zorg BV') => {
    const organisationId = await createOrganisation(t.dataSource, name);
    const hr = await user(organisationId, 'Hanna', 'Personeelszaken', ['hr_admin']);
    const programmeId = await createProgramme(t.dataSource, organisationId, { kind: 'combined', name: 'Zorgprogramma' });
    const vacancyId = await createVacancy(t.dataSource, organisationId, { title: 'Verpleegkundige' });
    await t.dataSource.query(`UPDATE vacancies SET department = 'Zorg' WHERE id = $1`, [vacancyId]);
    return { organisationId, hr, programmeId, vacancyId };
  };

  beforeAll(async () => {
    clock = new FakeClock(`${d('03-02')}T08:00:00Z`);
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());

  it('awards share, referral, interview and hire points once each as things happen through the API', async () => {
    clock.set(`${d('03-02')}T08:00:00Z`);
    const w = await world();
    const employee = await user(w.organisationId, 'Eva', 'de Vries');
    const me = await signIn(employee);
    const hr = await signIn(w.hr);

    // Share: the first link for a vacancy counts; asking for it again returns the same link and no new points.
    expect((await me.post(`/api/open-vacancies/${w.vacancyId}/share-link`)).status).toBe(200);
    expect((await me.post(`/api/open-vacancies/${w.vacancyId}/share-link`)).status).toBe(200);
    expect((await pointsOf(w.organisationId)).map((p) => [p.kind, p.points, p.programme_id])).toEqual([['share', 5, null]]);

    const submitted = await me.post('/api/referrals', {
      vacancyId: w.vacancyId,
      candidateName: 'Sam Jansen',
      candidateEmail: `sam.${Date.now()}@example.test`,
      relationship: 'former_colleague',
      candidateInformed: true,
    });
    expect(submitted.status).toBe(201);
    const id = submitted.body.id as string;
    let points = await pointsOf(w.organisationId);
    expect(points.filter((p) => p.kind === 'referral')).toEqual([
      expect.objectContaining({ user_id: employee.userId, subject_id: id, points: 25, programme_id: w.programmeId, vacancy_id: w.vacancyId, created_at: new Date(`${d('03-02')}T08:00:00Z`) }),
    ]);

    expect((await hr.post(`/api/referrals/${id}/consent`, { note: 'by phone' })).status).toBe(200);
    clock.set(`${d('03-03')}T09:00:00Z`);
    expect((await hr.post(`/api/referrals/${id}/stage`, { stage: 'screening' })).status).toBe(200);
    expect((await pointsOf(w.organisationId)).map((p) => p.kind)).toEqual(['share', 'referral']);
    clock.set(`${d('03-04')}T09:00:00Z`);
    expect((await hr.post(`/api/referrals/${id}/stage`, { stage: 'interview' })).status).toBe(200);
    // Moving back and into interview again does not count twice.
    expect((await hr.post(`/api/referrals/${id}/stage`, { stage: 'screening' })).status).toBe(200);
    expect((await hr.post(`/api/referrals/${id}/stage`, { stage: 'interview' })).status).toBe(200);
    expect((await hr.post(`/api/referrals/${id}/stage`, { stage: 'offer' })).status).toBe(200);
    clock.set(`${d('03-05')}T09:00:00Z`);
    expect((await hr.post(`/api/referrals/${id}/stage`, { stage: 'hired', startDate: d('04-01'), probationMonths: 2 })).status).toBe(200);

    points = await pointsOf(w.organisationId);
    expect(points.map((p) => [p.kind, p.points, p.created_at.toISOString()])).toEqual([
      ['share', 5, expect.any(String)], // database time of the link (not business time)
      ['referral', 25, `${d('03-02')}T08:00:00.000Z`],
      ['interview', 50, `${d('03-04')}T09:00:00.000Z`],
      ['hire', 100, `${d('03-05')}T09:00:00.000Z`],
    ]);
    // The catch-up derivation finds nothing missing, however often it runs.
    expect(await catchUp()).toBe(0);
    expect(await catchUp()).toBe(0);
    expect(await pointsOf(w.organisationId)).toHaveLength(4);

    const mine = await me.get('/api/my/points');
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({
      total: 180,
      level: { index: 1, threshold: 100, nameNl: 'Verbinder', nameEn: 'Connector' },
      nextLevel: { threshold: 300, nameNl: 'Ambassadeur', nameEn: 'Ambassador', pointsToGo: 120 },
      rewardPoints: 0,
      leaderboardOptIn: false,
      events: [
        { kind: 'hire', points: 100, at: `${d('03-05')}T09:00:00.000Z`, subjectId: id, vacancyTitle: 'Verpleegkundige' },
        { kind: 'interview', points: 50, at: `${d('03-04')}T09:00:00.000Z`, subjectId: id, vacancyTitle: 'Verpleegkundige' },
        { kind: 'referral', points: 25, at: `${d('03-02')}T08:00:00.000Z`, subjectId: id, vacancyTitle: 'Verpleegkundige' },
        { kind: 'share', points: 5, at: expect.any(String), subjectId: points[0]!.subject_id, vacancyTitle: 'Verpleegkundige' },
      ],
    });
    // HR's own points are separate (none).
    expect((await hr.get('/api/my/points')).body).toMatchObject({ total: 0, level: { nameNl: 'Starter' }, events: [] });
  });

  it('an application through a share link is a referral of the link owner; straight to hired counts interview too', async () => {
    clock.set(`${d('03-10')}T08:00:00Z`);
    const w = await world();
    const owner = await user(w.organisationId, 'Omar', 'Bakker');
    const { body: link } = await (await signIn(owner)).post(`/api/open-vacancies/${w.vacancyId}/share-link`);
    const applied = await new HttpClient(t.app, '10.6.200.1').post(`/api/public/share-links/${link.code}/applications`, {
      name: 'Lotte',
      email: `lotte.${Date.now()}@example.test`,
      consent: true,
    });
    expect(applied.status).toBe(201);
    const [referral] = await t.dataSource.query(`SELECT id FROM referrals WHERE organisation_id = $1`, [w.organisationId]);
    expect((await pointsOf(w.organisationId)).map((p) => [p.user_id, p.kind, p.points])).toEqual([
      [owner.userId, 'share', 5],
      [owner.userId, 'referral', 25],
    ]);
    expect((await (await signIn(w.hr)).post(`/api/referrals/${referral.id}/stage`, { stage: 'hired', startDate: d('04-01'), probationMonths: 1 })).status).toBe(200);
    expect((await pointsOf(w.organisationId)).map((p) => p.kind).sort()).toEqual(['hire', 'interview', 'referral', 'share']);
    expect((await (await signIn(owner)).get('/api/my/points')).body.total).toBe(180);
  });

  it('a referral erased after the candidate declined keeps its referral points, and the points hold no personal data', async () => {
    clock.set(`${d('03-12')}T08:00:00Z`);
    const w = await world();
    const employee = await user(w.organisationId, 'Eva', 'Smit');
    const email = `decliner.${Date.now()}@example.test`;
    const submitted = await (await signIn(employee)).post('/api/referrals', {
      vacancyId: w.vacancyId,
      candidateName: 'Dirk Declined',
      candidateEmail: email,
      relationship: 'friend',
      candidateInformed: true,
    });
    expect(submitted.status).toBe(201);
    const [mail] = await t.dataSource.query(`SELECT text_body FROM mail_messages WHERE to_address = $1 AND kind = 'referral_consent'`, [email]);
    const token = (mail.text_body as string).match(/\/candidate\/decline\?token=([A-Za-z0-9_-]+)/)![1];
    expect((await new HttpClient(t.app, '10.6.200.2').post('/api/candidate/referral/decline', { token })).body).toEqual({ consentState: 'declined' });
    const [erased] = await t.dataSource.query(`SELECT erased_at, candidate_name FROM referrals WHERE id = $1`, [submitted.body.id]);
    expect(erased).toMatchObject({ erased_at: expect.any(Date), candidate_name: null });

    const mine = await (await signIn(employee)).get('/api/my/points');
    expect(mine.body.total).toBe(25);
    expect(mine.body.events).toEqual([{ kind: 'referral', points: 25, at: `${d('03-12')}T08:00:00.000Z`, subjectId: submitted.body.id, vacancyTitle: 'Verpleegkundige' }]);
    expect(JSON.stringify(mine.body)).not.toContain('Dirk');
  });

  it('HR changes values and levels: validated, audited, applied to new events only; referrers may read but not change them', async () => {
    clock.set(`${d('03-15')}T08:00:00Z`);
    const w = await world();
    const employee = await user(w.organisationId, 'Eva', 'Jansen');
    const me = await signIn(employee);
    const hr = await signIn(w.hr);

    const defaults = await me.get('/api/points/settings');
    expect(defaults.body).toEqual({
      values: { share: 5, referral: 25, interview: 50, hire: 100 },
      levels: [
        { threshold: 0, nameNl: 'Starter', nameEn: 'Starter' },
        { threshold: 100, nameNl: 'Verbinder', nameEn: 'Connector' },
        { threshold: 300, nameNl: 'Ambassadeur', nameEn: 'Ambassador' },
        { threshold: 750, nameNl: 'Kringleider', nameEn: 'Circle leader' },
      ],
      isDefault: true,
      updatedAt: null,
    });
    const first = await insertReferral({ ...w, referrerUserId: employee.userId, at: `${d('03-15')}T08:00:00Z` });

    const settings = {
      values: { share: 1, referral: 40, interview: 0, hire: 200 },
      levels: [
        { threshold: 0, nameNl: 'Nieuw', nameEn: 'New' },
        { threshold: 50, nameNl: 'Brons', nameEn: 'Bronze' },
        { threshold: 500, nameNl: 'Goud', nameEn: 'Gold' },
      ],
    };
    expect((await me.request('PUT', '/api/points/settings', { body: settings })).status).toBe(403);
    const bad = async (body: unknown) => {
      const res = await hr.request('PUT', '/api/points/settings', { body });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      return [...new Set((res.body.errors as Array<{ field: string }>).map((e) => e.field))];
    };
    expect(await bad({ ...settings, values: { ...settings.values, share: -1 } })).toEqual(['values.share']);
    expect(await bad({ ...settings, values: { ...settings.values, hire: 2.5 } })).toEqual(['values.hire']);
    expect(await bad({ ...settings, values: { share: 1, referral: 2, interview: 3 } })).toEqual(['values.hire']);
    expect(await bad({ levels: settings.levels })).toContain('values');
    expect(await bad({ ...settings, levels: [] })).toEqual(['levels']);
    expect(await bad({ ...settings, levels: [{ threshold: 10, nameNl: 'A', nameEn: 'A' }] })).toEqual(['levels.0.threshold']);
    expect(await bad({ ...settings, levels: [settings.levels[0], { threshold: 0, nameNl: 'B', nameEn: 'B' }] })).toEqual(['levels.1.threshold']);
    expect(await bad({ ...settings, levels: [{ threshold: 0, nameNl: ' ', nameEn: 'A' }] })).toEqual(['levels.0.nameNl']);
    expect(await bad({ ...settings, multiplier: 2 })).toEqual(['multiplier']);
    expect((await me.get('/api/points/settings')).body.isDefault).toBe(true);

    clock.set(`${d('03-16')}T08:00:00Z`);
    const saved = await hr.request('PUT', '/api/points/settings', { body: settings });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ ...settings, isDefault: false, updatedAt: `${d('03-16')}T08:00:00.000Z` });
    expect((await me.get('/api/points/settings')).body).toEqual(saved.body);
    const [audit] = await t.dataSource.query(`SELECT action, actor_user_id, data FROM audit_events WHERE organisation_id = $1 AND action = 'points_settings.changed'`, [w.organisationId]);
    expect(audit).toMatchObject({ actor_user_id: w.hr.userId, data: { previous: null, values: settings.values } });

    // The first referral keeps 25; a new one earns 40; hired straight away: interview is worth 0 now (recorded, not shown).
    const second = await insertReferral({ ...w, referrerUserId: employee.userId, at: `${d('03-16')}T09:00:00Z`, stage: 'hired', stageAt: `${d('03-17')}T09:00:00Z` });
    expect((await pointsOf(w.organisationId)).map((p) => [p.subject_id, p.kind, p.points])).toEqual([
      [first, 'referral', 25],
      [second, 'referral', 40],
      [second, 'hire', 200],
      [second, 'interview', 0],
    ]);
    const mine = await me.get('/api/my/points');
    expect(mine.body).toMatchObject({
      total: 265,
      level: { index: 1, nameNl: 'Brons', threshold: 50 },
      nextLevel: { nameNl: 'Goud', threshold: 500, pointsToGo: 235 },
    });
    expect(mine.body.events.map((e: { kind: string; points: number }) => [e.kind, e.points])).toEqual([
      ['hire', 200],
      ['referral', 40],
      ['referral', 25],
    ]);
    // Awarded points are history: the database refuses to rewrite them.
    await expect(t.dataSource.query(`UPDATE points_events SET points = 1 WHERE subject_id = $1`, [first])).rejects.toThrow(/immutable/);
  });

  it('keeps reward (milestone) points apart from recognition points', async () => {
    clock.set(`${d('03-18')}T08:00:00Z`);
    const w = await world();
    const employee = await user(w.organisationId, 'Ravi', 'Kumar');
    const referralId = await insertReferral({ ...w, referrerUserId: employee.userId, at: `${d('03-18')}T08:00:00Z` });
    const [rule] = await t.dataSource.query(
      `INSERT INTO reward_rules (organisation_id, programme_id, currency, milestones, conditions, valid_from)
       VALUES ($1, $2, 'EUR', '[{"key":"start","trigger":"started","amounts":{"employee":{"points":70}}}]', '{}', $3) RETURNING id`,
      [w.organisationId, w.programmeId, `${d('01-01')}T00:00:00Z`],
    );
    for (const [key, status] of [
      ['start', 'approved'],
      ['later', 'pending'],
    ] as const) {
      await t.dataSource.query(
        `INSERT INTO reward_ledger (organisation_id, referral_id, milestone_key, rule_id, referrer_user_id, audience, amount_cents, currency, points, due_on, status, approved_at)
         VALUES ($1, $2, $3, $4, $5, 'employee', 0, 'EUR', 70, $6, $7, $8)`,
        [w.organisationId, referralId, key, rule.id, employee.userId, d('03-18'), status, status === 'approved' ? new Date() : null],
      );
    }
    const mine = await (await signIn(employee)).get('/api/my/points');
    expect(mine.body).toMatchObject({ total: 25, rewardPoints: 70, level: { nameNl: 'Starter' } });
  });

  it('opting in and out of the leaderboard: only for yourself, validated, audited', async () => {
    clock.set(`${d('03-20')}T08:00:00Z`);
    const w = await world();
    const alumnus = await user(w.organisationId, 'Anna', 'Oud', ['alumnus']);
    const http = await signIn(alumnus);
    expect((await http.patch('/api/me/recognition', { leaderboardOptIn: true })).body).toEqual({ leaderboardOptIn: true });
    expect((await http.get('/api/my/points')).body.leaderboardOptIn).toBe(true);
    expect((await http.patch('/api/me/recognition', { leaderboardOptIn: 'yes' })).status).toBe(400);
    expect((await http.patch('/api/me/recognition', {})).status).toBe(400);
    expect((await http.patch('/api/me/recognition', { leaderboardOptIn: true, userId: w.hr.userId })).status).toBe(400);
    expect((await http.request('PATCH', '/api/me/recognition', { body: { leaderboardOptIn: false }, csrf: false })).status).toBe(403);
    expect((await http.patch('/api/me/recognition', { leaderboardOptIn: false })).body).toEqual({ leaderboardOptIn: false });
    const rows = await t.dataSource.query(`SELECT id, leaderboard_opt_in FROM users WHERE organisation_id = $1 ORDER BY leaderboard_opt_in`, [w.organisationId]);
    expect(rows.every((r: { leaderboard_opt_in: boolean }) => r.leaderboard_opt_in === false)).toBe(true);
    const audit = await t.dataSource.query(`SELECT data FROM audit_events WHERE organisation_id = $1 AND action = 'user.leaderboard_opt_in_changed' ORDER BY created_at`, [w.organisationId]);
    expect(audit.map((a: { data: { leaderboardOptIn: boolean } }) => a.data.leaderboardOptIn)).toEqual([true, false]);
    const anonymous = new HttpClient(t.app, '10.6.200.3');
    expect((await anonymous.patch('/api/me/recognition', { leaderboardOptIn: true })).status).toBe(401);
    expect((await anonymous.get('/api/points/leaderboard')).status).toBe(401);
    expect((await anonymous.get('/api/my/points')).status).toBe(401);
  });

  describe('the leaderboard', () => {
    let w: Awaited<ReturnType<typeof world>>;
    let other: Awaited<ReturnType<typeof world>>;
    let alice: Fixture;
    let bob: Fixture;
    let carol: Fixture;
    let eve: Fixture;
    let gone: Fixture;
    let programmeB: string;
    let ictVacancy: string;
    const SECRET_NAMES = ['Bob', 'Bouwman', 'Carol', 'Geheim', 'Gina', 'Gone', 'Dave', 'Buitenland', 'Eve', 'Eerlijk'];

    const board = async (as: Fixture, query = '') => {
      const res = await (await signIn(as)).get(`/api/points/leaderboard${query}`);
      expect(res.status).toBe(200);
      return res.body as {
        from: string;
        to: string;
        department: string | null;
        participants: number;
        items: Array<{ rank: number; name: string | null; points: number; isYou: boolean }>;
        you: { rank: number; name: string | null; points: number; isYou: boolean } | null;
      };
    };
    const rows = (b: Awaited<ReturnType<typeof board>>) => b.items.map((i) => [i.rank, i.name, i.points, i.isYou]);

    beforeAll(async () => {
      clock.set(`${d('04-10')}T10:00:00Z`);
      w = await world('Kring Zorg');
      other = await world('Ander BV');
      programmeB = await createProgramme(t.dataSource, w.organisationId, { kind: 'combined', name: 'ICT-programma' });
      ictVacancy = await createVacancy(t.dataSource, w.organisationId, { title: 'Developer' });
      await t.dataSource.query(`UPDATE vacancies SET department = 'ICT' WHERE id = $1`, [ictVacancy]);
      alice = await user(w.organisationId, 'Alice', 'Zichtbaar');
      bob = await user(w.organisationId, 'Bob', 'Bouwman');
      carol = await user(w.organisationId, 'Carol', 'Geheim', ['alumnus']);
      eve = await user(w.organisationId, 'Eve', 'Eerlijk', ['external_referrer']);
      gone = await user(w.organisationId, 'Gina', 'Gone');
      const dave = await user(other.organisationId, 'Dave', 'Buitenland');
      await (await signIn(alice)).patch('/api/me/recognition', { leaderboardOptIn: true });
      await (await signIn(dave)).patch('/api/me/recognition', { leaderboardOptIn: true });
      await (await signIn(gone)).patch('/api/me/recognition', { leaderboardOptIn: true });

      const A = { organisationId: w.organisationId, programmeId: w.programmeId, vacancyId: w.vacancyId }; // Zorg
      const B = { organisationId: w.organisationId, programmeId: programmeB, vacancyId: ictVacancy }; // ICT
      // April (Amsterdam): alice 25 + 50 + 100 (A, Zorg); bob 25 + 25 (B, ICT) + 25 (A, Zorg) = 75; carol 25 (B) + 50 interview (B) = 75;
      // eve 25 (A); gina 500 worth but deactivated. The first minutes of 1 April in Amsterdam are 31 March in UTC.
      await insertReferral({ ...A, referrerUserId: alice.userId, at: `${d('03-31')}T22:30:00Z`, stage: 'hired', stageAt: `${d('04-02')}T10:00:00Z` });
      await insertReferral({ ...B, referrerUserId: bob.userId, at: `${d('04-03')}T10:00:00Z` });
      await insertReferral({ ...B, referrerUserId: bob.userId, at: `${d('04-04')}T10:00:00Z` });
      await insertReferral({ ...A, referrerUserId: bob.userId, at: `${d('04-05')}T10:00:00Z` });
      await insertReferral({ ...B, referrerUserId: carol.userId, at: `${d('04-05')}T10:00:00Z`, stage: 'interview', stageAt: `${d('04-06')}T10:00:00Z` });
      await insertReferral({ ...A, referrerUserId: eve.userId, at: `${d('04-07')}T10:00:00Z` });
      for (let i = 0; i < 4; i++) await insertReferral({ ...A, referrerUserId: gone.userId, at: `${d('04-07')}T10:00:00Z`, stage: 'hired' });
      await t.dataSource.query(`UPDATE users SET status = 'deactivated', deactivated_at = now() WHERE id = $1`, [gone.userId]);
      // March: bob on the 20th, alice at 23:30 on 31 March in Amsterdam (21:30 UTC; 22:30 UTC above is 00:30 on 1 April).
      await insertReferral({ ...B, referrerUserId: bob.userId, at: `${d('03-20')}T10:00:00Z` });
      await insertReferral({ ...A, referrerUserId: alice.userId, at: `${d('03-31')}T21:30:00Z` }); // 23:30 on 31 March in Amsterdam
      // Another organisation: many points, opted in.
      for (let i = 0; i < 3; i++) {
        await insertReferral({ organisationId: other.organisationId, programmeId: other.programmeId, vacancyId: other.vacancyId, referrerUserId: dave.userId, at: `${d('04-05')}T10:00:00Z`, stage: 'hired' });
      }
    });

    it('ranks this month by default, names only people who opted in, and shows you yourself', async () => {
      const asBob = await board(bob);
      expect([asBob.from, asBob.to]).toEqual([d('04-01'), d('04-10')]);
      expect(asBob.participants).toBe(4);
      expect(rows(asBob)).toEqual([
        [1, 'Alice Zichtbaar', 175, false],
        [2, 'Bob Bouwman', 75, true],
        [2, null, 75, false],
        [4, null, 25, false],
      ]);
      expect(asBob.you).toEqual({ rank: 2, name: 'Bob Bouwman', points: 75, isYou: true });

      const asAlice = await board(alice);
      expect(rows(asAlice)).toEqual([
        [1, 'Alice Zichtbaar', 175, true],
        [2, null, 75, false],
        [2, null, 75, false],
        [4, null, 25, false],
      ]);
      const json = JSON.stringify(asAlice);
      for (const secret of [...SECRET_NAMES, bob.userId, carol.userId, eve.userId, bob.email]) expect(json).not.toContain(secret);

      // HR sees the same: no names without opt-in, whoever asks.
      const asHr = await board(w.hr);
      expect(rows(asHr)).toEqual(rows(asAlice).map(([rank, name, points]) => [rank, name, points, false]));
      expect(asHr.you).toBeNull();
      for (const secret of SECRET_NAMES) expect(JSON.stringify(asHr)).not.toContain(secret);
    });

    it('includes your position when outside the top', async () => {
      const asEve = await board(eve, '?limit=1');
      expect(rows(asEve)).toEqual([[1, 'Alice Zichtbaar', 175, false]]);
      expect(asEve.you).toEqual({ rank: 4, name: 'Eve Eerlijk', points: 25, isYou: true });
      expect(asEve.participants).toBe(4);
    });

    it('filters by programme, department (case-insensitive) and period in Amsterdam days', async () => {
      expect(rows(await board(alice, `?programmeId=${programmeB}`))).toEqual([
        [1, null, 75, false],
        [2, null, 50, false],
      ]);
      expect(rows(await board(alice, `?programmeId=${w.programmeId}`))).toEqual([
        [1, 'Alice Zichtbaar', 175, true],
        [2, null, 25, false],
        [2, null, 25, false],
      ]);
      expect(rows(await board(carol, '?department=%20zorg%20'))).toEqual([
        [1, 'Alice Zichtbaar', 175, false],
        [2, null, 25, false],
        [2, null, 25, false],
      ]);
      const ict = await board(carol, '?department=ICT');
      expect(rows(ict)).toEqual([
        [1, 'Carol Geheim', 75, true],
        [2, null, 50, false],
      ]);
      expect(ict.department).toBe('ICT');
      expect(rows(await board(alice, '?department=Finance'))).toEqual([]);
      expect((await board(alice, '?department=Finance')).participants).toBe(0);

      const march = await board(alice, `?from=${d('03-01')}&to=${d('03-31')}`);
      expect(rows(march)).toEqual([
        [1, 'Alice Zichtbaar', 25, true],
        [1, null, 25, false],
      ]);
      const lastDayOfMarch = await board(alice, `?from=${d('03-31')}&to=${d('03-31')}`);
      expect(rows(lastDayOfMarch)).toEqual([[1, 'Alice Zichtbaar', 25, true]]);
      const firstOfApril = await board(alice, `?from=${d('04-01')}&to=${d('04-01')}`);
      expect(rows(firstOfApril)).toEqual([[1, 'Alice Zichtbaar', 25, true]]);
      expect(rows(await board(alice, `?from=${d('04-08')}&to=${d('12-31')}`))).toEqual([]);
    });

    it("never shows another organisation's people or points, and leaves deactivated users out", async () => {
      const ours = await board(alice, `?from=${d('01-01')}&to=${d('12-31')}&limit=100`);
      expect(ours.items.every((i) => i.points < 300)).toBe(true);
      expect(ours.participants).toBe(4);
      const theirs = await board(other.hr, `?from=${d('01-01')}&to=${d('12-31')}`);
      expect(rows(theirs)).toEqual([[1, 'Dave Buitenland', 525, false]]);
      expect(JSON.stringify(theirs)).not.toContain('Alice');
      // Our programme's id in their organisation matches nothing.
      expect(rows(await board(other.hr, `?programmeId=${w.programmeId}&from=${d('01-01')}`))).toEqual([]);
      const deactivated = await t.dataSource.query(`SELECT sum(points)::int AS n FROM points_events WHERE user_id = $1`, [gone.userId]);
      expect(deactivated[0].n).toBe(700);
    });

    it('answers 400 on bad filters', async () => {
      const http = await signIn(alice);
      const fields = async (query: string) => {
        const res = await http.get(`/api/points/leaderboard${query}`);
        expect(res.status).toBe(400);
        return (res.body.errors as Array<{ field: string }>).map((e) => e.field);
      };
      expect(await fields(`?from=${d('04-10')}&to=${d('04-01')}`)).toEqual(['to']);
      expect(await fields('?from=10-04-2027')).toEqual(['from']);
      expect(await fields('?limit=0')).toEqual(['limit']);
      expect(await fields('?limit=101')).toEqual(['limit']);
      expect(await fields('?programmeId=abc')).toEqual(['programmeId']);
      expect(await fields(`?department=${'x'.repeat(101)}`)).toEqual(['department']);
      expect(await fields('?userId=x')).toEqual(['userId']);
    });
  });
});
