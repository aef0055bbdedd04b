import type { OrganisationId } from '@kring/server-database';
import { SmtpSink, type ReceivedMail } from '@kring/server-testing';
import { startActivationTestApp, type ActivationTestApp } from './testing/activation-test-app';

const NL = { locale: 'nl' as const, subject: 'Help ons aan zorgtalent, {{voornaam}}', preheader: 'Verwijs en verdien', bodyMarkdown: 'Hoi {{voornaam}},\n\nKen jij iemand die bij ons past?' };
const EN = { locale: 'en' as const, subject: 'Help us find care talent, {{firstName}}', preheader: 'Refer and earn', bodyMarkdown: 'Hi {{firstName}},\n\nDo you know someone who fits?' };
const CODE_URL = /https?:\/\/[^\s"<>]+\/r\/([A-HJ-NP-Z2-9]{6,12})\/email/g;
const days = (n: number) => new Date(Date.now() - n * 86_400_000);

describe('programme activation mails (real PostgreSQL, real engine, SMTP sink)', () => {
  let sink: SmtpSink;
  let app: ActivationTestApp;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await startActivationTestApp(sink.url);
  });
  afterAll(async () => {
    await app?.close();
    await sink?.stop();
  });

  const mailTo = (messageId: string): ReceivedMail => {
    const found = sink.messages.filter((m) => m.messageId === messageId);
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const codesIn = (body: string | undefined) => [...(body ?? '').matchAll(CODE_URL)].map((m) => m[1]!);
  const header = (mail: ReceivedMail, name: string) => String(mail.headers.get(name) ?? '');
  // mailparser gathers the List-* headers under `list`.
  const unsubscribeOf = (mail: ReceivedMail) => {
    const list = mail.headers.get('list') as { unsubscribe: { url: string }; 'unsubscribe-post': { name: string } };
    return { url: new URL(list.unsubscribe.url), post: list['unsubscribe-post'].name };
  };

  it('reaches exactly the programme’s eligible, reachable referrers who did not opt out, each with their own share links', async () => {
    const org = await app.organisation();
    const auth = await app.hr(org);
    const programme = await app.programme(org, { name: 'Zorgtalent <gezocht>', audiences: ['employee_permanent', 'alumnus'] });
    const anna = await app.user(org, 'Anna', ['employee'], { locale: 'nl' });
    const bob = await app.user(org, 'Bob', ['alumnus'], { locale: 'en' });
    const karin = await app.user(org, 'Karin', ['employee', 'hr_admin'], { employmentType: 'permanent' });
    await app.ds.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, legal_basis, source, given_at) VALUES ($1, $2, 'programme_mails', 'granted', 'legitimate_interest', 'test', now())`,
      [org, karin.personId],
    );
    await app.user(org, 'Cees', ['employee'], { employmentType: 'flex' }); // employee_flex: not admitted
    await app.user(org, 'Dirk', ['external_referrer']); // wrong audience
    await app.user(org, 'Els', ['hr_admin']); // HR alone refers nowhere
    const fenna = await app.user(org, 'Fenna', ['employee']);
    await app.ds.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, legal_basis, source, withdrawn_at) VALUES ($1, $2, 'programme_mails', 'withdrawn', 'legitimate_interest', 'test', now())`,
      [org, fenna.personId],
    );
    const gijs = await app.user(org, 'Gijs', ['employee']);
    await app.ds.query(`INSERT INTO mail_suppressions (organisation_id, email, reason, source) VALUES ($1, $2, 'hard_bounce', 'test')`, [org, gijs.email]);
    const hans = await app.user(org, 'Hans', ['employee']);
    await app.ds.query(`UPDATE people SET erased_at = now() WHERE id = $1`, [hans.personId]);
    await app.user(org, 'Ilse', ['employee'], { status: 'deactivated' });
    await app.user(org, 'Joop', ['employee'], { email: null });

    // Six open vacancies (the five newest are linked), one closed, one draft, one of another organisation.
    const titles = ['Oudste', 'Verzorgende IG', 'Helpende', 'Teamleider <Zorg> & Welzijn', 'Fysiotherapeut', 'Verpleegkundige'];
    const vacancies = [];
    for (const [i, title] of titles.entries()) vacancies.push(await app.vacancy(org, title, { openedAt: days(10 - i) }));
    await app.vacancy(org, 'Gesloten', { status: 'closed', openedAt: days(0) });
    await app.vacancy(org, 'Concept', { status: 'draft', openedAt: days(0) });
    const other = await app.organisation('Ander');
    await app.vacancy(other, 'Elders', { openedAt: days(0) });
    // Anna already shared the newest vacancy: that link is reused, not duplicated.
    await app.ds.query(`INSERT INTO share_links (organisation_id, code, owner_user_id, vacancy_id) VALUES ($1, 'ANNA2345', $2, $3)`, [org, anna.userId, vacancies[5]]);

    const draft = await app.service.create(auth, { name: 'Activatie december', programmeId: programme, variants: [NL, EN] });
    expect(draft).toMatchObject({ kind: 'activation', programmeId: programme, programmeName: 'Zorgtalent <gezocht>', segmentId: null, eligibleRecipients: 3 });

    const started = await app.service.send(auth, draft.id, {});
    expect(started.status).toBe('sending');
    const rows = await app.deliveryRows(draft.id);
    expect(rows.map((r) => [r.firstName, r.locale])).toEqual([
      ['Anna', 'nl'],
      ['Bob', 'en'],
      ['Karin', 'nl'],
    ]);

    // Share links: one per recipient and linked vacancy, the five newest, the existing one kept.
    const newestFive = [...titles].reverse().slice(0, 5);
    for (const who of [anna, bob, karin]) {
      const links = await app.shareLinks(org, who.userId);
      expect(links).toHaveLength(5);
      expect(links.map((l) => l.vacancyId).sort()).toEqual(vacancies.slice(1).sort());
      for (const l of links) expect(l.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    }
    expect((await app.shareLinks(org, anna.userId)).map((l) => l.code)).toContain('ANNA2345');
    // Links the mail made award no share points (only Anna's own earlier share did); a normal insert still does.
    const points = await app.ds.query(`SELECT user_id AS "userId", count(*)::int AS n FROM points_events WHERE organisation_id = $1 AND kind = 'share' GROUP BY user_id`, [org]);
    expect(points).toEqual([{ userId: anna.userId, n: 1 }]);
    for (const row of rows) {
      expect(row.personal.programmeName).toBe('Zorgtalent <gezocht>');
      expect(row.personal.links.map((l) => l.title)).toEqual(newestFive);
      expect(row.personal.overviewUrl).toMatch(/\/vacancies$/);
    }
    expect(rows[0]!.personal.links[0]!.url).toMatch(/\/r\/ANNA2345\/email$/);

    // Through the real engine to the sink: each mail carries that person's own links and no one else's.
    expect(await app.engine.run(draft.id)).toMatchObject({ claimed: 3, sent: 3, skipped: 0 });
    const byName = new Map(rows.map((r) => [r.firstName, r]));
    const codesOf = async (userId: string) => (await app.shareLinks(org, userId)).map((l) => l.code).sort();
    for (const [name, who] of [['Anna', anna], ['Bob', bob], ['Karin', karin]] as const) {
      const mail = mailTo(byName.get(name)!.messageId);
      expect(codesIn(mail.html).sort()).toEqual(await codesOf(who.userId));
      expect(codesIn(mail.text).sort()).toEqual(await codesOf(who.userId));
      expect(header(mail, 'x-kring-kind')).toBe('activation');
      expect(unsubscribeOf(mail).url.searchParams.get('topic')).toBe('programme_mails');
      expect(unsubscribeOf(mail).post).toBe('List-Unsubscribe=One-Click');
      // Titles and the programme name are escaped in HTML, plain in text.
      expect(mail.html).toContain('Teamleider &lt;Zorg&gt; &amp; Welzijn');
      expect(mail.html).not.toContain('<Zorg>');
      expect(mail.text).toContain('- Teamleider <Zorg> & Welzijn: ');
    }
    const toAnna = mailTo(byName.get('Anna')!.messageId);
    expect(toAnna.subject).toBe('Help ons aan zorgtalent, Anna');
    expect(toAnna.html).toContain('Jouw persoonlijke deellinks');
    expect(toAnna.html).toContain('in het programma Zorgtalent &lt;gezocht&gt;.');
    expect(toAnna.html).toContain('Alle open vacatures bekijken en delen');
    expect(toAnna.html).not.toContain('Oudste');
    const toBob = mailTo(byName.get('Bob')!.messageId);
    expect(toBob.subject).toBe('Help us find care talent, Bob');
    expect(toBob.html).toContain('Your personal share links');
    expect(toBob.text).toContain('in the programme Zorgtalent <gezocht>.');

    const done = await app.service.get(auth, draft.id);
    expect(done).toMatchObject({ status: 'sent', eligibleRecipients: null });
    expect(done.figures).toMatchObject({ recipients: 3, sent: 3, opened: null, clicked: null });
    const list = await app.service.list(auth, { programmeId: programme });
    expect(list.items.map((i) => [i.id, i.kind])).toEqual([[draft.id, 'activation']]);
    expect((await app.service.list(auth, { kind: 'newsletter' })).items).toEqual([]);
  });

  it('refuses archived and ended programmes, another organisation’s programme, and a segment on an activation mail', async () => {
    const org = await app.organisation();
    const auth = await app.hr(org);
    const archived = await app.programme(org, { archived: true });
    const ended = await app.programme(org, { endsAt: days(1) });
    await expect(app.service.create(auth, { name: 'x', programmeId: archived })).rejects.toMatchObject({ code: 'activation_programme_closed' });
    await expect(app.service.create(auth, { name: 'x', programmeId: ended })).rejects.toMatchObject({ code: 'activation_programme_closed' });
    const foreign = await app.programme(await app.organisation('Ander'));
    await expect(app.service.create(auth, { name: 'x', programmeId: foreign })).rejects.toMatchObject({ code: 'not_found' });

    // A programme that ends after the draft was written cannot be sent any more.
    const ending = await app.programme(org, { endsAt: new Date(Date.now() + 3_600_000) });
    const draft = await app.service.create(auth, { name: 'Laatste kans', programmeId: ending, variants: [NL] });
    await expect(app.service.update(auth, draft.id, { segmentId: archived })).rejects.toMatchObject({ code: 'validation_failed' });
    await app.ds.query(`UPDATE programmes SET ends_at = now() - interval '1 minute' WHERE id = $1`, [ending]);
    await expect(app.service.send(auth, draft.id, {})).rejects.toMatchObject({ code: 'activation_programme_closed' });
    expect((await app.service.get(auth, draft.id)).status).toBe('draft');
  });

  it('re-checks at send time: opted out, role lost, suppressed or programme archived after the enqueue means skipped', async () => {
    const org = await app.organisation();
    const auth = await app.hr(org);
    const programme = await app.programme(org);
    await app.vacancy(org, 'Verpleegkundige');
    const stays = await app.user(org, 'Blijft', ['employee']);
    const optsOut = await app.user(org, 'Meldtaf', ['employee']);
    const leaves = await app.user(org, 'Vertrekt', ['employee']);
    const bounces = await app.user(org, 'Stuitert', ['alumnus']);
    const draft = await app.service.create(auth, { name: 'Activatie', programmeId: programme, variants: [NL] });
    await app.service.send(auth, draft.id, {});
    expect(await app.deliveryRows(draft.id)).toHaveLength(4);

    await app.ds.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, legal_basis, source, withdrawn_at) VALUES ($1, $2, 'programme_mails', 'withdrawn', 'legitimate_interest', 'test', now())`,
      [org, optsOut.personId],
    );
    await app.ds.query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [leaves.userId]);
    await app.ds.query(`INSERT INTO mail_suppressions (organisation_id, email, reason, source) VALUES ($1, $2, 'complaint', 'test')`, [org, bounces.email]);

    expect(await app.engine.run(draft.id)).toMatchObject({ claimed: 4, sent: 1, skipped: 3 });
    const rows = await app.deliveryRows(draft.id);
    expect(rows.map((r) => [r.firstName, r.status])).toEqual([
      ['Blijft', 'sent'],
      ['Meldtaf', 'skipped'],
      ['Stuitert', 'skipped'],
      ['Vertrekt', 'skipped'],
    ]);
    expect(rows.find((r) => r.personId === stays.personId)!.status).toBe('sent');

    // Archiving the programme stops what is not sent yet.
    const second = await app.service.create(auth, { name: 'Activatie 2', programmeId: programme, variants: [NL] });
    await app.service.send(auth, second.id, {});
    await app.ds.query(`UPDATE programmes SET archived_at = now() WHERE id = $1`, [programme]);
    expect(await app.engine.run(second.id)).toMatchObject({ claimed: 1, sent: 0, skipped: 1 });
  });

  it('one-click unsubscribe from an activation mail withdraws programme mails only; the next activation mail skips that person', async () => {
    const org = await app.organisation();
    const auth = await app.hr(org);
    const programme = await app.programme(org, { scope: 'selected' });
    const selected = await app.vacancy(org, 'Geselecteerd', { programmeId: programme });
    await app.vacancy(org, 'Niet in het programma');
    const noor = await app.user(org, 'Noor', ['employee']);
    await app.ds.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at) VALUES ($1, $2, 'newsletter', 'granted', 'test', now())`,
      [org, noor.personId],
    );
    // The hiring manager of the selected vacancy gets no link to it (the programme does not allow the hiring team).
    const manager = await app.user(org, 'Manager', ['employee']);
    await app.ds.query(`UPDATE vacancies SET hiring_manager_user_id = $2 WHERE id = $1`, [selected, manager.userId]);

    const before = await app.preferences.mine({ organisationId: org, personId: noor.personId });
    expect(before.topics.map((t) => [t.topic, t.subscribed])).toEqual([
      ['newsletter', true],
      ['job_alerts', false],
      ['events', false],
      ['programme_mails', true],
    ]);

    const draft = await app.service.create(auth, { name: 'Activatie', programmeId: programme, variants: [NL] });
    await app.service.send(auth, draft.id, {});
    await app.engine.run(draft.id);
    const rows = await app.deliveryRows(draft.id);
    const managerRow = rows.find((r) => r.personId === manager.personId)!;
    expect(managerRow.personal.links).toEqual([]);
    expect(mailTo(managerRow.messageId).text).toContain('Er staan op dit moment geen open vacatures in dit programma.');
    const noorRow = rows.find((r) => r.personId === noor.personId)!;
    expect(noorRow.personal.links.map((l) => l.title)).toEqual(['Geselecteerd']);

    const { url } = unsubscribeOf(mailTo(noorRow.messageId));
    expect(url.searchParams.get('topic')).toBe('programme_mails');
    await app.preferences.unsubscribe(url.searchParams.get('token')!, 'programme_mails');
    await app.preferences.unsubscribe(url.searchParams.get('token')!, 'programme_mails'); // idempotent

    const consents = await app.ds.query(
      `SELECT purpose, status, legal_basis AS "legalBasis" FROM consents WHERE person_id = $1 ORDER BY purpose`,
      [noor.personId],
    );
    expect(consents).toEqual([
      { purpose: 'newsletter', status: 'granted', legalBasis: 'consent' },
      { purpose: 'programme_mails', status: 'withdrawn', legalBasis: 'legitimate_interest' },
    ]);
    const [events] = await app.ds.query(`SELECT count(*)::int AS n FROM consent_events WHERE person_id = $1 AND purpose = 'programme_mails'`, [noor.personId]);
    expect(events.n).toBe(1);
    const [{ unsubscribedAt }] = await app.ds.query(`SELECT unsubscribed_at AS "unsubscribedAt" FROM newsletter_deliveries WHERE id = $1`, [noorRow.id]);
    expect(unsubscribedAt).toBeInstanceOf(Date);
    expect((await app.service.get(auth, draft.id)).figures.unsubscribed).toBe(1);

    const after = await app.preferences.mine({ organisationId: org, personId: noor.personId });
    expect(after.topics.find((t) => t.topic === 'programme_mails')).toMatchObject({ subscribed: false, status: 'withdrawn' });
    expect(after.topics.find((t) => t.topic === 'newsletter')).toMatchObject({ subscribed: true });

    const next = await app.service.create(auth, { name: 'Activatie 2', programmeId: programme, variants: [NL] });
    expect(next.eligibleRecipients).toBe(1);
    await app.service.send(auth, next.id, {});
    expect((await app.deliveryRows(next.id)).map((r) => r.personId)).toEqual([manager.personId]);

    // Switching it on again in the preference centre makes Noor a recipient again (no expiry: legitimate interest).
    await app.preferences.setMine(
      { organisationId: org, personId: noor.personId, userId: noor.userId },
      { newsletter: true, job_alerts: false, events: false, programme_mails: true },
    );
    const [row] = await app.ds.query(`SELECT status, expires_at AS "expiresAt" FROM consents WHERE person_id = $1 AND purpose = 'programme_mails'`, [noor.personId]);
    expect(row).toEqual({ status: 'granted', expiresAt: null });
    const third = await app.service.create(auth, { name: 'Activatie 3', programmeId: programme, variants: [NL] });
    expect(third.eligibleRecipients).toBe(2);
  });

  it('previews with the programme’s vacancies, schedules and cancels like a newsletter', async () => {
    const org: OrganisationId = await app.organisation();
    const auth = await app.hr(org);
    const programme = await app.programme(org, { name: 'Verwijsactie winter' });
    await app.vacancy(org, 'Wijkverpleegkundige');
    const draft = await app.service.create(auth, { name: 'Activatie', programmeId: programme, variants: [NL, EN] });
    const preview = await app.service.preview(auth, draft.id, 'nl');
    expect(preview.subject).toBe('Help ons aan zorgtalent, Noor');
    expect(preview.html).toContain('Wijkverpleegkundige');
    expect(preview.html).toContain('in het programma Verwijsactie winter.');
    expect(preview.text).toContain('Geen mails meer over verwijsprogramma’s');

    const scheduled = await app.service.send(auth, draft.id, { scheduledAt: new Date(Date.now() + 3_600_000) });
    expect(scheduled.status).toBe('scheduled');
    expect((await app.service.cancel(auth, draft.id)).status).toBe('cancelled');
  });

  it('a scheduled activation mail is started by the sweep with the activation audience and each referrer’s share links', async () => {
    const org: OrganisationId = await app.organisation();
    const auth = await app.hr(org);
    const programme = await app.programme(org, { name: 'Verwijsactie lente' });
    await app.vacancy(org, 'Helpende Plus');
    const anna = await app.user(org, 'Anna', ['employee']);
    const draft = await app.service.create(auth, { name: 'Gepland', programmeId: programme, variants: [NL, EN] });
    const at = new Date(app.clock.now().getTime() + 3_600_000);
    expect((await app.service.send(auth, draft.id, { scheduledAt: at })).status).toBe('scheduled');

    app.clock.set(new Date(at.getTime() + 1000));
    try {
      expect((await app.engine.sweep()).started).toBeGreaterThanOrEqual(1);
      const rows: Array<{ person_id: string; personal: { shareLinks?: unknown[] } | null }> = await app.ds.query(
        `SELECT person_id, personal FROM newsletter_deliveries WHERE newsletter_id = $1`,
        [draft.id],
      );
      // Only the referrer (HR alone refers nowhere), with the links the newsletter dispatcher would never have added.
      expect(rows.map((r) => r.person_id)).toEqual([anna.personId]);
      expect(rows[0]!.personal).not.toBeNull();
      expect(await app.engine.run(draft.id)).toMatchObject({ sent: 1 });
    } finally {
      app.clock.set(new Date());
    }
  });
});
