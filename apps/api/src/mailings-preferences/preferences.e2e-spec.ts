import { MailingLinks, signMailingLink } from '@kring/server-mailings';
import { asOrganisationId } from '@kring/server-database';
import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { signIn } from '../testing/erm-offboarding-fixtures';
import { bootTestApp, TestApp } from '../testing/test-app';

const SECRET = 'bounce-webhook-secret-for-tests-0123456789';

describe('mail preferences: one-click unsubscribe, preference centre, suppression and the bounce webhook', () => {
  let t: TestApp;
  const clock = new FakeClock('2027-05-03T10:00:00Z');
  let ipCounter = 1;
  /** A cookieless client (as a mail client or provider calls), each on its own address for the rate limits. */
  const anonymous = () => new HttpClient(t.app, `10.60.0.${ipCounter++}`);

  beforeAll(async () => {
    t = await bootTestApp({ clock, env: { MAIL_WEBHOOK_SECRET: SECRET } });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => clock.set('2027-05-03T10:00:00Z'));

  const person = async (org: string, email: string, firstName = 'Sanne') => {
    const [row] = await t.dataSource.query(
      `INSERT INTO people (organisation_id, first_name, last_name, email, phase) VALUES ($1, $2, 'de Vries', $3, 'exit') RETURNING id`,
      [org, firstName, email],
    );
    return row.id as string;
  };
  const grant = async (org: string, personId: string, purposes: string[]) => {
    for (const purpose of purposes) {
      await t.dataSource.query(
        `INSERT INTO consents (organisation_id, person_id, purpose, status, legal_basis, source, given_at, expires_at)
         VALUES ($1, $2, $3, 'granted', 'consent', 'test', now(), now() + interval '1 year')`,
        [org, personId, purpose],
      );
    }
  };
  const consents = async (personId: string): Promise<Record<string, string>> =>
    Object.fromEntries(
      ((await t.dataSource.query(`SELECT purpose, status FROM consents WHERE person_id = $1`, [personId])) as Array<{ purpose: string; status: string }>).map((r) => [r.purpose, r.status]),
    );
  const events = async (personId: string): Promise<Array<{ purpose: string; status: string; source: string }>> =>
    t.dataSource.query(`SELECT purpose, status, source FROM consent_events WHERE person_id = $1 AND source <> 'test' ORDER BY occurred_at, purpose`, [personId]);
  const sign = (org: string, personId: string, deliveryId?: string) => t.app.get(MailingLinks).sign(asOrganisationId(org), { personId, deliveryId: deliveryId ?? null });
  const oneClick = (http: HttpClient, token: string, topic: string, body: 'form' | 'empty' = 'form') =>
    http.request('POST', `/api/public/mailings/unsubscribe?token=${encodeURIComponent(token)}&topic=${topic}`, {
      csrf: false,
      ...(body === 'form' ? { rawBody: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
    });
  const suppressions = async (org: string) => t.dataSource.query(`SELECT email, reason, source, detail FROM mail_suppressions WHERE organisation_id = $1 ORDER BY email`, [org]);

  it('one-click POST without cookies (form body or none) withdraws the topic at once, once; a GET only redirects', async () => {
    const org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    const sanne = await person(org, 'sanne@example.test');
    await grant(org, sanne, ['newsletter', 'job_alerts', 'events']);
    const token = await sign(org, sanne);

    // A GET (mail scanners follow links) changes nothing and sends the reader to the preference page.
    const opened = await anonymous().get(`/api/public/mailings/unsubscribe?token=${encodeURIComponent(token)}&topic=newsletter`);
    expect(opened.status).toBe(303);
    expect(opened.headers['location']).toBe(`http://localhost:3999/preferences/manage?token=${encodeURIComponent(token)}`);
    expect(await consents(sanne)).toEqual({ newsletter: 'granted', job_alerts: 'granted', events: 'granted' });

    const http = anonymous();
    expect((await oneClick(http, token, 'newsletter')).status).toBe(204);
    expect(await consents(sanne)).toEqual({ newsletter: 'withdrawn', job_alerts: 'granted', events: 'granted' });
    // Mail clients retry: the second POST succeeds and writes no second history row.
    expect((await oneClick(http, token, 'newsletter')).status).toBe(204);
    // An empty body (no content type at all) works too.
    clock.advance(60_000);
    expect((await oneClick(anonymous(), token, 'job_alerts', 'empty')).status).toBe(204);
    expect(await consents(sanne)).toEqual({ newsletter: 'withdrawn', job_alerts: 'withdrawn', events: 'granted' });
    expect(await events(sanne)).toEqual([
      { purpose: 'newsletter', status: 'withdrawn', source: 'one_click_unsubscribe' },
      { purpose: 'job_alerts', status: 'withdrawn', source: 'one_click_unsubscribe' },
    ]);
    // An unknown topic is a validation error.
    expect((await oneClick(anonymous(), token, 'everything')).status).toBe(400);
  });

  it('refuses garbage, a tampered link and a link signed with another organisation\'s secret (404, stable code)', async () => {
    const orgA = await createOrganisation(t.dataSource, 'A');
    const orgB = await createOrganisation(t.dataSource, 'B');
    const sanne = await person(orgA, 'sanne-a@example.test');
    await grant(orgA, sanne, ['newsletter']);
    const [b] = await t.dataSource.query(`SELECT link_secret FROM organisations WHERE id = $1`, [orgB]);
    const forged = signMailingLink(b.link_secret, { organisationId: orgA, personId: sanne });
    const genuine = await sign(orgA, sanne);
    const tampered = genuine.slice(0, -2) + (genuine.endsWith('AA') ? 'BB' : 'AA');
    for (const token of [forged, tampered, 'm1.not-a-token-at-all.x..yyyyyyyy']) {
      const res = await oneClick(anonymous(), token, 'newsletter');
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'mailing_link_invalid' });
      const lookup = await anonymous().post('/api/public/mailings/preferences/lookup', { token });
      expect(lookup.status).toBe(404);
    }
    expect(await consents(sanne)).toEqual({ newsletter: 'granted' });
  });

  it('marks the newsletter delivery unsubscribed (one-click) or bounced (webhook by Message-ID), first time only', async () => {
    const org = await createOrganisation(t.dataSource);
    const sanne = await person(org, 'sanne-d@example.test');
    await grant(org, sanne, ['newsletter']);
    const deliveryId = '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
    // Without a matching delivery row the unsubscribe still takes effect.
    expect((await oneClick(anonymous(), await sign(org, sanne, deliveryId), 'newsletter')).status).toBe(204);
    expect(await consents(sanne)).toEqual({ newsletter: 'withdrawn' });
    const [exists] = await t.dataSource.query(`SELECT to_regclass('newsletter_deliveries') IS NOT NULL AS present`);
    if (!exists.present) {
      // The newsletters migration not applied yet: a stand-in with the columns this area relies on.
      await t.dataSource.query(
        `CREATE TABLE newsletter_deliveries (id uuid PRIMARY KEY, organisation_id uuid NOT NULL, message_id text NOT NULL, unsubscribed_at timestamptz, bounced_at timestamptz)`,
      );
      await t.dataSource.query(`INSERT INTO newsletter_deliveries (id, organisation_id, message_id) VALUES ($1, $2, '<nl-1@kring.test>')`, [deliveryId, org]);
    } else {
      const [newsletter] = await t.dataSource.query(`INSERT INTO newsletters (organisation_id, name, status) VALUES ($1, 'Lentebrief', 'sent') RETURNING id`, [org]);
      await t.dataSource.query(
        `INSERT INTO newsletter_deliveries (id, organisation_id, newsletter_id, person_id, email, locale, status, next_attempt_at, message_id, sent_at)
         VALUES ($1, $2, $3, $4, 'sanne-d@example.test', 'nl', 'sent', now(), '<nl-1@kring.test>', now())`,
        [deliveryId, org, newsletter.id, sanne],
      );
    }
    try {
      const token = await sign(org, sanne, deliveryId);
      expect((await oneClick(anonymous(), token, 'newsletter')).status).toBe(204);
      clock.advance(60_000);
      expect((await oneClick(anonymous(), token, 'newsletter')).status).toBe(204);
      const bounce = await anonymous().request('POST', '/api/public/mailings/bounces', {
        body: { events: [{ messageId: '<nl-1@kring.test>', email: 'sanne-d@example.test', type: 'hard_bounce' }] },
        headers: { 'x-kring-webhook-secret': SECRET },
        csrf: false,
      });
      expect(bounce.body).toMatchObject({ suppressed: 1, ignored: 0 });
      const [row] = await t.dataSource.query(`SELECT unsubscribed_at, bounced_at FROM newsletter_deliveries WHERE id = $1`, [deliveryId]);
      expect(row.unsubscribed_at.toISOString()).toBe('2027-05-03T10:00:00.000Z');
      expect(row.bounced_at.toISOString()).toBe('2027-05-03T10:01:00.000Z');
      expect(await suppressions(org)).toEqual([{ email: 'sanne-d@example.test', reason: 'hard_bounce', source: 'webhook:nl-1@kring.test', detail: null }]);
    } finally {
      if (!exists.present) await t.dataSource.query(`DROP TABLE newsletter_deliveries`);
    }
  });

  it('preference centre without login: lookup shows the topics, PUT grants for 24 months or withdraws, each change one consent event', async () => {
    const org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    const sanne = await person(org, 'sanne.p@example.test', 'Sanne');
    await grant(org, sanne, ['newsletter']);
    const token = await sign(org, sanne);
    const http = anonymous();

    const looked = await http.post('/api/public/mailings/preferences/lookup', { token });
    expect(looked.status).toBe(200);
    expect(looked.body).toMatchObject({ firstName: 'Sanne', organisationName: 'Zorggroep De Linde', suppressed: false, matching: null });
    expect(looked.body.topics.map((x: { topic: string; subscribed: boolean }) => [x.topic, x.subscribed])).toEqual([
      ['newsletter', true],
      ['job_alerts', false],
      ['events', false],
    ]);

    const put = await http.request('PUT', '/api/public/mailings/preferences', { body: { token, newsletter: false, jobAlerts: true, events: true }, csrf: false });
    expect(put.status).toBe(200);
    expect(put.body.topics.map((x: { topic: string; subscribed: boolean }) => [x.topic, x.subscribed])).toEqual([
      ['newsletter', false],
      ['job_alerts', true],
      ['events', true],
    ]);
    expect(put.body.topics[1].expiresAt).toBe('2029-05-03T10:00:00.000Z');
    // The same choice again writes nothing.
    await http.request('PUT', '/api/public/mailings/preferences', { body: { token, newsletter: false, jobAlerts: true, events: true }, csrf: false });
    expect(await events(sanne)).toEqual([
      { purpose: 'events', status: 'granted', source: 'preference_centre' },
      { purpose: 'job_alerts', status: 'granted', source: 'preference_centre' },
      { purpose: 'newsletter', status: 'withdrawn', source: 'preference_centre' },
    ]);
    // Missing or non-boolean fields are refused.
    expect((await http.request('PUT', '/api/public/mailings/preferences', { body: { token, newsletter: 'yes' }, csrf: false })).status).toBe(400);

    // A suppressed address is shown as such (mail cannot reach it whatever the topics say).
    await t.dataSource.query(`INSERT INTO mail_suppressions (organisation_id, email, reason, source) VALUES ($1, 'sanne.p@example.test', 'hard_bounce', 'webhook')`, [org]);
    expect((await http.post('/api/public/mailings/preferences/lookup', { token })).body.suppressed).toBe(true);
  });

  it('signed in: GET/PUT /api/me/mail-preferences for one\'s own person, with CSRF; 401 without a session', async () => {
    const org = await createOrganisation(t.dataSource);
    const alumnus = await createUser(t.dataSource, org, ['alumnus']);
    const http = await signIn(t.app, alumnus);
    expect((await anonymous().get('/api/me/mail-preferences')).status).toBe(401);

    const before = await http.get('/api/me/mail-preferences');
    expect(before.status).toBe(200);
    expect(before.body.topics.every((x: { subscribed: boolean }) => !x.subscribed)).toBe(true);

    expect((await http.request('PUT', '/api/me/mail-preferences', { body: { newsletter: true, jobAlerts: false, events: false }, csrf: false })).status).toBe(403);
    const put = await http.request('PUT', '/api/me/mail-preferences', { body: { newsletter: true, jobAlerts: false, events: false } });
    expect(put.status).toBe(200);
    expect(put.body.topics[0]).toMatchObject({ topic: 'newsletter', subscribed: true, status: 'granted' });
    const [event] = await t.dataSource.query(`SELECT source, actor_user_id FROM consent_events WHERE person_id = $1`, [alumnus.personId]);
    expect(event).toEqual({ source: 'preference_centre', actor_user_id: alumnus.userId });
    const [audit] = await t.dataSource.query(`SELECT action FROM audit_events WHERE organisation_id = $1 AND subject_id = $2`, [org, alumnus.personId]);
    expect(audit).toEqual({ action: 'mailings.preferences_changed' });
  });

  it('bounce webhook: refused without or with a wrong secret; hard bounce and complaint suppress (idempotent), a complaint withdraws all topics, a soft bounce suppresses nothing', async () => {
    const org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    const [{ slug }] = await t.dataSource.query(`SELECT slug FROM organisations WHERE id = $1`, [org]);
    const other = await createOrganisation(t.dataSource, 'Ander');
    const klager = await person(org, 'klager@example.test', 'Kees');
    const namesake = await person(other, 'klager@example.test', 'Kees');
    await grant(org, klager, ['newsletter', 'job_alerts', 'events']);
    await grant(other, namesake, ['newsletter']);
    const [mail] = await t.dataSource.query(
      `INSERT INTO mail_messages (organisation_id, kind, locale, to_address, subject, message_id) VALUES ($1, 'test', 'nl', 'weg@example.test', 'Hallo', '<abc.123@kring.test>') RETURNING message_id`,
      [org],
    );
    const body = {
      events: [
        { organisationSlug: slug, email: 'Onbekend@Example.test ', type: 'hard_bounce', detail: '550 5.1.1 user unknown' },
        { messageId: 'abc.123@kring.test', email: 'weg@example.test', type: 'hard_bounce' },
        { organisationSlug: slug, email: 'klager@example.test', type: 'complaint', detail: 'abuse report' },
        { organisationSlug: slug, email: 'vol@example.test', type: 'soft_bounce', detail: '452 mailbox full' },
        { organisationSlug: 'bestaat-niet', email: 'x@example.test', type: 'hard_bounce' },
      ],
    };
    const hook = (headers: Record<string, string>, payload: unknown = body) => anonymous().request('POST', '/api/public/mailings/bounces', { body: payload, headers, csrf: false });

    expect((await hook({})).status).toBe(401);
    const wrong = await hook({ 'x-kring-webhook-secret': `${SECRET}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'mail_webhook_unauthorised' });
    expect(await suppressions(org)).toEqual([]);

    const ok = await hook({ 'x-kring-webhook-secret': SECRET });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ received: 5, suppressed: 3, softBounces: 1, complaints: 1, ignored: 1 });
    expect(await suppressions(org)).toEqual([
      { email: 'klager@example.test', reason: 'complaint', source: 'webhook', detail: 'abuse report' },
      { email: 'onbekend@example.test', reason: 'hard_bounce', source: 'webhook', detail: '550 5.1.1 user unknown' },
      { email: 'weg@example.test', reason: 'hard_bounce', source: `webhook:${mail.message_id.replace(/[<>]/g, '')}`, detail: null },
    ]);
    expect(await consents(klager)).toEqual({ newsletter: 'withdrawn', job_alerts: 'withdrawn', events: 'withdrawn' });
    expect((await events(klager)).map((e) => e.source)).toEqual(['complaint', 'complaint', 'complaint']);
    // The same address in another organisation is untouched.
    expect(await suppressions(other)).toEqual([]);
    expect(await consents(namesake)).toEqual({ newsletter: 'granted' });

    // Providers redeliver: nothing new.
    expect((await hook({ 'x-kring-webhook-secret': SECRET })).body).toMatchObject({ suppressed: 0, complaints: 1 });
    expect(await suppressions(org)).toHaveLength(3);
    expect(await events(klager)).toHaveLength(3);

    // Neither a slug nor a Message-ID, or an unknown type: 400.
    expect((await hook({ 'x-kring-webhook-secret': SECRET }, { events: [{ email: 'a@example.test', type: 'hard_bounce' }] })).status).toBe(400);
    expect((await hook({ 'x-kring-webhook-secret': SECRET }, { events: [{ organisationSlug: slug, email: 'a@example.test', type: 'bounce' }] })).status).toBe(400);
  });

  it('HR suppression list: 401/403, paged and searchable, add by hand (idempotent), remove with audit, isolated per organisation', async () => {
    const org = await createOrganisation(t.dataSource);
    const other = await createOrganisation(t.dataSource);
    const hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    const otherHr = await signIn(t.app, await createUser(t.dataSource, other, ['hr_admin']));
    const employee = await signIn(t.app, await createUser(t.dataSource, org, ['employee']));

    expect((await anonymous().get('/api/mailings/suppressions')).status).toBe(401);
    expect((await employee.get('/api/mailings/suppressions')).status).toBe(403);
    expect((await employee.post('/api/mailings/suppressions', { email: 'x@example.test' })).status).toBe(403);

    for (const email of ['a@example.test', 'B@Example.test', 'c@elders.test']) {
      clock.advance(1000);
      const added = await hr.post('/api/mailings/suppressions', { email, detail: 'telefonisch gevraagd' });
      expect(added.status).toBe(201);
    }
    expect((await hr.post('/api/mailings/suppressions', { email: 'a@example.test' })).body).toMatchObject({ email: 'a@example.test', reason: 'manual', source: 'hr' });
    expect((await hr.post('/api/mailings/suppressions', { email: 'geen-adres' })).status).toBe(400);

    const page = await hr.get('/api/mailings/suppressions?limit=2&offset=0');
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((i: { email: string }) => i.email)).toEqual(['c@elders.test', 'b@example.test']);
    expect((await hr.get('/api/mailings/suppressions?limit=2&offset=2')).body.items.map((i: { email: string }) => i.email)).toEqual(['a@example.test']);
    expect((await hr.get('/api/mailings/suppressions?q=EXAMPLE')).body.total).toBe(2);
    expect((await hr.get('/api/mailings/suppressions?q=%25')).body.total).toBe(0);

    // Another organisation sees none of it and cannot remove it.
    expect((await otherHr.get('/api/mailings/suppressions')).body).toEqual({ items: [], total: 0 });
    expect((await otherHr.request('DELETE', '/api/mailings/suppressions?email=a@example.test')).status).toBe(404);

    expect((await hr.request('DELETE', '/api/mailings/suppressions?email=A@example.test')).status).toBe(204);
    expect((await hr.request('DELETE', '/api/mailings/suppressions?email=a@example.test')).status).toBe(404);
    expect((await hr.get('/api/mailings/suppressions')).body.total).toBe(2);
    const audit = await t.dataSource.query(`SELECT action, data FROM audit_events WHERE organisation_id = $1 AND action LIKE 'mailings.suppression%' ORDER BY created_at`, [org]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'mailings.suppression_added',
      'mailings.suppression_added',
      'mailings.suppression_added',
      'mailings.suppression_removed',
    ]);
    expect(audit[3].data).toMatchObject({ email: 'a@example.test', reason: 'manual' });
  });

  it('form-encoded bodies reach JSON routes as before (validated by the same rules)', async () => {
    const res = await anonymous().request('POST', '/api/public/mailings/preferences/lookup', {
      rawBody: 'token=short',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      csrf: false,
    });
    expect(res.status).toBe(400);
  });
});
