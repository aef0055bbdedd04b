import type { OrganisationId } from '@kring/server-database';
import { SEND_LEASE_MS } from '@kring/server-mail';
import { QueueNames } from '@kring/server-queue';
import { SmtpSink } from '@kring/server-testing';
import { NEWSLETTER_INTERRUPTED_REASON } from './newsletter-engine.service';
import { startNewsletterTestApp, type NewsletterTestApp } from './testing/newsletter-test-app';

const NL = { locale: 'nl' as const, subject: 'Nieuws uit De Linde, {{voornaam}}', preheader: 'Wat er speelt', bodyMarkdown: '# Hallo {{voornaam}}\n\nWe openen een **nieuwe locatie**. <script>x</script>' };
const EN = { locale: 'en' as const, subject: 'News from De Linde, {{firstName}}', preheader: 'What is going on', bodyMarkdown: '# Hello {{firstName}}\n\nWe are opening a **new site**.' };

describe('newsletters (real PostgreSQL, real SMTP sink)', () => {
  let sink: SmtpSink;
  let app: NewsletterTestApp;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await startNewsletterTestApp(sink.url, { MAIL_MAX_ATTEMPTS: '4' });
  });
  afterAll(async () => {
    await app?.close();
    await sink?.stop();
  });

  const draft = async (org: OrganisationId, variants = [NL, EN], filter?: object) => {
    const auth = await app.hr(org);
    const segmentId = await app.segment(org, filter);
    const newsletter = await app.service.create(auth, { name: 'Nieuwsbrief december', segmentId, variants });
    return { auth, id: newsletter.id };
  };
  const received = (messageId: string) => sink.messages.filter((m) => m.messageId === messageId);

  it('sends to the segment ∩ newsletter consent ∩ an address ∩ not suppressed, each in their own language', async () => {
    const org = await app.organisation();
    const anna = await app.person(org, 'Anna', { locale: 'nl' });
    const bob = await app.person(org, 'Bob', { locale: 'en' });
    await app.person(org, 'Cees', { consent: 'withdrawn' });
    await app.person(org, 'Dirk', { consent: 'granted', consentExpiresAt: new Date(Date.now() - 60_000) });
    await app.person(org, 'Els', { email: null });
    await app.person(org, 'Femke', { email: 'femke@example.test' });
    await app.ds.query(`INSERT INTO mail_suppressions (organisation_id, email, reason, source) VALUES ($1, 'femke@example.test', 'hard_bounce', 'test')`, [org]);
    await app.person(org, 'Gijs', { consent: null });
    await app.person(org, 'Hans', { phase: 'employment' }); // not in the segment
    const { auth, id } = await draft(org);

    const jobsBefore = await app.jobs(QueueNames.newsletterSend);
    const started = await app.service.send(auth, id, {});
    expect(started.status).toBe('sending');
    expect(started.figures).toMatchObject({ recipients: 2, queued: 2, sent: 0 });
    expect((await app.jobs(QueueNames.newsletterSend)) - jobsBefore).toBe(1);
    const rows = await app.deliveryRows(id);
    expect(rows.map((r) => [r.personId, r.locale])).toEqual([
      [anna, 'nl'],
      [bob, 'en'],
    ]);
    await expect(app.service.send(auth, id, {})).rejects.toMatchObject({ code: 'newsletter_not_sendable' });

    expect(await app.engine.run(id)).toMatchObject({ claimed: 2, sent: 2 });
    const [annaRow, bobRow] = rows;
    const [toAnna] = received(annaRow!.messageId);
    const [toBob] = received(bobRow!.messageId);
    expect(toAnna!.subject).toBe('Nieuws uit De Linde, Anna');
    expect(toAnna!.html).toContain('<h1>Hallo Anna</h1>');
    expect(toAnna!.html).toContain('<strong>nieuwe locatie</strong>');
    expect(toAnna!.html).not.toContain('<script>');
    expect(toAnna!.html).toContain('Afmelden voor de nieuwsbrief');
    expect(toAnna!.text).toContain('Hallo Anna');
    expect(toBob!.subject).toBe('News from De Linde, Bob');
    expect(toBob!.html).toContain('Unsubscribe from the newsletter');
    expect(toAnna!.envelopeTo).toEqual([annaRow!.email]);

    const done = await app.service.get(auth, id);
    expect(done.status).toBe('sent');
    expect(done.finishedAt).toBeInstanceOf(Date);
    expect(done.figures).toMatchObject({ recipients: 2, sent: 2, failed: 0, queued: 0, sending: 0 });
  });

  it('falls back to the organisation default language when the person’s language has no variant', async () => {
    const org = await app.organisation('Linde English', 'en');
    await app.person(org, 'Ineke', { locale: 'nl' });
    const { auth, id } = await draft(org, [EN]);
    await app.service.send(auth, id, {});
    const [row] = await app.deliveryRows(id);
    expect(row!.locale).toBe('en');
    await app.engine.run(id);
    expect(received(row!.messageId)[0]!.subject).toBe('News from De Linde, Ineke');
  });

  it('refuses to send without a variant in the default language', async () => {
    const org = await app.organisation();
    await app.person(org, 'Jan');
    const { auth, id } = await draft(org, [EN]);
    await expect(app.service.send(auth, id, {})).rejects.toMatchObject({ code: 'newsletter_not_sendable', extra: { reason: 'no_default_variant' } });
  });

  it('carries well-formed one-click unsubscribe headers with a signed link for this person and delivery, and a stable Message-ID', async () => {
    const org = await app.organisation();
    const person = await app.person(org, 'Kees');
    const { auth, id } = await draft(org);
    await app.service.send(auth, id, {});
    const [row] = await app.deliveryRows(id);
    expect(row!.messageId).toBe(`<${row!.id}@localhost>`);
    await app.engine.run(id);
    const [mail] = received(row!.messageId);
    // mailparser gathers the List-* headers under `list`: both parts of List-Unsubscribe, and List-Unsubscribe-Post.
    const list = mail!.headers.get('list') as { unsubscribe: { url: string; mail: string }; 'unsubscribe-post': { name: string } };
    expect(list['unsubscribe-post']).toEqual({ name: 'List-Unsubscribe=One-Click' });
    const { url, mail: mailto } = list.unsubscribe;
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe('http://localhost:3999/api/public/mailings/unsubscribe');
    expect(parsed.searchParams.get('topic')).toBe('newsletter');
    expect(await app.links.verify(parsed.searchParams.get('token')!)).toEqual({ organisationId: org, personId: person, deliveryId: row!.id });
    expect(mailto).toMatch(/^no-reply@kring\.localhost\?subject=unsubscribe/);
    expect(mail!.html).toContain(`http://localhost:3999/preferences/manage?token=${encodeURIComponent(parsed.searchParams.get('token')!)}`);
  });

  it('retries 421 with backoff (same Message-ID) and sends exactly once after the sink recovers', async () => {
    const org = await app.organisation();
    await app.person(org, 'Lotte');
    const { auth, id } = await draft(org);
    await app.service.send(auth, id, {});
    sink.reject(421, 2);
    expect(await app.engine.run(id)).toMatchObject({ retried: 1, sent: 0 });
    let [row] = await app.deliveryRows(id);
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row!.lastError).toMatch(/^421 /);
    expect(await app.engine.run(id)).toMatchObject({ claimed: 0 }); // not due yet
    expect((await app.service.get(auth, id)).status).toBe('sending');

    app.clock.set(row!.nextAttemptAt);
    expect(await app.engine.run(id)).toMatchObject({ retried: 1 });
    [row] = await app.deliveryRows(id);
    app.clock.set(row!.nextAttemptAt);
    expect(await app.engine.sweep()).toMatchObject({ jobs: 1 }); // the sweep hands due retries a job
    expect(await app.engine.run(id)).toMatchObject({ sent: 1 });
    [row] = await app.deliveryRows(id);
    expect(row).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(received(row!.messageId)).toHaveLength(1);
    expect((await app.service.get(auth, id)).status).toBe('sent');
  });

  it('marks a permanent 5xx failed at once and counts it; the newsletter still completes', async () => {
    const org = await app.organisation();
    await app.person(org, 'Mila');
    await app.person(org, 'Noor');
    const { auth, id } = await draft(org);
    await app.service.send(auth, id, {});
    sink.reject(550, 1);
    expect(await app.engine.run(id)).toMatchObject({ sent: 1, failed: 1 });
    const newsletter = await app.service.get(auth, id);
    expect(newsletter.status).toBe('sent');
    expect(newsletter.figures).toMatchObject({ recipients: 2, sent: 1, failed: 1, interrupted: 0 });
  });

  it('skips a recipient who withdrew consent or got suppressed after the enqueue', async () => {
    const org = await app.organisation();
    const olga = await app.person(org, 'Olga');
    await app.person(org, 'Piet', { email: 'piet@example.test' });
    await app.person(org, 'Quinten');
    const { auth, id } = await draft(org);
    await app.service.send(auth, id, {});
    await app.ds.query(`UPDATE consents SET status = 'withdrawn', withdrawn_at = now() WHERE person_id = $1`, [olga]);
    await app.ds.query(`INSERT INTO mail_suppressions (organisation_id, email, reason, source) VALUES ($1, 'piet@example.test', 'complaint', 'test')`, [org]);
    expect(await app.engine.run(id)).toMatchObject({ claimed: 3, skipped: 2, sent: 1 });
    expect((await app.service.get(auth, id)).figures).toMatchObject({ recipients: 3, sent: 1, skipped: 2 });
  });

  it('never resends a row whose worker died in flight: the sweep fails it with the documented reason', async () => {
    const org = await app.organisation();
    await app.person(org, 'Rik');
    const { auth, id } = await draft(org);
    await app.service.send(auth, id, {});
    const now = app.clock.now();
    const [claimed] = await app.deliveries.claim(id, 'dead-worker:1', now, SEND_LEASE_MS, 10);
    expect(await app.deliveries.markSending(claimed!.id, 'dead-worker:1', now, SEND_LEASE_MS)).toBe(true);
    // ...and the worker dies here, after handing the mail to SMTP or not.
    expect(await app.engine.run(id)).toMatchObject({ claimed: 0 });
    app.clock.advance(SEND_LEASE_MS + 1000);
    expect(await app.engine.sweep()).toMatchObject({ interrupted: 1, completed: 1 });
    expect(await app.engine.run(id)).toMatchObject({ claimed: 0 });
    const [row] = await app.deliveryRows(id);
    expect(row).toMatchObject({ status: 'failed', lastError: NEWSLETTER_INTERRUPTED_REASON });
    expect(received(row!.messageId)).toHaveLength(0);
    const newsletter = await app.service.get(auth, id);
    expect(newsletter.status).toBe('sent');
    expect(newsletter.figures).toMatchObject({ failed: 1, interrupted: 1 });
    // If that worker was only slow and its send succeeded, the truth is recorded.
    expect(await app.deliveries.markSent(claimed!.id, 'dead-worker:1', app.clock.now(), NEWSLETTER_INTERRUPTED_REASON)).toBe(true);
    expect((await app.deliveryRows(id))[0]!.status).toBe('sent');
  });

  it('resends interrupted rows only when HR asks, knowingly: once, audited, and a repeat resends nothing', async () => {
    const org = await app.organisation();
    await app.person(org, 'Ilse');
    await app.person(org, 'Joost');
    const { auth, id } = await draft(org);
    await app.service.send(auth, id, {});
    const now = app.clock.now();
    const [lost] = await app.deliveries.claim(id, 'dead-worker:3', now, SEND_LEASE_MS, 1);
    expect(await app.deliveries.markSending(lost!.id, 'dead-worker:3', now, SEND_LEASE_MS)).toBe(true);
    expect(await app.engine.run(id)).toMatchObject({ sent: 1 });
    app.clock.advance(SEND_LEASE_MS + 1000);
    expect(await app.engine.sweep()).toMatchObject({ interrupted: 1, completed: 1 });
    expect((await app.service.get(auth, id)).status).toBe('sent');

    const { resent, newsletter } = await app.service.resendInterrupted(auth, id);
    expect(resent).toBe(1);
    expect(newsletter).toMatchObject({ status: 'sending', figures: { queued: 1, sent: 1, failed: 0, interrupted: 0 } });
    // The dead worker's late "sent" no longer lands: its claim was voided by the resend.
    expect(await app.deliveries.markSent(lost!.id, 'dead-worker:3', app.clock.now(), NEWSLETTER_INTERRUPTED_REASON)).toBe(false);
    expect(await app.engine.run(id)).toMatchObject({ claimed: 1, sent: 1 });
    const after = await app.service.get(auth, id);
    expect(after).toMatchObject({ status: 'sent', figures: { recipients: 2, sent: 2, failed: 0, interrupted: 0 } });
    expect(after.startedAt).toEqual(newsletter.startedAt);
    const rows = await app.deliveryRows(id);
    for (const row of rows) expect(received(row.messageId)).toHaveLength(1);

    expect((await app.service.resendInterrupted(auth, id)).resent).toBe(0);
    const audits = (await app.ds.query(`SELECT action, data FROM audit_events WHERE organisation_id = $1 AND subject_id = $2`, [org, id])) as {
      action: string;
      data: unknown;
    }[];
    expect(audits).toEqual([{ action: 'newsletter.interrupted_resent', data: { rows: 1 } }]);
  });

  it('refuses to resend for a newsletter that was never sent, and the sweep reopens a sent newsletter that has queued rows', async () => {
    const org = await app.organisation();
    await app.person(org, 'Kees');
    const { auth, id } = await draft(org);
    await expect(app.service.resendInterrupted(auth, id)).rejects.toMatchObject({ code: 'newsletter_not_sendable' });
    await app.service.send(auth, id, {});
    // The race the sweep repairs: a completion planned before a resend committed closed the newsletter over queued rows.
    await app.ds.query(`UPDATE newsletters SET status = 'sent', finished_at = now() WHERE id = $1`, [id]);
    expect(await app.engine.run(id)).toMatchObject({ claimed: 0 });
    await app.engine.sweep();
    expect(await app.engine.run(id)).toMatchObject({ sent: 1 });
    expect((await app.service.get(auth, id)).status).toBe('sent');
  });

  it('re-claims rows a dead worker had claimed but not yet handed to SMTP, and the old claim can no longer send them', async () => {
    const org = await app.organisation();
    await app.person(org, 'Sanne');
    const { auth, id } = await draft(org);
    await app.service.send(auth, id, {});
    const [claimed] = await app.deliveries.claim(id, 'dead-worker:2', app.clock.now(), 60_000, 10);
    expect(await app.engine.run(id)).toMatchObject({ claimed: 0 });
    app.clock.advance(61_000);
    expect(await app.engine.run(id)).toMatchObject({ claimed: 1, sent: 1 });
    expect(await app.deliveries.markSending(claimed!.id, 'dead-worker:2', app.clock.now(), SEND_LEASE_MS)).toBe(false);
    const [row] = await app.deliveryRows(id);
    expect(received(row!.messageId)).toHaveLength(1);
    expect((await app.service.get(auth, id)).status).toBe('sent');
  });

  it('lets many concurrent runs share one newsletter: every recipient exactly once, none skipped', async () => {
    const org = await app.organisation();
    await app.people(org, 600);
    const { auth, id } = await draft(org);
    const jobsBefore = await app.jobs(QueueNames.newsletterSend);
    await app.service.send(auth, id, {});
    expect((await app.jobs(QueueNames.newsletterSend)) - jobsBefore).toBe(2); // 600 rows, 500 per job
    const results = await Promise.all(Array.from({ length: 6 }, () => app.engine.run(id, 50)));
    // Six runs of 50 leave 300 for more runs, still concurrent.
    const more = await Promise.all(Array.from({ length: 6 }, () => app.engine.run(id, 60)));
    const claimed = [...results, ...more].reduce((sum, r) => sum + r.claimed, 0);
    expect(claimed).toBe(600);
    const rows = await app.deliveryRows(id);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    const ids = new Set(rows.map((r) => r.messageId));
    const got = sink.messages.filter((m) => ids.has(m.messageId!));
    expect(got).toHaveLength(600);
    expect(new Set(got.map((m) => m.messageId)).size).toBe(600);
    expect(got.filter((m) => m.subject?.startsWith('News from')).length).toBe(200);
    expect((await app.service.get(auth, id)).status).toBe('sent');
  });

  it('cancels a sending newsletter: rows not yet sent are skipped, the rest is untouched', async () => {
    const org = await app.organisation();
    await app.people(org, 10);
    const { auth, id } = await draft(org);
    await app.service.send(auth, id, {});
    expect(await app.engine.run(id, 4)).toMatchObject({ sent: 4 });
    const cancelled = await app.service.cancel(auth, id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.figures).toMatchObject({ recipients: 10, sent: 4, skipped: 6, queued: 0 });
    expect(await app.engine.run(id)).toMatchObject({ claimed: 0 });
    await expect(app.service.cancel(auth, id)).rejects.toMatchObject({ code: 'newsletter_not_cancellable' });
  });

  it('schedules for later: the sweep starts it when due; only drafts and scheduled newsletters can be edited', async () => {
    const org = await app.organisation();
    await app.person(org, 'Tom');
    const { auth, id } = await draft(org);
    await expect(app.service.send(auth, id, { scheduledAt: new Date(app.clock.now().getTime() - 1000) })).rejects.toMatchObject({
      code: 'newsletter_schedule_in_past',
    });
    const at = new Date(app.clock.now().getTime() + 3_600_000);
    expect((await app.service.send(auth, id, { scheduledAt: at })).status).toBe('scheduled');
    await expect(app.service.update(auth, id, { removeLocales: ['nl'] })).rejects.toMatchObject({ code: 'newsletter_not_sendable' });
    expect((await app.service.update(auth, id, { name: 'Nieuwsbrief januari' })).name).toBe('Nieuwsbrief januari');
    expect(await app.engine.sweep()).toMatchObject({ started: 0 });
    app.clock.set(at);
    expect(await app.engine.sweep()).toMatchObject({ started: 1 });
    expect((await app.service.get(auth, id)).figures.recipients).toBe(1);
    await expect(app.service.update(auth, id, { name: 'Te laat' })).rejects.toMatchObject({ code: 'newsletter_not_editable' });
  });

  it('previews each language with sample personalisation and test-sends through the outbox', async () => {
    const org = await app.organisation();
    const { auth, id } = await draft(org);
    const nl = await app.service.preview(auth, id, 'nl');
    expect(nl.subject).toBe('Nieuws uit De Linde, Noor');
    expect(nl.html).toContain('<h1>Hallo Noor</h1>');
    expect(nl.html).toContain('&lt;script&gt;');
    const en = await app.service.preview(auth, id, 'en');
    expect(en.text).toContain('Hello Noor');
    await app.service.testSend(auth, id, 'en');
    const [mail] = (await app.ds.query(`SELECT subject, kind, to_address FROM mail_messages WHERE organisation_id = $1`, [org])) as Array<{
      subject: string;
      kind: string;
      to_address: string;
    }>;
    expect(mail).toMatchObject({ subject: '[TEST] News from De Linde, Hanna', kind: 'newsletter_test' });
    expect(mail!.to_address).toMatch(/^hr-\d+@example\.test$/);
  });
});

describe('newsletters with DKIM (MAIL_DKIM_*)', () => {
  it('signs with the configured key, covering both one-click unsubscribe headers', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().replace(/\n/g, '\\n');
    const sink = await SmtpSink.start();
    const app = await startNewsletterTestApp(sink.url, { MAIL_DKIM_DOMAIN: 'delinde.nl', MAIL_DKIM_SELECTOR: 'kring2026', MAIL_DKIM_PRIVATE_KEY: pem });
    try {
      const org = await app.organisation();
      await app.person(org, 'Vera');
      const auth = await app.hr(org);
      const segmentId = await app.segment(org);
      const { id } = await app.service.create(auth, { name: 'DKIM', segmentId, variants: [NL] });
      await app.service.send(auth, id, {});
      expect(await app.engine.run(id)).toMatchObject({ sent: 1 });
      // mailparser hands structured headers over as { value, params }: DKIM-Signature's tags are in params.
      const header = sink.messages[0]!.headers.get('dkim-signature') as { value: string; params: Record<string, string> };
      const tags = Object.fromEntries(
        `${header.value};${Object.entries(header.params).map(([k, v]) => `${k}=${v}`).join(';')}`
          .replace(/\s+/g, '')
          .split(';')
          .filter((t) => t.includes('='))
          .map((t) => [t.slice(0, t.indexOf('=')), t.slice(t.indexOf('=') + 1)]),
      );
      expect(tags['d']).toBe('delinde.nl');
      expect(tags['s']).toBe('kring2026');
      expect(tags['b']).toBeTruthy();
      const signed = tags['h']!.toLowerCase().split(':');
      expect(signed).toEqual(expect.arrayContaining(['list-unsubscribe', 'list-unsubscribe-post', 'message-id', 'from', 'subject']));
    } finally {
      await app.close();
      await sink.stop();
    }
  });
});

describe('newsletters demo data', () => {
  it('seeds a sent newsletter with deliveries and a draft, once', async () => {
    const { seedDemo } = await import('@kring/server-database');
    const sink = await SmtpSink.start();
    const app = await startNewsletterTestApp(sink.url);
    try {
      const passwords = { hr: 'demo-hr-passphrase', employee: 'demo-employee-passphrase' };
      await seedDemo(app.ds.manager, passwords);
      await seedDemo(app.ds.manager, passwords);
      const rows = (await app.ds.query(
        `SELECT n.name, n.status, count(d.id)::int AS deliveries, count(DISTINCT v.locale)::int AS variants
           FROM newsletters n LEFT JOIN newsletter_deliveries d ON d.newsletter_id = n.id
           LEFT JOIN newsletter_variants v ON v.newsletter_id = n.id
          WHERE n.name IN ('Kerstnieuwsbrief 2026', 'Nieuwsbrief november: nieuwe locatie Leidsche Rijn')
          GROUP BY n.id ORDER BY n.name`,
      )) as Array<{ name: string; status: string; deliveries: number; variants: number }>;
      expect(rows.map((r) => [r.name, r.status, r.variants])).toEqual([
        ['Kerstnieuwsbrief 2026', 'draft', 1],
        ['Nieuwsbrief november: nieuwe locatie Leidsche Rijn', 'sent', 2],
      ]);
      expect(rows[1]!.deliveries).toBeGreaterThan(0);
    } finally {
      await app.close();
      await sink.stop();
    }
  });
});
