import { NewsletterEngine } from '@kring/server-mailings';
import { SmtpSink } from '@kring/server-testing';
import { ermOrganisation } from '../testing/erm-people-fixtures';
import { HttpClient } from '../testing/http-client';
import { bootTestApp, TestApp } from '../testing/test-app';

const TARGET = 'https://www.delinde.nl/werken-bij?afdeling=zorg&plaats=Zwolle';
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

describe('open and click tracking of newsletters (e2e, real SMTP sink)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let ip = 1;
  /** A mail client: no cookies, its own address (rate limits). */
  const client = () => new HttpClient(t.app, `10.61.0.${ip++}`);

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await bootTestApp({ env: { SMTP_URL: sink.url, MAIL_RATE_PER_SECOND: '1000' } });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  const setUp = async () => {
    const org = await ermOrganisation(t, 'Zorggroep De Linde');
    const email = `anouk-${Math.random().toString(36).slice(2)}@example.test`;
    const person = await org.person({ firstName: 'Anouk', email, phase: 'exit', locale: 'nl' });
    await t.dataSource.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at) VALUES ($1, $2, 'newsletter', 'granted', 'manual', now())`,
      [org.id, person],
    );
    const [{ id: segmentId }] = await t.dataSource.query(`INSERT INTO segments (organisation_id, name, filter) VALUES ($1, 'Alumni', '{"phases":["exit"]}') RETURNING id`, [org.id]);
    return { org, person, email, segmentId: segmentId as string };
  };

  /** Composes, sends and delivers one newsletter; answers the delivery row and the mail as the sink received it. */
  const sendNewsletter = async (s: Awaited<ReturnType<typeof setUp>>) => {
    const created = await s.org.hr.post('/api/newsletters', {
      name: 'Nieuwsbrief',
      segmentId: s.segmentId,
      variants: [{ locale: 'nl', subject: 'Nieuws', bodyMarkdown: `Bekijk [onze vacatures](${TARGET}) of mail [HR](mailto:hr@delinde.nl).` }],
    });
    expect(created.status).toBe(201);
    expect((await s.org.hr.post(`/api/newsletters/${created.body.id}/send`, {})).status).toBe(200);
    await t.app.get(NewsletterEngine, { strict: false }).run(created.body.id);
    const [delivery] = await t.dataSource.query(
      `SELECT id, message_id AS "messageId", status, opened_at AS "openedAt", clicked_at AS "clickedAt" FROM newsletter_deliveries WHERE newsletter_id = $1`,
      [created.body.id],
    );
    expect(delivery.status).toBe('sent');
    const received = sink.messages.find((m) => m.messageId === delivery.messageId);
    expect(received?.html).toEqual(expect.any(String));
    const mail = { html: received!.html as string, text: String(received!.text) };
    return { newsletterId: created.body.id as string, deliveryId: delivery.id as string, mail };
  };
  const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
  const unsubscribeToken = (html: string) => new URL(hrefs(html).find((h) => h.includes('/api/public/mailings/unsubscribe'))!).searchParams.get('token')!;
  const delivery = async (id: string) =>
    (await t.dataSource.query(`SELECT opened_at AS "openedAt", clicked_at AS "clickedAt" FROM newsletter_deliveries WHERE id = $1`, [id]))[0] as {
      openedAt: Date | null;
      clickedAt: Date | null;
    };
  const touchpoints = (person: string) =>
    t.dataSource.query(`SELECT kind, channel, subject_type AS "subjectType", subject_id AS "subjectId", data FROM touchpoints WHERE person_id = $1 AND kind <> 'mail_sent' ORDER BY kind`, [
      person,
    ]) as Promise<Array<{ kind: string; channel: string; subjectType: string; subjectId: string; data: { deliveryId: string } }>>;
  const pixel = (token: string) => t.app.inject({ method: 'GET', url: `/api/public/mailings/open?t=${encodeURIComponent(token)}`, remoteAddress: `10.62.0.${ip++}` });
  const setTracking = (s: Awaited<ReturnType<typeof setUp>>, tracking: boolean) => s.org.hr.request('PUT', '/api/mailings/settings', { body: { tracking } });

  it('is off by default: no pixel, no rewritten links, and hits record nothing', async () => {
    const s = await setUp();
    expect((await s.org.hr.get('/api/mailings/settings')).body).toEqual({ tracking: false });
    const { deliveryId, mail } = await sendNewsletter(s);
    expect(mail.html).not.toContain('/api/public/mailings/open');
    expect(mail.html).not.toContain('/api/public/mailings/click');
    expect(hrefs(mail.html)).toContain(TARGET);

    const token = unsubscribeToken(mail.html);
    const hit = await pixel(token);
    expect(hit.statusCode).toBe(200); // the image answers anyway
    expect(hit.headers['content-type']).toBe('image/gif');
    expect(hit.rawPayload.equals(GIF)).toBe(true);
    expect(await delivery(deliveryId)).toEqual({ openedAt: null, clickedAt: null });
    expect(await touchpoints(s.person)).toEqual([]);
  });

  it('HR turns it on (audited; HR only); then the mail carries the pixel and tracked links, and the first open is recorded once', async () => {
    const s = await setUp();
    const employee = await s.org.member(['employee']);
    expect((await employee.get('/api/mailings/settings')).status).toBe(403);
    expect((await employee.request('PUT', '/api/mailings/settings', { body: { tracking: true } })).status).toBe(403);
    expect((await s.org.hr.request('PUT', '/api/mailings/settings', { body: { tracking: 'ja' } })).status).toBe(400);
    const on = await setTracking(s, true);
    expect(on.status).toBe(200);
    expect(on.body).toEqual({ tracking: true });
    await setTracking(s, true); // unchanged: not audited again
    const audit = await t.dataSource.query(`SELECT action, actor_user_id AS "actorUserId", data FROM audit_events WHERE organisation_id = $1 AND action LIKE 'mail_settings.%'`, [s.org.id]);
    expect(audit).toEqual([{ action: 'mail_settings.tracking_changed', actorUserId: s.org.hrUser.userId, data: { previous: { tracking: false }, tracking: true } }]);

    const { newsletterId, deliveryId, mail } = await sendNewsletter(s);
    const pixels = [...mail.html.matchAll(/<img src="([^"]*\/api\/public\/mailings\/open\?t=[^"]*)"/g)];
    expect(pixels).toHaveLength(1);
    const links = hrefs(mail.html);
    expect(links).not.toContain(TARGET);
    expect(links).toContain('mailto:hr@delinde.nl');
    expect(links.some((h) => h.includes('/api/public/mailings/unsubscribe?'))).toBe(true); // not rewritten
    expect(links.some((h) => h.includes('/preferences/manage?'))).toBe(true);
    expect(mail.text).toContain(TARGET); // the text part is left alone

    const pixelUrl = new URL(pixels[0]![1]!.replaceAll('&amp;', '&'));
    const first = await t.app.inject({ method: 'GET', url: `${pixelUrl.pathname}${pixelUrl.search}`, remoteAddress: '10.62.1.1' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toContain('no-store');
    expect(first.rawPayload.equals(GIF)).toBe(true);
    const opened = (await delivery(deliveryId)).openedAt;
    expect(opened).toBeInstanceOf(Date);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await t.app.inject({ method: 'GET', url: `${pixelUrl.pathname}${pixelUrl.search}`, remoteAddress: '10.62.1.2' });
    expect((await delivery(deliveryId)).openedAt).toEqual(opened); // set once
    expect(await touchpoints(s.person)).toEqual([{ kind: 'mail_opened', channel: 'email', subjectType: 'newsletter', subjectId: newsletterId, data: { deliveryId } }]);
    expect((await pixel('garbage')).statusCode).toBe(200);
  });

  it('a click redirects (302) to the exact target and records the first click once; a tampered target is refused, never redirected', async () => {
    const s = await setUp();
    await setTracking(s, true);
    const { newsletterId, deliveryId, mail } = await sendNewsletter(s);
    const clickHref = hrefs(mail.html).find((h) => h.includes('/api/public/mailings/click?'))!;
    const url = new URL(clickHref);
    expect(url.searchParams.get('u')).toBe(TARGET);

    const tampered = new URL(clickHref);
    tampered.searchParams.set('u', 'https://evil.example/phish');
    const refused = await client().get(`${tampered.pathname}${tampered.search}`);
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers['location']).toBeUndefined();
    const noSignature = await client().get(`${url.pathname}?t=${encodeURIComponent(url.searchParams.get('t')!)}&u=${encodeURIComponent(TARGET)}&s=AAAAAAAAAAAAAAAAAAAAAA`);
    expect(noSignature.status).toBe(400);
    expect(await delivery(deliveryId)).toEqual({ openedAt: null, clickedAt: null });

    const clicked = await client().get(`${url.pathname}${url.search}`);
    expect(clicked.status).toBe(302);
    expect(clicked.headers['location']).toBe(TARGET);
    const after = await delivery(deliveryId);
    expect(after.clickedAt).toBeInstanceOf(Date);
    expect(after.openedAt).toEqual(after.clickedAt); // a click implies an open
    expect((await client().get(`${url.pathname}${url.search}`)).status).toBe(302);
    expect(await touchpoints(s.person)).toEqual([
      { kind: 'mail_clicked', channel: 'email', subjectType: 'newsletter', subjectId: newsletterId, data: { deliveryId } },
      { kind: 'mail_opened', channel: 'email', subjectType: 'newsletter', subjectId: newsletterId, data: { deliveryId } },
    ]);
  });

  it('records nothing once HR turned tracking off again, though links in mails already sent keep working', async () => {
    const s = await setUp();
    await setTracking(s, true);
    const { deliveryId, mail } = await sendNewsletter(s);
    await setTracking(s, false);
    const clickHref = new URL(hrefs(mail.html).find((h) => h.includes('/api/public/mailings/click?'))!);
    const clicked = await client().get(`${clickHref.pathname}${clickHref.search}`);
    expect(clicked.status).toBe(302);
    expect(clicked.headers['location']).toBe(TARGET);
    expect((await pixel(unsubscribeToken(mail.html))).statusCode).toBe(200);
    expect(await delivery(deliveryId)).toEqual({ openedAt: null, clickedAt: null });
    expect(await touchpoints(s.person)).toEqual([]);
  });
});
