import { FakeClock } from '@kring/server-testing';
import { ermOrganisation } from '../testing/erm-people-fixtures';
import { createUser } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { bootTestApp, TestApp } from '../testing/test-app';

const DAY = 86_400_000;

describe('ERM people (e2e)', () => {
  let t: TestApp;
  const clock = new FakeClock('2027-03-02T09:00:00Z');
  const fields = (body: { errors?: Array<{ field: string }> }) => [...new Set((body.errors ?? []).map((e) => e.field))].sort();

  beforeAll(async () => {
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());

  describe('create and update', () => {
    it('adds a person with normalised email and labels, starting their phase history; a known email answers 409 with the existing id', async () => {
      const org = await ermOrganisation(t);
      const created = await org.hr.post('/api/people', {
        firstName: ' Fatima ',
        lastName: 'El Amrani',
        email: ' Fatima.ElAmrani@Example.TEST ',
        phone: '+31 6 1111 2222',
        locale: 'en',
        location: 'Utrecht',
        functionTitle: 'Verpleegkundige',
        department: 'Zorg',
        skills: ['Wondzorg', ' wondzorg ', 'BIG-registratie'],
        tags: [' Alumni ', 'alumni', 'Kerst  2026'],
        phase: 'relation',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        firstName: 'Fatima',
        email: 'fatima.elamrani@example.test',
        locale: 'en',
        phase: 'relation',
        source: 'manual',
        skills: ['wondzorg', 'big-registratie'],
        tags: ['alumni', 'kerst 2026'],
        engagementLevel: 'none',
        engagementScore: 0,
        boomerangAt: null,
        hasAccount: false,
        consents: [],
      });
      expect(created.body.phaseHistory).toEqual([expect.objectContaining({ fromPhase: null, toPhase: 'relation', cause: 'created' })]);

      const again = await org.hr.post('/api/people', { firstName: 'F.', email: 'FATIMA.elamrani@example.test' });
      expect(again.status).toBe(409);
      expect(again.headers['content-type']).toContain('application/problem+json');
      expect(again.body).toMatchObject({ code: 'person_email_taken', existingPersonId: created.body.id });

      // Another organisation may know the same address: one person per organisation.
      const other = await ermOrganisation(t, 'Ander');
      expect((await other.hr.post('/api/people', { firstName: 'Fatima', email: 'fatima.elamrani@example.test' })).status).toBe(201);
      // Without an email there is nothing to deduplicate on.
      expect((await org.hr.post('/api/people', { firstName: 'Zonder' })).status).toBe(201);
      expect((await org.hr.post('/api/people', { firstName: 'Zonder' })).status).toBe(201);
    });

    it('refuses invalid input with field errors (400)', async () => {
      const org = await ermOrganisation(t);
      const res = await org.hr.post('/api/people', { email: 'geen-adres', phase: 'sleeping', tags: ['x'.repeat(61)], source: 'import' });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(fields(res.body)).toEqual(['email', 'firstName', 'phase', 'source', 'tags']);
    });

    it('updates profile fields, keeps source and phase, deduplicates the email and refuses nulls for required fields', async () => {
      const org = await ermOrganisation(t);
      const taken = await org.person({ email: 'bezet@example.test' });
      const { body: person } = await org.hr.post('/api/people', { firstName: 'Jan', email: 'jan@example.test', phase: 'orientation' });
      const updated = await org.hr.patch(`/api/people/${person.id}`, {
        lastName: 'de Vries',
        email: 'Jan.deVries@Example.test',
        location: '  Amersfoort ',
        department: '',
        tags: ['Zorg', 'ZORG', 'nachtdienst'],
        skills: [],
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        firstName: 'Jan',
        lastName: 'de Vries',
        email: 'jan.devries@example.test',
        location: 'Amersfoort',
        department: null,
        tags: ['zorg', 'nachtdienst'],
        skills: [],
        source: 'manual',
        phase: 'orientation',
      });

      const clash = await org.hr.patch(`/api/people/${person.id}`, { email: 'BEZET@example.test' });
      expect(clash.status).toBe(409);
      expect(clash.body).toMatchObject({ code: 'person_email_taken', existingPersonId: taken });
      expect((await org.hr.patch(`/api/people/${person.id}`, { email: 'jan.devries@example.test' })).status).toBe(200);

      const nulls = await org.hr.patch(`/api/people/${person.id}`, { firstName: null, tags: null });
      expect(nulls.status).toBe(400);
      expect(fields(nulls.body)).toEqual(['firstName', 'tags']);
      expect(fields((await org.hr.patch(`/api/people/${person.id}`, { phase: 'exit', source: 'import' })).body)).toEqual(['phase', 'source']);
    });
  });

  describe('access', () => {
    it('answers 401 without a session, 403 for other roles and 404 for unknown ids or another organisation’s people', async () => {
      const org = await ermOrganisation(t);
      const other = await ermOrganisation(t, 'Ander');
      const foreign = await other.person({ firstName: 'Geheim' });
      const own = await org.person();
      const anonymous = new HttpClient(t.app, '10.99.0.1');
      expect((await anonymous.get('/api/people')).status).toBe(401);
      expect((await anonymous.get(`/api/people/${own}/timeline`)).status).toBe(401);
      for (const role of ['employee', 'alumnus'] as const) {
        const http = await org.member([role]);
        expect((await http.get('/api/people')).status).toBe(403);
        expect((await http.get(`/api/people/${own}`)).status).toBe(403);
        expect((await http.post('/api/people', { firstName: 'X' })).status).toBe(403);
        expect((await http.get(`/api/people/${own}/timeline`)).status).toBe(403);
        expect((await http.post('/api/people/phase', { personIds: [own], to: 'exit', reason: 'x' })).status).toBe(403);
      }
      expect((await org.hr.get(`/api/people/${foreign}`)).status).toBe(404);
      expect((await org.hr.patch(`/api/people/${foreign}`, { firstName: 'Gekaapt' })).status).toBe(404);
      expect((await org.hr.get(`/api/people/${foreign}/timeline`)).status).toBe(404);
      expect((await org.hr.post(`/api/people/${foreign}/phase`, { to: 'exit', reason: 'x' })).status).toBe(404);
      expect((await org.hr.post(`/api/people/${foreign}/touchpoints`, { channel: 'post', note: 'x' })).status).toBe(404);
      expect((await org.hr.get('/api/people/not-a-uuid')).status).toBe(400);
      const [row] = await t.dataSource.query(`SELECT first_name FROM people WHERE id = $1`, [foreign]);
      expect(row.first_name).toBe('Geheim');
    });
  });

  describe('list', () => {
    it('filters, searches and pages, with a total under the same filter and only the own organisation', async () => {
      const org = await ermOrganisation(t);
      const other = await ermOrganisation(t, 'Ander');
      await other.person({ firstName: 'Anna', lastName: 'Andermans', phase: 'exit', location: 'Utrecht' });
      const anna = await org.person({ firstName: 'Anna', lastName: 'Bakker', email: 'anna@example.test', phase: 'exit', location: 'Utrecht', tags: ['alumni'] });
      const bram = await org.person({ firstName: 'Bram', lastName: 'Claes', phase: 'exit', location: 'utrecht ', locale: 'en', skills: ['wondzorg'] });
      await org.person({ firstName: 'Carla', lastName: 'Dijk', phase: 'relation', location: 'Zeist' });

      const exit = await org.hr.get('/api/people?phases=exit&locations=Utrecht');
      expect(exit.status).toBe(200);
      expect(exit.body.total).toBe(2);
      expect(exit.body.items.map((p: { id: string }) => p.id)).toEqual([anna, bram]);

      const paged = await org.hr.get('/api/people?phases=exit,relation&limit=1&offset=1');
      expect(paged.body.total).toBe(3);
      expect(paged.body.items.map((p: { id: string }) => p.id)).toEqual([bram]);

      expect((await org.hr.get('/api/people?q=BAKK')).body.items.map((p: { id: string }) => p.id)).toEqual([anna]);
      expect((await org.hr.get('/api/people?q=anna@example')).body.total).toBe(1);
      expect((await org.hr.get('/api/people?q=%25')).body.total).toBe(0);
      expect((await org.hr.get('/api/people?tags=ALUMNI')).body.items.map((p: { id: string }) => p.id)).toEqual([anna]);
      expect((await org.hr.get('/api/people?skills=Wondzorg&locales=en')).body.items.map((p: { id: string }) => p.id)).toEqual([bram]);
      expect((await org.hr.get('/api/people?phases=sleeping')).status).toBe(400);
      expect((await org.hr.get('/api/people?limit=101')).status).toBe(400);
    });
  });

  describe('phases by hand', () => {
    it('moves one person with a reason, recording actor and cause, and many at once ignoring foreign ids', async () => {
      const org = await ermOrganisation(t);
      const other = await ermOrganisation(t, 'Ander');
      const one = await org.person({ phase: 'relation' });
      const moved = await org.hr.post(`/api/people/${one}/phase`, { to: 'orientation', reason: ' Koffie gehad, wil solliciteren ' });
      expect(moved.status).toBe(200);
      expect(moved.body).toEqual({ moved: [{ personId: one, fromPhase: 'relation', boomerang: false }], unchanged: 0, ignored: 0, refused: [] });
      const { body: person } = await org.hr.get(`/api/people/${one}`);
      expect(person.phase).toBe('orientation');
      expect(person.phaseHistory.at(-1)).toMatchObject({
        fromPhase: 'relation',
        toPhase: 'orientation',
        cause: 'manual',
        reason: 'Koffie gehad, wil solliciteren',
        actorUserId: org.hrUser.userId,
        actorName: 'Test hr_admin',
        occurredAt: clock.now().toISOString(),
      });

      const alumnus = await org.person({ phase: 'exit' });
      const already = await org.person({ phase: 'employment' });
      const foreign = await other.person({ phase: 'exit' });
      const bulk = await org.hr.post('/api/people/phase', { personIds: [alumnus, already, foreign, alumnus], to: 'employment', reason: 'Terug in dienst' });
      expect(bulk.status).toBe(200);
      expect(bulk.body).toEqual({ moved: [{ personId: alumnus, fromPhase: 'exit', boomerang: true }], unchanged: 1, ignored: 1, refused: [] });
      expect((await org.hr.get(`/api/people/${alumnus}`)).body.boomerangAt).toBe(clock.now().toISOString());
      const [row] = await t.dataSource.query(`SELECT phase FROM people WHERE id = $1`, [foreign]);
      expect(row.phase).toBe('exit');

      expect(fields((await org.hr.post(`/api/people/${one}/phase`, { to: 'exit' })).body)).toEqual(['reason']);
      expect(fields((await org.hr.post('/api/people/phase', { personIds: [], to: 'nowhere', reason: 'x' })).body)).toEqual(['personIds', 'to']);
    });

    it('refuses to move people with an account into or out of entry, employment or exit (hiring and offboarding do that); others move freely', async () => {
      const org = await ermOrganisation(t);
      const account = async (phase: string) => {
        const user = await createUser(t.dataSource, org.id, ['employee']);
        await t.dataSource.query(`UPDATE people SET phase = $2 WHERE id = $1`, [user.personId, phase]);
        return user.personId;
      };
      const phaseOf = async (id: string) => (await t.dataSource.query(`SELECT phase FROM people WHERE id = $1`, [id]))[0].phase;
      const manualMoves = async (id: string) =>
        (await t.dataSource.query(`SELECT count(*)::int AS n FROM phase_transitions WHERE person_id = $1 AND cause = 'manual'`, [id]))[0].n;

      const employee = await account('employment');
      const leaving = await org.hr.post(`/api/people/${employee}/phase`, { to: 'exit', reason: 'Uit dienst' });
      expect(leaving.status).toBe(409);
      expect(leaving.headers['content-type']).toContain('application/problem+json');
      expect(leaving.body.code).toBe('phase_change_needs_process');
      const alumnus = await account('exit');
      expect((await org.hr.post(`/api/people/${alumnus}/phase`, { to: 'employment', reason: 'Terug' })).body.code).toBe('phase_change_needs_process');
      const applicant = await account('orientation');
      expect((await org.hr.post(`/api/people/${applicant}/phase`, { to: 'entry', reason: 'Aangenomen' })).status).toBe(409);
      expect([await phaseOf(employee), await phaseOf(alumnus), await phaseOf(applicant)]).toEqual(['employment', 'exit', 'orientation']);
      expect(await manualMoves(employee) + (await manualMoves(alumnus)) + (await manualMoves(applicant))).toBe(0);
      expect((await t.dataSource.query(`SELECT boomerang_at FROM people WHERE id = $1`, [alumnus]))[0].boomerang_at).toBeNull();

      // Outside those phases an account holder moves like anyone, and people without an account move anywhere.
      expect((await org.hr.post(`/api/people/${applicant}/phase`, { to: 'relation', reason: 'Toch niet' })).status).toBe(200);
      const plainEmployee = await org.person({ phase: 'employment' });
      expect((await org.hr.post(`/api/people/${plainEmployee}/phase`, { to: 'exit', reason: 'Uit dienst' })).body.moved).toHaveLength(1);

      // In a bulk move the refused are listed; the rest still moves.
      const plainAlumnus = await org.person({ phase: 'exit' });
      const bulk = await org.hr.post('/api/people/phase', { personIds: [alumnus, plainAlumnus, employee], to: 'employment', reason: 'Terug in dienst' });
      expect(bulk.status).toBe(200);
      expect(bulk.body).toEqual({ moved: [{ personId: plainAlumnus, fromPhase: 'exit', boomerang: true }], unchanged: 1, ignored: 0, refused: [alumnus] });
      expect([await phaseOf(alumnus), await phaseOf(plainAlumnus)]).toEqual(['exit', 'employment']);
    });
  });

  describe('touchpoints by hand', () => {
    it('logs one for a person and one each for a list, in their current phase, raising engagement', async () => {
      const org = await ermOrganisation(t);
      const other = await ermOrganisation(t, 'Ander');
      const a = await org.person({ phase: 'relation' });
      const b = await org.person({ phase: 'exit' });
      const foreign = await other.person();
      const one = await org.hr.post(`/api/people/${a}/touchpoints`, { channel: 'meeting', note: 'Koffie met recruiter' });
      expect(one.status).toBe(201);
      expect(one.body).toEqual({ recorded: 1 });
      const many = await org.hr.post('/api/people/touchpoints', {
        personIds: [a, b, foreign],
        channel: 'post',
        note: 'Kerstkaart verstuurd',
        occurredAt: new Date(clock.now().getTime() - 45 * DAY).toISOString(),
      });
      expect(many.body).toEqual({ recorded: 2 });
      const rows = await t.dataSource.query(
        `SELECT person_id, kind, channel, phase, note, actor_user_id FROM touchpoints WHERE organisation_id = $1 ORDER BY occurred_at, channel`,
        [org.id],
      );
      expect(rows).toHaveLength(3);
      expect(rows).toEqual(
        expect.arrayContaining([
          { person_id: a, kind: 'manual', channel: 'post', phase: 'relation', note: 'Kerstkaart verstuurd', actor_user_id: org.hrUser.userId },
          { person_id: b, kind: 'manual', channel: 'post', phase: 'exit', note: 'Kerstkaart verstuurd', actor_user_id: org.hrUser.userId },
          { person_id: a, kind: 'manual', channel: 'meeting', phase: 'relation', note: 'Koffie met recruiter', actor_user_id: org.hrUser.userId },
        ]),
      );
      expect((await org.hr.get(`/api/people/${a}`)).body).toMatchObject({ engagementScore: 5, engagementLevel: 'moderate' });
      expect((await org.hr.get(`/api/people/${b}`)).body).toMatchObject({ engagementScore: 2, engagementLevel: 'low' });
      expect((await org.hr.get('/api/people?engagementLevels=moderate')).body.items.map((p: { id: string }) => p.id)).toEqual([a]);

      const future = await org.hr.post(`/api/people/${a}/touchpoints`, { channel: 'post', note: 'x', occurredAt: new Date(clock.now().getTime() + DAY).toISOString() });
      expect(fields(future.body)).toEqual(['occurredAt']);
      // Dates PostgreSQL cannot store are a 400, not a 500 ("timestamp out of range").
      for (const occurredAt of ['-200000-01-01T00:00:00Z', '1999-12-31T23:59:59Z']) {
        const ancient = await org.hr.post('/api/people/touchpoints', { personIds: [a], channel: 'post', note: 'x', occurredAt });
        expect(ancient.status).toBe(400);
        expect(fields(ancient.body)).toEqual(['occurredAt']);
      }
      expect((await org.hr.post(`/api/people/${a}/touchpoints`, { channel: 'post', note: 'x', occurredAt: '2000-01-01T00:00:00Z' })).status).toBe(201);
      expect(fields((await org.hr.post(`/api/people/${a}/touchpoints`, { channel: 'pigeon', note: '' })).body)).toEqual(['channel', 'note']);
    });
  });

  describe('timeline', () => {
    it('lists phase changes, touchpoints and consents as one list, newest first, paged (referrals: referral-hire.e2e-spec)', async () => {
      const org = await ermOrganisation(t);
      const id = await org.person({ phase: 'relation', email: 'tijdlijn@example.test' });
      const at = (days: number) => new Date(clock.now().getTime() - days * DAY);
      await t.dataSource.query(`UPDATE phase_transitions SET occurred_at = $2 WHERE person_id = $1`, [id, at(100)]);
      await t.dataSource.query(
        `INSERT INTO touchpoints (organisation_id, person_id, kind, channel, phase, occurred_at, note) VALUES ($1, $2, 'manual', 'post', 'relation', $3, 'Kerstkaart')`,
        [org.id, id, at(60)],
      );
      await t.dataSource.query(
        `INSERT INTO consent_events (organisation_id, person_id, purpose, status, source, occurred_at) VALUES ($1, $2, 'events', 'granted', 'hr', $3)`,
        [org.id, id, at(30)],
      );
      await org.hr.post(`/api/people/${id}/phase`, { to: 'orientation', reason: 'Open dag' });

      const res = await org.hr.get(`/api/people/${id}/timeline`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(4);
      expect(res.body.items.map((i: { kind: string }) => i.kind)).toEqual(['phase_changed', 'consent', 'touchpoint', 'phase_changed']);
      expect(res.body.items[0]).toMatchObject({
        at: clock.now().toISOString(),
        actorUserId: org.hrUser.userId,
        actorName: 'Test hr_admin',
        details: { fromPhase: 'relation', toPhase: 'orientation', cause: 'manual', reason: 'Open dag' },
      });
      expect(res.body.items[1].details).toMatchObject({ purpose: 'events', consentStatus: 'granted', source: 'hr' });
      expect(res.body.items[2].details).toMatchObject({ touchpointKind: 'manual', channel: 'post', note: 'Kerstkaart', phase: 'relation' });
      expect(res.body.items[3].details).toMatchObject({ fromPhase: null, toPhase: 'relation', cause: 'created' });

      const page = await org.hr.get(`/api/people/${id}/timeline?limit=2&offset=2`);
      expect(page.body.items.map((i: { kind: string }) => i.kind)).toEqual(['touchpoint', 'phase_changed']);
      expect(page.body.total).toBe(4);
    });
  });
});
