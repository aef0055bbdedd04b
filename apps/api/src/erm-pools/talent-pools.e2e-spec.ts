import { asOrganisationId, ConsentsRepository, PersonTokensRepository } from '@kring/server-database';
import { ConsentLifecycleRepository, ConsentLifecycleService, SignupsRepository } from '@kring/server-erm';
import { MailSender } from '@kring/server-mail';
import { FakeClock, SmtpSink } from '@kring/server-testing';
import { createPerson, createPool, linkToken, slugOf } from '../testing/erm-pools-fixtures';
import { createOrganisation, createUser, Fixture } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { bootTestApp, TestApp } from '../testing/test-app';

const DAY = 86_400_000;
const OPT_IN_DAYS = 7 * DAY;

describe('talent pools (e2e)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let clock: FakeClock;
  let org: string;
  let slug: string;
  let hr: Fixture;
  let hrClient: HttpClient;
  let ip = 0;
  let n = 0;
  const visitor = () => new HttpClient(t.app, `10.7.${Math.floor(++ip / 250)}.${ip % 250}`);
  const email = () => `kandidaat.${++n}.${Date.now().toString(36)}@example.test`;
  const signIn = async (user: Fixture) => {
    const http = visitor();
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    return http;
  };
  /** Sends queued mail to the real SMTP sink, as the worker would; returns the new arrivals for this address. */
  const deliverTo = async (to: string) => {
    const before = sink.messages.length;
    const queued: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM mail_messages WHERE status = 'queued' ORDER BY created_at`);
    for (const { id } of queued) await t.app.get(MailSender).send(id);
    return sink.messages.slice(before).filter((m) => m.envelopeTo.includes(to));
  };
  const tokenIn = (text: string | undefined, path: 'confirm' | 'renew' | 'leave') => {
    const match = text?.match(new RegExp(`/talent-pool/${path}\\?token=([A-Za-z0-9_-]{20,})`));
    if (!match) throw new Error(`no ${path} link in mail`);
    return match[1]!;
  };
  const signup = (overrides: Record<string, unknown> = {}) => ({ name: 'Noor van Dijk', email: email(), consent: true, locale: 'nl', ...overrides });

  beforeAll(async () => {
    sink = await SmtpSink.start();
    clock = new FakeClock(new Date()); // sessions' cookies must not look expired to the client
    t = await bootTestApp({ clock, env: { SMTP_URL: sink.url } });
    org = await createOrganisation(t.dataSource, 'Zorggroep Test');
    slug = await slugOf(t.dataSource, org);
    hr = await createUser(t.dataSource, org, ['hr_admin']);
    hrClient = await signIn(hr);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  describe('HR pools', () => {
    it('creates, lists, renames, archives and restores pools; names are unique ignoring case', async () => {
      const created = await hrClient.post('/api/talent-pools', { name: 'Verpleging', description: 'Wijk en intramuraal', public: true });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'Verpleging', description: 'Wijk en intramuraal', public: true, archivedAt: null, memberCount: 0 });

      const duplicate = await hrClient.post('/api/talent-pools', { name: '  verpleging ' });
      expect(duplicate.status).toBe(409);
      expect(duplicate.headers['content-type']).toContain('application/problem+json');
      expect(duplicate.body.code).toBe('talent_pool_name_taken');
      expect(duplicate.body.errors).toEqual([{ field: 'name', message: 'is already used by another talent pool' }]);

      const other = await hrClient.post('/api/talent-pools', { name: 'Keuken' });
      const rename = await hrClient.patch(`/api/talent-pools/${other.body.id}`, { name: 'VERPLEGING' });
      expect(rename.status).toBe(409);
      expect(rename.body.code).toBe('talent_pool_name_taken');
      expect((await hrClient.patch(`/api/talent-pools/${other.body.id}`, { name: 'Keuken & facilitair', description: 'Koks' })).body).toMatchObject({
        name: 'Keuken & facilitair',
        description: 'Koks',
        public: false,
      });

      const archived = await hrClient.patch(`/api/talent-pools/${other.body.id}`, { archived: true });
      expect(archived.body.archivedAt).toBe(clock.now().toISOString());
      const names = (await hrClient.get('/api/talent-pools')).body.items.map((p: { name: string }) => p.name);
      expect(names).toContain('Verpleging');
      expect(names).not.toContain('Keuken & facilitair');
      const all = (await hrClient.get('/api/talent-pools?includeArchived=true')).body.items.map((p: { name: string }) => p.name);
      expect(all).toContain('Keuken & facilitair');
      expect((await hrClient.patch(`/api/talent-pools/${other.body.id}`, { archived: false })).body.archivedAt).toBeNull();

      expect((await hrClient.post('/api/talent-pools', { name: '' })).body.errors).toEqual([{ field: 'name', message: expect.any(String) }]);
    });

    it('refuses anonymous callers (401) and non-HR users (403)', async () => {
      expect((await visitor().get('/api/talent-pools')).status).toBe(401);
      const employee = await signIn(await createUser(t.dataSource, org, ['employee']));
      const res = await employee.post('/api/talent-pools', { name: 'Stiekem' });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('forbidden');
    });

    it('adds members: contacts move to orientation with a touchpoint; employees and alumni keep their phase', async () => {
      const pool = (await hrClient.post('/api/talent-pools', { name: 'Helpenden' })).body.id as string;
      const contact = await createPerson(t.dataSource, org, { email: email(), phase: 'relation' });
      const employee = await createPerson(t.dataSource, org, { email: email(), phase: 'employment' });
      const alumnus = await createPerson(t.dataSource, org, { email: email(), phase: 'exit' });

      const added = await hrClient.post(`/api/talent-pools/${pool}/members`, { personIds: [contact, employee, alumnus] });
      expect(added.status).toBe(200);
      expect(added.body).toEqual({ added: 3 });
      expect((await hrClient.post(`/api/talent-pools/${pool}/members`, { personIds: [contact] })).body).toEqual({ added: 0 });

      const phases = await t.dataSource.query(`SELECT id, phase FROM people WHERE id = ANY($1) ORDER BY phase`, [[contact, employee, alumnus]]);
      expect(Object.fromEntries(phases.map((p: { id: string; phase: string }) => [p.id, p.phase]))).toEqual({
        [contact]: 'orientation',
        [employee]: 'employment',
        [alumnus]: 'exit',
      });
      const [transition] = await t.dataSource.query(`SELECT from_phase, to_phase, cause, actor_user_id FROM phase_transitions WHERE person_id = $1 AND cause <> 'created'`, [contact]);
      expect(transition).toEqual({ from_phase: 'relation', to_phase: 'orientation', cause: 'talent_pool_joined', actor_user_id: hr.userId });
      const touchpoints = await t.dataSource.query(`SELECT person_id, channel, phase, subject_id FROM touchpoints WHERE kind = 'talent_pool_joined' AND subject_id = $1`, [pool]);
      expect(touchpoints).toHaveLength(3);
      expect(touchpoints.find((tp: { person_id: string }) => tp.person_id === contact)).toMatchObject({ channel: 'talent_pool', phase: 'orientation' });

      const members = await hrClient.get(`/api/talent-pools/${pool}/members?limit=2`);
      expect(members.body.total).toBe(3);
      expect(members.body.items).toHaveLength(2);
      expect((await hrClient.get(`/api/talent-pools/${pool}`)).body.memberCount).toBe(3);

      expect((await hrClient.request('DELETE', `/api/talent-pools/${pool}/members/${employee}`)).status).toBe(204);
      expect((await hrClient.request('DELETE', `/api/talent-pools/${pool}/members/${employee}`)).status).toBe(404);
      expect((await hrClient.get(`/api/talent-pools/${pool}/members`)).body.total).toBe(2);

      await hrClient.patch(`/api/talent-pools/${pool}`, { archived: true });
      const refused = await hrClient.post(`/api/talent-pools/${pool}/members`, { personIds: [employee] });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('talent_pool_archived');
    });

    it('keeps organisations apart', async () => {
      const otherOrg = await createOrganisation(t.dataSource, 'Ander BV');
      const otherHr = await signIn(await createUser(t.dataSource, otherOrg, ['hr_admin']));
      const ours = (await hrClient.post('/api/talent-pools', { name: 'Alleen van ons' })).body.id as string;
      const theirPerson = await createPerson(t.dataSource, otherOrg, { email: email() });

      expect((await otherHr.get(`/api/talent-pools/${ours}`)).status).toBe(404);
      expect((await otherHr.get(`/api/talent-pools/${ours}/members`)).status).toBe(404);
      expect((await otherHr.patch(`/api/talent-pools/${ours}`, { name: 'Gekaapt' })).status).toBe(404);
      expect((await otherHr.get('/api/talent-pools')).body.items.map((p: { id: string }) => p.id)).not.toContain(ours);
      // Same name in another organisation is fine.
      expect((await otherHr.post('/api/talent-pools', { name: 'Alleen van ons' })).status).toBe(201);
      // Someone else's person cannot be added to our pool.
      const cross = await hrClient.post(`/api/talent-pools/${ours}/members`, { personIds: [theirPerson] });
      expect(cross.status).toBe(404);
      expect(await t.dataSource.query(`SELECT 1 FROM talent_pool_members WHERE person_id = $1`, [theirPerson])).toEqual([]);
    });
  });

  describe('the public "keep me posted" form', () => {
    let zorg: string;
    let studenten: string;
    let hidden: string;
    beforeAll(async () => {
      org = await createOrganisation(t.dataSource, 'Zorggroep Test');
      slug = await slugOf(t.dataSource, org);
      zorg = await createPool(t.dataSource, org, { name: 'Zorgprofessionals', public: true });
      studenten = await createPool(t.dataSource, org, { name: 'Studenten & stagiairs', public: true });
      hidden = await createPool(t.dataSource, org, { name: 'Intern', public: false });
      await createPool(t.dataSource, org, { name: 'Oud', public: true, archived: true });
    });

    it('shows the organisation, its public pools only and the privacy facts', async () => {
      const res = await visitor().get(`/api/public/talent-pool/forms/${slug}`);
      expect(res.status).toBe(200);
      expect(res.body.organisationName).toBe('Zorggroep Test');
      expect(res.body.defaultLocale).toBe('nl');
      expect(res.body.pools.map((p: { name: string }) => p.name)).toEqual(['Studenten & stagiairs', 'Zorgprofessionals']);
      expect(res.body.privacy).toEqual({ retentionMonths: 12, confirmDays: 7, kept: ['name', 'email', 'interests', 'skills', 'location', 'language'] });
      const unknown = await visitor().get('/api/public/talent-pool/forms/bestaat-niet');
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('talent_pool_form_unknown');
    });

    it('signs up with double opt-in: mail, confirm, consent for 12 months, pools, touchpoint, orientation', async () => {
      const body = signup({ interests: [zorg], skills: ['wondzorg', ' BIG ', 'Wondzorg', 'palliatieve   zorg'], location: 'Utrecht', alsoConsentTo: ['job_alerts'] });
      const res = await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, body);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ status: 'received' });

      const [person] = await t.dataSource.query(`SELECT id, first_name, last_name, phase, source, location, skills FROM people WHERE email = $1`, [body.email]);
      expect(person).toMatchObject({ first_name: 'Noor', last_name: 'van Dijk', phase: 'information', source: 'talent_pool_form', location: null, skills: [] });
      const [pending] = await t.dataSource.query(`SELECT status FROM consents WHERE person_id = $1 AND purpose = 'talent_pool'`, [person.id]);
      expect(pending.status).toBe('pending');

      const [mail] = await deliverTo(body.email);
      expect(mail!.subject).toBe('Bevestig je aanmelding voor de talentpool van Zorggroep Test');
      expect(mail!.text).toContain('Zorgprofessionals');
      const token = tokenIn(mail!.text, 'confirm');
      // Until the owner of the address confirms, the consent stays pending.
      expect((await t.dataSource.query(`SELECT status FROM consents WHERE person_id = $1 AND purpose = 'talent_pool'`, [person.id]))[0].status).toBe('pending');

      clock.advance(2 * DAY);
      const keptUntil = new Date(clock.now());
      keptUntil.setUTCMonth(keptUntil.getUTCMonth() + 12);
      const confirmed = await visitor().post('/api/public/talent-pool/confirm', { token });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toEqual({ status: 'confirmed', organisationName: 'Zorggroep Test', keptUntil: keptUntil.toISOString() });

      const consents = await t.dataSource.query(`SELECT purpose, status, expires_at, source FROM consents WHERE person_id = $1 ORDER BY purpose`, [person.id]);
      expect(consents).toEqual([
        // Optional consents from the form last exactly as long as the talent-pool consent (the form promises 12 months).
        { purpose: 'job_alerts', status: 'granted', expires_at: keptUntil, source: 'talent_pool_form' },
        { purpose: 'talent_pool', status: 'granted', expires_at: keptUntil, source: 'talent_pool_form' },
      ]);
      const [after] = await t.dataSource.query(`SELECT phase, location, skills, interests FROM people WHERE id = $1`, [person.id]);
      // Skills are labels as HR keeps them: trimmed, spaces collapsed, lower-case, no duplicates.
      expect({ ...after, skills: [...after.skills].sort() }).toEqual({ phase: 'orientation', location: 'Utrecht', skills: ['big', 'palliatieve zorg', 'wondzorg'], interests: ['Zorgprofessionals'] });
      expect(await t.dataSource.query(`SELECT pool_id, source FROM talent_pool_members WHERE person_id = $1`, [person.id])).toEqual([{ pool_id: zorg, source: 'talent_pool_form' }]);
      const [touchpoint] = await t.dataSource.query(`SELECT channel, phase, subject_id FROM touchpoints WHERE person_id = $1 AND kind = 'talent_pool_joined'`, [person.id]);
      expect(touchpoint).toEqual({ channel: 'talent_pool', phase: 'orientation', subject_id: zorg });
      const [transition] = await t.dataSource.query(`SELECT from_phase, to_phase FROM phase_transitions WHERE person_id = $1 AND cause = 'talent_pool_joined'`, [person.id]);
      expect(transition).toEqual({ from_phase: 'information', to_phase: 'orientation' });
      expect(await t.dataSource.query(`SELECT 1 FROM talent_pool_signups WHERE person_id = $1`, [person.id])).toEqual([]);
      const [welcome] = await deliverTo(body.email);
      expect(welcome!.subject).toBe('Je zit in de talentpool van Zorggroep Test');

      const again = await visitor().post('/api/public/talent-pool/confirm', { token });
      expect(again.status).toBe(200);
      expect(again.body.status).toBe('already_confirmed');
      expect(await t.dataSource.query(`SELECT 1 FROM touchpoints WHERE person_id = $1 AND kind = 'talent_pool_joined'`, [person.id])).toHaveLength(1);
    });

    it('mails in English when asked, and joins without a pool when none was chosen', async () => {
      const body = signup({ name: 'Sam', locale: 'en' });
      expect((await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, body)).status).toBe(202);
      const [mail] = await deliverTo(body.email);
      expect(mail!.subject).toBe('Confirm joining the Zorggroep Test talent pool');
      expect((await visitor().post('/api/public/talent-pool/confirm', { token: tokenIn(mail!.text, 'confirm') })).body.status).toBe('confirmed');
      const [person] = await t.dataSource.query(`SELECT id, phase, locale FROM people WHERE email = $1`, [body.email]);
      expect(person).toMatchObject({ phase: 'orientation', locale: 'en' });
      expect(await t.dataSource.query(`SELECT 1 FROM talent_pool_members WHERE person_id = $1`, [person.id])).toEqual([]);
      expect(await t.dataSource.query(`SELECT subject_id FROM touchpoints WHERE person_id = $1 AND kind = 'talent_pool_joined'`, [person.id])).toEqual([{ subject_id: null }]);
    });

    it('refuses bad, wrong-purpose and expired links with stable codes', async () => {
      const bad = await visitor().post('/api/public/talent-pool/confirm', { token: 'x'.repeat(40) });
      expect(bad.status).toBe(410);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.body.code).toBe('talent_pool_link_invalid');
      expect((await visitor().post('/api/public/talent-pool/confirm', { token: 'short' })).status).toBe(400);

      const body = signup();
      await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, body);
      const token = tokenIn((await deliverTo(body.email))[0]!.text, 'confirm');
      const wrongPurpose = await visitor().post('/api/public/talent-pool/renew', { token });
      expect(wrongPurpose.status).toBe(410);
      expect(wrongPurpose.body.code).toBe('talent_pool_link_invalid');

      clock.advance(7 * DAY + 1000);
      const expired = await visitor().post('/api/public/talent-pool/confirm', { token });
      expect(expired.status).toBe(410);
      expect(expired.body.code).toBe('talent_pool_link_expired');
      const [consent] = await t.dataSource.query(`SELECT c.status FROM consents c JOIN people p ON p.id = c.person_id WHERE p.email = $1`, [body.email]);
      expect(consent.status).toBe('pending');
    });

    it('drops bot submissions that fill the honeypot, answering as usual', async () => {
      const body = signup({ website: 'http://spam.example' });
      const res = await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, body);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ status: 'received' });
      expect(await t.dataSource.query(`SELECT 1 FROM people WHERE email = $1`, [body.email])).toEqual([]);
      expect(await t.dataSource.query(`SELECT 1 FROM mail_messages WHERE to_address = $1`, [body.email])).toEqual([]);
    });

    it('names each invalid field', async () => {
      const res = await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, { name: ' ', email: 'geen-adres', consent: false, alsoConsentTo: ['spam'] });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      const fields = [...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort();
      expect(fields).toEqual(['alsoConsentTo', 'consent', 'email', 'name']);

      // The same limits as HR's profile: labels up to 60 characters, a location up to 100.
      const tooLong = await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, signup({ skills: ['x'.repeat(61)], location: 'y'.repeat(101) }));
      expect(tooLong.status).toBe(400);
      expect([...new Set(tooLong.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['location', 'skills']);
      const atLimit = await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, signup({ skills: ['X'.repeat(60)], location: 'y'.repeat(100) }));
      expect(atLimit.status).toBe(202);
      expect(res.body.errors.find((e: { field: string }) => e.field === 'consent').message).toBe('is needed to keep you in the talent pool');

      const foreign = await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, signup({ interests: [hidden] }));
      expect(foreign.status).toBe(400);
      expect(foreign.body.errors).toEqual([{ field: 'interests', message: 'must be pools from this form' }]);
    });

    it('does not reveal an existing person, and changes nothing about them before they confirm', async () => {
      const known = email();
      const existing = await createPerson(t.dataSource, org, { email: known, firstName: 'Fatima', phase: 'employment', location: 'Zeist' });
      const forExisting = await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, signup({ email: known.toUpperCase(), name: 'Iemand Anders', location: 'Amsterdam', interests: [studenten] }));
      const forNew = await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, signup({ name: 'Iemand Anders', location: 'Amsterdam' }));
      expect(forExisting.status).toBe(forNew.status);
      expect(forExisting.body).toEqual(forNew.body);

      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM people WHERE email = $1`, [known])).toEqual([{ n: 1 }]);
      const [unchanged] = await t.dataSource.query(`SELECT first_name, location, phase FROM people WHERE id = $1`, [existing]);
      expect(unchanged).toEqual({ first_name: 'Fatima', location: 'Zeist', phase: 'employment' });

      // Nothing on their consents, consent history or timeline either, not even once the opt-in mail went out.
      const [mail] = await deliverTo(known);
      const traces = async () => ({
        consents: await t.dataSource.query(`SELECT purpose, status FROM consents WHERE person_id = $1`, [existing]),
        consentEvents: await t.dataSource.query(`SELECT purpose, status FROM consent_events WHERE person_id = $1`, [existing]),
        touchpoints: await t.dataSource.query(`SELECT kind FROM touchpoints WHERE person_id = $1`, [existing]),
      });
      expect(await traces()).toEqual({ consents: [], consentEvents: [], touchpoints: [] });

      expect((await visitor().post('/api/public/talent-pool/confirm', { token: tokenIn(mail!.text, 'confirm') })).body.status).toBe('confirmed');
      const [confirmed] = await t.dataSource.query(`SELECT location, phase FROM people WHERE id = $1`, [existing]);
      expect(confirmed).toEqual({ location: 'Amsterdam', phase: 'employment' });
      expect((await traces()).consents).toEqual([{ purpose: 'talent_pool', status: 'granted' }]);
    });

    it('leaves an existing person untouched when their sign-up lapses: a withdrawn consent stays withdrawn', async () => {
      const known = email();
      const existing = await createPerson(t.dataSource, org, { email: known, firstName: 'Wim', phase: 'relation' });
      await t.app.get(ConsentsRepository).set(asOrganisationId(org), existing, 'talent_pool', { status: 'withdrawn', at: clock.now(), source: 'hr' });
      expect((await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, signup({ email: known }))).status).toBe(202);

      clock.advance(8 * DAY);
      await t.app.get(ConsentLifecycleService).run();
      expect(await t.dataSource.query(`SELECT first_name FROM people WHERE id = $1`, [existing])).toEqual([{ first_name: 'Wim' }]);
      expect(await t.dataSource.query(`SELECT status FROM consents WHERE person_id = $1`, [existing])).toEqual([{ status: 'withdrawn' }]);
      expect(await t.dataSource.query(`SELECT status FROM consent_events WHERE person_id = $1`, [existing])).toEqual([{ status: 'withdrawn' }]);
      expect(await t.dataSource.query(`SELECT 1 FROM talent_pool_signups WHERE person_id = $1`, [existing])).toEqual([]);
    });

    it('erases a new contact who submitted the form twice and never confirmed, with all their mail', async () => {
      const body = signup({ interests: [zorg] });
      expect((await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, body)).status).toBe(202);
      clock.advance(DAY);
      expect((await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, { ...body, name: 'Noor de Vries' })).status).toBe(202);
      const [{ id }] = await t.dataSource.query(`SELECT id FROM people WHERE email = $1`, [body.email]);
      expect(await t.dataSource.query(`SELECT person_created FROM talent_pool_signups WHERE person_id = $1`, [id])).toEqual([{ person_created: true }, { person_created: true }]);

      clock.advance(OPT_IN_DAYS + 1000);
      await t.app.get(ConsentLifecycleService).run();
      expect(await t.dataSource.query(`SELECT 1 FROM people WHERE id = $1`, [id])).toEqual([]);
      expect(await t.dataSource.query(`SELECT 1 FROM talent_pool_signups WHERE person_id = $1`, [id])).toEqual([]);
      // Both opt-in mails were still queued: they go too, so nothing reaches the erased address later.
      expect(await t.dataSource.query(`SELECT status FROM mail_messages WHERE to_address = $1`, [body.email])).toEqual([]);
      expect(await deliverTo(body.email)).toEqual([]);
    });

    it('erasing a contact deletes their queued and retrying mail, also mail not linked to them, but not mail being sent', async () => {
      const address = email();
      const contact = await createPerson(t.dataSource, org, { email: address, phase: 'relation' });
      await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, signup({ email: address }));
      // The opt-in mail to an existing person is not linked to them (person_id null), only addressed to them.
      expect(await t.dataSource.query(`SELECT person_id, status FROM mail_messages WHERE to_address = $1`, [address])).toEqual([{ person_id: null, status: 'queued' }]);
      await visitor().post('/api/public/talent-pool/confirm', { token: await linkToken(t.dataSource, address, 'talent_pool_opt_in') });
      const [welcome] = await t.dataSource.query(`SELECT id, person_id, text_body FROM mail_messages WHERE to_address = $1 AND kind = 'talent_pool_welcome'`, [address]);
      expect(welcome.person_id).toBe(contact);
      await t.dataSource.query(`UPDATE mail_messages SET status = 'retry', attempts = 1 WHERE id = $1`, [welcome.id]);
      const [{ id: inFlight }] = await t.dataSource.query(
        `INSERT INTO mail_messages (organisation_id, person_id, to_address, locale, kind, subject, text_body, message_id, status, locked_until, locked_by)
         SELECT organisation_id, person_id, to_address, locale, kind, subject, text_body, message_id || '.copy', 'sending', now() + interval '1 minute', 'elders'
           FROM mail_messages WHERE id = $1
         RETURNING id`,
        [welcome.id],
      );

      const left = await visitor().post('/api/public/talent-pool/leave', { token: tokenIn(welcome.text_body, 'leave') });
      expect(left.body.status).toBe('left');
      expect(await t.dataSource.query(`SELECT 1 FROM people WHERE id = $1`, [contact])).toEqual([]);
      expect(await t.dataSource.query(`SELECT id, status FROM mail_messages WHERE to_address = $1`, [address])).toEqual([{ id: inFlight, status: 'sending' }]);
    });

    it('lets people leave from the welcome mail: a contact is erased, an employee only leaves the pools', async () => {
      const contact = signup({ interests: [zorg] });
      await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, contact);
      await visitor().post('/api/public/talent-pool/confirm', { token: tokenIn((await deliverTo(contact.email))[0]!.text, 'confirm') });
      const [welcome] = await deliverTo(contact.email);
      const [{ id: contactId }] = await t.dataSource.query(`SELECT id FROM people WHERE email = $1`, [contact.email]);
      const left = await visitor().post('/api/public/talent-pool/leave', { token: tokenIn(welcome!.text, 'leave') });
      expect(left.status).toBe(200);
      expect(left.body).toEqual({ status: 'left', organisationName: 'Zorggroep Test' });
      expect(await t.dataSource.query(`SELECT 1 FROM people WHERE id = $1`, [contactId])).toEqual([]);
      expect((await visitor().post('/api/public/talent-pool/leave', { token: tokenIn(welcome!.text, 'leave') })).body.code).toBe('talent_pool_link_invalid');

      const staff = email();
      const employee = await createPerson(t.dataSource, org, { email: staff, phase: 'employment' });
      await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, signup({ email: staff, interests: [zorg] }));
      await visitor().post('/api/public/talent-pool/confirm', { token: tokenIn((await deliverTo(staff))[0]!.text, 'confirm') });
      const leaveToken = tokenIn((await deliverTo(staff))[0]!.text, 'leave');
      expect((await visitor().post('/api/public/talent-pool/leave', { token: leaveToken })).body.status).toBe('left');
      expect((await visitor().post('/api/public/talent-pool/leave', { token: leaveToken })).body.status).toBe('already_left');
      const [kept] = await t.dataSource.query(
        `SELECT p.phase, c.status, (SELECT count(*)::int FROM talent_pool_members m WHERE m.person_id = p.id) AS pools
           FROM people p JOIN consents c ON c.person_id = p.id AND c.purpose = 'talent_pool' WHERE p.id = $1`,
        [employee],
      );
      expect(kept).toEqual({ phase: 'employment', status: 'withdrawn', pools: 0 });
    });

    it('reminds 30 days before expiry; the renew link extends consent by 12 months from the renewal', async () => {
      const body = signup({ interests: [studenten], alsoConsentTo: ['newsletter'] });
      await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, body);
      await visitor().post('/api/public/talent-pool/confirm', { token: tokenIn((await deliverTo(body.email))[0]!.text, 'confirm') });
      await deliverTo(body.email); // the welcome mail
      const [{ expires_at: expiresAt }] = await t.dataSource.query(
        `SELECT c.expires_at FROM consents c JOIN people p ON p.id = c.person_id WHERE p.email = $1 AND c.purpose = 'talent_pool'`,
        [body.email],
      );

      clock.set(new Date(expiresAt.getTime() - 29 * DAY));
      await t.app.get(ConsentLifecycleService).run();
      const [reminder] = await deliverTo(body.email);
      expect(reminder!.subject).toBe('Wil je in de talentpool van Zorggroep Test blijven?');
      const token = tokenIn(reminder!.text, 'renew');
      expect(reminder!.text).toMatch(/\/talent-pool\/leave\?token=/);

      clock.advance(DAY);
      const renewed = await visitor().post('/api/public/talent-pool/renew', { token });
      expect(renewed.status).toBe(200);
      const expected = new Date(clock.now());
      expected.setUTCMonth(expected.getUTCMonth() + 12);
      expect(renewed.body).toEqual({ status: 'renewed', organisationName: 'Zorggroep Test', keptUntil: expected.toISOString() });
      expect((await visitor().post('/api/public/talent-pool/renew', { token })).body.status).toBe('already_renewed');
      const [consent] = await t.dataSource.query(
        `SELECT c.status, c.expires_at, c.reminded_at FROM consents c JOIN people p ON p.id = c.person_id WHERE p.email = $1 AND c.purpose = 'talent_pool'`,
        [body.email],
      );
      expect(consent).toEqual({ status: 'granted', expires_at: expected, reminded_at: null });
      // The newsletter consent ticked on the form is renewed with it.
      const [newsletter] = await t.dataSource.query(
        `SELECT c.status, c.expires_at FROM consents c JOIN people p ON p.id = c.person_id WHERE p.email = $1 AND c.purpose = 'newsletter'`,
        [body.email],
      );
      expect(newsletter).toEqual({ status: 'granted', expires_at: expected });
    });

    it('erases a contact whose talent-pool consent expired, although they also ticked newsletter and events on the form', async () => {
      const body = signup({ alsoConsentTo: ['newsletter', 'events'] });
      await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, body);
      await visitor().post('/api/public/talent-pool/confirm', { token: tokenIn((await deliverTo(body.email))[0]!.text, 'confirm') });
      const [{ id, expires_at: expiresAt }] = await t.dataSource.query(
        `SELECT p.id, c.expires_at FROM consents c JOIN people p ON p.id = c.person_id WHERE p.email = $1 AND c.purpose = 'talent_pool'`,
        [body.email],
      );
      expect(await t.dataSource.query(`SELECT expires_at FROM consents WHERE person_id = $1 AND purpose <> 'talent_pool'`, [id])).toEqual([
        { expires_at: expiresAt },
        { expires_at: expiresAt },
      ]);

      clock.set(new Date(expiresAt.getTime() + 1000));
      await t.app.get(ConsentLifecycleService).run();
      expect(await t.dataSource.query(`SELECT 1 FROM people WHERE id = $1`, [id])).toEqual([]);
    });

    it('an employee who ticked newsletter on the form is kept at expiry, and that consent is marked expired with the talent-pool one', async () => {
      const staff = email();
      const employee = await createPerson(t.dataSource, org, { email: staff, phase: 'employment' });
      await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, signup({ email: staff, alsoConsentTo: ['newsletter'] }));
      await visitor().post('/api/public/talent-pool/confirm', { token: await linkToken(t.dataSource, staff, 'talent_pool_opt_in') });
      const [{ expires_at: expiresAt }] = await t.dataSource.query(`SELECT expires_at FROM consents WHERE person_id = $1 AND purpose = 'talent_pool'`, [employee]);
      clock.set(new Date(expiresAt.getTime() + 1000));
      await t.app.get(ConsentLifecycleService).run();
      expect(await t.dataSource.query(`SELECT purpose, status FROM consents WHERE person_id = $1 ORDER BY purpose`, [employee])).toEqual([
        { purpose: 'newsletter', status: 'expired' },
        { purpose: 'talent_pool', status: 'expired' },
      ]);
    });
  });

  describe('links at the expiry boundary, while the hourly job works on the same person', () => {
    /** Waits until some connection waits for a row lock: the link's request is parked behind the job's transaction. */
    const waitForLockWait = async () => {
      for (let i = 0; i < 100; i++) {
        const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
        if (n > 0) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the request never waited for the job');
    };
    /** The job's transaction, step by step, on its own connection (the steps are the job's own repository calls). */
    const jobTransaction = async () => {
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      return {
        tx: runner.manager,
        commit: async () => {
          await runner.commitTransaction();
          await runner.release();
        },
        rollback: async () => {
          if (runner.isTransactionActive) await runner.rollbackTransaction();
          await runner.release();
        },
      };
    };

    it('renew while the job expires the consent: the link waits and answers 410, no deadlock', async () => {
      const orgId = asOrganisationId(org);
      const contact = await createPerson(t.dataSource, org, { email: email(), phase: 'orientation' });
      const expiresAt = new Date(clock.now().getTime() + 60_000);
      await t.app.get(ConsentsRepository).set(orgId, contact, 'talent_pool', { status: 'granted', at: clock.now(), source: 'talent_pool_form', expiresAt });
      const { token } = await t.app.get(PersonTokensRepository).issue(orgId, { personId: contact, purpose: 'consent_renewal', expiresAt });
      const jobNow = new Date(expiresAt.getTime() + 1000); // the worker's clock is just past the expiry, the API's just before

      const job = await jobTransaction();
      try {
        const lifecycle = t.app.get(ConsentLifecycleRepository);
        const signups = t.app.get(SignupsRepository);
        const due = await lifecycle.expired(job.tx, jobNow, 200);
        expect(due.map((row) => row.personId)).toContain(contact);
        const renewing = visitor().post('/api/public/talent-pool/renew', { token });
        await waitForLockWait();
        await t.app.get(ConsentsRepository).set(orgId, contact, 'talent_pool', { status: 'expired', at: jobNow, source: 'expiry' }, job.tx);
        await signups.deleteTokens(job.tx, orgId, contact, 'consent_renewal');
        await signups.deleteTokens(job.tx, orgId, contact, 'talent_pool_leave');
        expect(await lifecycle.eraseIfNoOtherReason(job.tx, orgId, contact, jobNow)).toBe(true);
        await job.commit();
        const res = await renewing;
        expect(res.status).toBe(410);
        expect(res.body.code).toBe('talent_pool_link_invalid');
      } finally {
        await job.rollback().catch(() => undefined);
      }
      expect(await t.dataSource.query(`SELECT 1 FROM people WHERE id = $1`, [contact])).toEqual([]);
    });

    it('confirm while the job lapses the sign-up: the link waits and answers 410, no deadlock', async () => {
      const orgId = asOrganisationId(org);
      const body = signup();
      await visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, body);
      const token = await linkToken(t.dataSource, body.email, 'talent_pool_opt_in');
      const [{ id: person }] = await t.dataSource.query(`SELECT id FROM people WHERE email = $1`, [body.email]);
      const [{ id: signupId, expires_at: expiresAt }] = await t.dataSource.query(`SELECT id, expires_at FROM talent_pool_signups WHERE person_id = $1`, [person]);
      clock.set(new Date(expiresAt.getTime() - 1000));
      const jobNow = new Date(expiresAt.getTime() + 1000);

      const job = await jobTransaction();
      try {
        const lifecycle = t.app.get(ConsentLifecycleRepository);
        const signups = t.app.get(SignupsRepository);
        const lapsed = await signups.lapsedForUpdate(job.tx, jobNow, 200);
        expect(lapsed.map((row) => row.id)).toContain(signupId);
        const confirming = visitor().post('/api/public/talent-pool/confirm', { token });
        await waitForLockWait();
        await signups.delete(job.tx, orgId, signupId);
        await signups.deleteTokens(job.tx, orgId, person, 'talent_pool_opt_in', signupId);
        expect(await lifecycle.eraseIfNoOtherReason(job.tx, orgId, person, jobNow, { unconfirmed: true })).toBe(true);
        await job.commit();
        const res = await confirming;
        expect(res.status).toBe(410);
        expect(res.body.code).toBe('talent_pool_link_invalid');
      } finally {
        await job.rollback().catch(() => undefined);
      }
    });
  });
});
