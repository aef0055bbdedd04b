import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobAlertsRepository } from '@kring/server-mailings';
import { QueueNames } from '@kring/server-queue';
import { createTestDatabase, FakeClock, SmtpSink, testConfig, type TestDatabase, waitUntil } from '@kring/server-testing';
import { createWorker } from './main';
import { MailingsJobAlertsWorker } from './mailings-job-alerts.worker';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;


interface Alert {
  keywords?: string;
  functions?: string[];
  skills?: string[];
  locations?: string[];
  employmentTypes?: string[];
  frequency?: 'instant' | 'daily' | 'weekly';
  createdAt?: Date;
}

describe('job alerts in the worker', () => {
  let db: TestDatabase;
  let sink: SmtpSink;
  let clock: FakeClock;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let jobs: MailingsJobAlertsWorker;
  let slug = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    sink = await SmtpSink.start();
    clock = new FakeClock('2027-03-02T07:30:00Z'); // Tuesday 08:30 in Amsterdam
    worker = await createWorker({ config: testConfig(db.url, { SMTP_URL: sink.url }), clock, logger: false });
    ds = worker.get(DataSource);
    jobs = worker.get(MailingsJobAlertsWorker);
  });
  afterAll(async () => {
    await worker.close();
    await sink.stop();
    await db.drop();
  });
  beforeEach(async () => {
    clock.set('2027-03-02T07:30:00Z');
    await ds.query(`DELETE FROM job_alert_subscriptions`); // the digest runs over every organisation: start each test without earlier alerts
  });

  const organisation = async (): Promise<string> => {
    const [{ id }] = await ds.query(`INSERT INTO organisations (name, slug) VALUES ('Zorggroep De Linde', $1) RETURNING id`, [`de-linde-alerts-${++slug}`]);
    return id;
  };
  const person = async (
    org: string,
    name: string,
    options: { email?: string | null; locale?: 'nl' | 'en'; consent?: 'granted' | 'withdrawn' | 'expired' | null } = {},
  ): Promise<string> => {
    const email = options.email === undefined ? `${name.toLowerCase()}.${slug}@example.test` : options.email;
    const [{ id }] = await ds.query(`INSERT INTO people (organisation_id, first_name, email, locale, phase) VALUES ($1, $2, $3, $4, 'exit') RETURNING id`, [
      org,
      name,
      email,
      options.locale ?? 'nl',
    ]);
    const consent = options.consent === undefined ? 'granted' : options.consent;
    if (consent) {
      const expiresAt = consent === 'expired' ? new Date(clock.now().getTime() - DAY) : new Date(clock.now().getTime() + 300 * DAY);
      await ds.query(
        `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at, withdrawn_at)
         VALUES ($1, $2, 'job_alerts', $3, 'job_alert_subscription', $4, $5, CASE WHEN $3 = 'withdrawn' THEN $4::timestamptz END)`,
        [org, id, consent === 'withdrawn' ? 'withdrawn' : 'granted', new Date(clock.now().getTime() - 30 * DAY), expiresAt],
      );
    }
    return id;
  };
  const alert = async (org: string, personId: string, a: Alert): Promise<string> => {
    const [{ id }] = await ds.query(
      `INSERT INTO job_alert_subscriptions (organisation_id, person_id, keywords, functions, skills, locations, employment_types, frequency, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [org, personId, a.keywords ?? '', a.functions ?? [], a.skills ?? [], a.locations ?? [], a.employmentTypes ?? [], a.frequency ?? 'instant', a.createdAt ?? new Date(clock.now().getTime() - 10 * DAY)],
    );
    return id;
  };
  const vacancy = async (
    org: string,
    v: { title: string; description?: string; location?: string; type?: string; skills?: string[]; openedAt?: Date; status?: string },
  ): Promise<string> => {
    const [{ id }] = await ds.query(
      `INSERT INTO vacancies (organisation_id, title, description_markdown, location, employment_type, skills, status, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [org, v.title, v.description ?? '', v.location ?? null, v.type ?? 'permanent', v.skills ?? [], v.status ?? 'open', v.openedAt ?? clock.now()],
    );
    return id;
  };
  const instant = (org: string, vacancyId: string) => jobs.runInstant({ data: { organisationId: org, vacancyId } });
  const delivered = async (org: string): Promise<Array<{ person: string; vacancy: string; mode: string }>> =>
    ds.query(
      `SELECT p.first_name AS person, v.title AS vacancy, d.mode FROM job_alert_deliveries d
       JOIN people p ON p.id = d.person_id JOIN vacancies v ON v.id = d.vacancy_id
       WHERE d.organisation_id = $1 ORDER BY p.first_name, v.title`,
      [org],
    );
  const mailsTo = (email: string) => sink.messages.filter((m) => m.envelopeTo.includes(email));
  const emailOf = async (personId: string): Promise<string> => (await ds.query(`SELECT email FROM people WHERE id = $1`, [personId]))[0].email;

  it('matches in PostgreSQL: prefilter on type, location, skills and functions, keywords (phrases, exclusions) with Dutch and English stemming', async () => {
    const org = await organisation();
    await alert(org, await person(org, 'Anna'), { keywords: 'verpleegkundigen' });
    await alert(org, await person(org, 'Bram'), { keywords: 'nurses' });
    await alert(org, await person(org, 'Carla'), { locations: ['utrecht'], employmentTypes: ['permanent', 'temporary'] });
    await alert(org, await person(org, 'Dirk'), { skills: ['wondzorg'] });
    await alert(org, await person(org, 'Eva'), { skills: ['palliatieve zorg'] });
    await alert(org, await person(org, 'Fleur'), { keywords: 'verpleegkundige', employmentTypes: ['flex'] });
    await alert(org, await person(org, 'Gijs'), { functions: ['verpleegkundige', 'kok'] });
    await alert(org, await person(org, 'Hugo'), { keywords: 'verpleegkundige', frequency: 'daily' });
    await alert(org, await person(org, 'Iris'), { keywords: 'verpleegkundige', locations: ['amsterdam'] });
    await alert(org, await person(org, 'Jan'), { keywords: '"registered nurse" -verpleegkundige' });
    await alert(org, await person(org, 'Kees'), { keywords: '"nurse registered"' });
    await alert(org, await person(org, 'Lotte'), { keywords: 'nurse -nights' });
    const dutch = await vacancy(org, { title: 'Verpleegkundige wondzorg', location: 'Utrecht Overvecht', skills: ['Wondzorg', 'BIG'] });
    const english = await vacancy(org, { title: 'Registered nurse (night shifts)', location: 'Amsterdam', type: 'temporary', description: 'Care for our residents at night.' });
    const other = await vacancy(org, { title: 'Kok', location: 'Zeist', type: 'flex' });

    expect(await instant(org, dutch)).toEqual({ sent: 4 });
    expect(await instant(org, english)).toEqual({ sent: 2 });
    expect(await instant(org, other)).toEqual({ sent: 1 });
    expect(await delivered(org)).toEqual([
      { person: 'Anna', vacancy: 'Verpleegkundige wondzorg', mode: 'instant' },
      { person: 'Bram', vacancy: 'Registered nurse (night shifts)', mode: 'instant' },
      { person: 'Carla', vacancy: 'Verpleegkundige wondzorg', mode: 'instant' },
      { person: 'Dirk', vacancy: 'Verpleegkundige wondzorg', mode: 'instant' },
      { person: 'Gijs', vacancy: 'Kok', mode: 'instant' },
      { person: 'Gijs', vacancy: 'Verpleegkundige wondzorg', mode: 'instant' },
      { person: 'Jan', vacancy: 'Registered nurse (night shifts)', mode: 'instant' },
    ]);
  });

  it('mails only people with granted, unexpired consent, an address and no suppression; in their language, with one-click unsubscribe and a touchpoint', async () => {
    const org = await organisation();
    const yes = await person(org, 'Noor', { locale: 'en' });
    const without = await person(org, 'Olaf', { consent: null });
    const withdrawn = await person(org, 'Pien', { consent: 'withdrawn' });
    const expired = await person(org, 'Quinten', { consent: 'expired' });
    const suppressed = await person(org, 'Roos');
    const noEmail = await person(org, 'Sem', { email: null });
    for (const p of [yes, without, withdrawn, expired, suppressed, noEmail]) await alert(org, p, { keywords: 'helpende' });
    await ds.query(`INSERT INTO mail_suppressions (organisation_id, email, reason, source) VALUES ($1, $2, 'hard_bounce', 'test')`, [org, await emailOf(suppressed)]);
    const v = await vacancy(org, { title: 'Helpende plus', location: 'Zeist' });

    expect(await instant(org, v)).toEqual({ sent: 1 });
    const to = await emailOf(yes);
    await waitUntil('the alert', () => mailsTo(to).length === 1);
    const [mail] = mailsTo(to);
    expect(mail!.subject).toBe('New vacancy: Helpende plus');
    expect(mail!.text).toContain(`/vacancies/${v}`);
    expect(mail!.headers.get('list')).toEqual({ // mailparser's reading of List-Unsubscribe and List-Unsubscribe-Post
      unsubscribe: { url: expect.stringMatching(/^http:\/\/[^?]+\/api\/public\/mailings\/unsubscribe\?token=[^&]+&topic=job_alerts$/) },
      'unsubscribe-post': { name: 'List-Unsubscribe=One-Click' },
    });
    const touchpoints = await ds.query(`SELECT person_id, kind, channel FROM touchpoints WHERE organisation_id = $1 AND kind = 'job_alert_sent'`, [org]);
    expect(touchpoints).toEqual([{ person_id: yes, kind: 'job_alert_sent', channel: 'job_alert' }]);
    expect(await delivered(org)).toEqual([{ person: 'Noor', vacancy: 'Helpende plus', mode: 'instant' }]);
  });

  it('sends a vacancy once per person: across two alerts, a repeated instant job, and instant then digest; an empty digest is not sent but advances', async () => {
    const org = await organisation();
    const tessa = await person(org, 'Tessa');
    await alert(org, tessa, { keywords: 'verpleegkundige' });
    await alert(org, tessa, { skills: ['wondzorg'] });
    const daily = await alert(org, tessa, { keywords: 'wondzorg', frequency: 'daily' });
    const v = await vacancy(org, { title: 'Verpleegkundige wondzorg', skills: ['wondzorg'], openedAt: new Date(clock.now().getTime() - HOUR) });

    expect(await instant(org, v)).toEqual({ sent: 1 });
    expect(await instant(org, v)).toEqual({ sent: 0 });
    const to = await emailOf(tessa);
    await waitUntil('the instant alert', () => mailsTo(to).length === 1);

    clock.set('2027-03-03T07:10:00Z'); // Wednesday 08:10: the daily digest is due; its only vacancy was sent already
    const run = await jobs.runDigests();
    expect(run).toMatchObject({ sent: 0 });
    const [row] = await ds.query(`SELECT last_digest_at FROM job_alert_subscriptions WHERE id = $1`, [daily]);
    expect(row.last_digest_at).toEqual(clock.now());
    expect(await delivered(org)).toEqual([{ person: 'Tessa', vacancy: 'Verpleegkundige wondzorg', mode: 'instant' }]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsTo(to)).toHaveLength(1);
  });

  it('digests: daily from 08:00, weekly on Monday from 08:00 (Amsterdam), only vacancies published since the last digest', async () => {
    const org = await organisation();
    const uma = await person(org, 'Uma', { locale: 'nl' });
    const victor = await person(org, 'Victor', { locale: 'en' });
    const monday = new Date('2027-03-01T07:00:00Z'); // Monday 08:00 Amsterdam
    const dailyAlert = await alert(org, uma, { keywords: 'zorg', frequency: 'daily', createdAt: new Date('2027-02-20T12:00:00Z') });
    await alert(org, victor, { keywords: 'zorg', frequency: 'weekly', createdAt: new Date(monday.getTime() + HOUR) }); // after this week's Monday run
    await ds.query(`UPDATE job_alert_subscriptions SET last_digest_at = $2 WHERE id = $1`, [dailyAlert, monday]);
    await vacancy(org, { title: 'Coördinator zorg', openedAt: new Date(monday.getTime() - HOUR) }); // before Uma's last digest
    await vacancy(org, { title: 'Medewerker zorg', openedAt: new Date(monday.getTime() + 2 * HOUR) });
    await vacancy(org, { title: 'Assistent zorg', openedAt: new Date(monday.getTime() + 3 * HOUR) });
    await vacancy(org, { title: 'Thuiszorg medewerker', openedAt: new Date(monday.getTime() + 4 * HOUR), status: 'closed' });
    await vacancy(org, { title: 'Kok', openedAt: new Date(monday.getTime() + 5 * HOUR) });

    clock.set('2027-03-02T06:30:00Z'); // Tuesday 07:30 Amsterdam: nothing due yet
    expect(await jobs.runDigests()).toEqual({ people: 0, sent: 0, empty: 0 });
    clock.set('2027-03-02T07:05:00Z'); // Tuesday 08:05
    expect(await jobs.runDigests()).toEqual({ people: 1, sent: 1, empty: 0 });
    expect(await jobs.runDigests()).toEqual({ people: 0, sent: 0, empty: 0 });
    const umaMail = await emailOf(uma);
    await waitUntil('the daily digest', () => mailsTo(umaMail).length === 1);
    expect(mailsTo(umaMail)[0]!.subject).toBe('2 nieuwe vacatures bij Zorggroep De Linde');
    expect(mailsTo(umaMail)[0]!.text).toContain('Assistent zorg');
    expect(mailsTo(umaMail)[0]!.text).not.toContain('Coördinator zorg');

    await vacancy(org, { title: 'Wijkverpleegkundige zorg', openedAt: new Date('2027-03-04T10:00:00Z') });
    clock.set('2027-03-08T07:01:00Z'); // next Monday 08:01: Uma's daily (one new) and Victor's weekly digest
    expect(await jobs.runDigests()).toEqual({ people: 2, sent: 2, empty: 0 });
    const victorMail = await emailOf(victor);
    await waitUntil('the weekly digest', () => mailsTo(victorMail).length === 1 && mailsTo(umaMail).length === 2);
    expect(mailsTo(victorMail)[0]!.subject).toBe('3 new vacancies at Zorggroep De Linde');
    expect(mailsTo(umaMail)[1]!.subject).toBe('1 nieuwe vacature bij Zorggroep De Linde');
    expect(await delivered(org)).toEqual([
      { person: 'Uma', vacancy: 'Assistent zorg', mode: 'digest' },
      { person: 'Uma', vacancy: 'Medewerker zorg', mode: 'digest' },
      { person: 'Uma', vacancy: 'Wijkverpleegkundige zorg', mode: 'digest' },
      { person: 'Victor', vacancy: 'Assistent zorg', mode: 'digest' },
      { person: 'Victor', vacancy: 'Medewerker zorg', mode: 'digest' },
      { person: 'Victor', vacancy: 'Wijkverpleegkundige zorg', mode: 'digest' },
    ]);
  });

  it('computes the digest moments in Amsterdam time, across the change to summer time', async () => {
    const repo = worker.get(JobAlertsRepository);
    expect(await repo.digestBoundaries(new Date('2027-03-29T05:59:00Z'))).toEqual({ // Monday 07:59 CEST
      daily: new Date('2027-03-28T06:00:00Z'), // Sunday 08:00 CEST (summer time began that night)
      weekly: new Date('2027-03-22T07:00:00Z'), // the Monday before, 08:00 CET
    });
    expect(await repo.digestBoundaries(new Date('2027-03-29T06:00:00Z'))).toEqual({
      daily: new Date('2027-03-29T06:00:00Z'),
      weekly: new Date('2027-03-29T06:00:00Z'),
    });
  });

  it('the hourly cron enqueues one digest job however many workers fire it', async () => {
    await jobs.enqueueDigests();
    await jobs.enqueueDigests();
    const queued = await ds.query(`SELECT singleton_key FROM pgboss.job WHERE name = $1`, [QueueNames.jobAlertsDigest]);
    expect(queued).toEqual([{ singleton_key: 'job-alerts-digest' }]);
  });

  it('two workers at once mail nobody twice (instant job and digest)', async () => {
    const second = await createWorker({ config: testConfig(db.url, { SMTP_URL: sink.url }), clock, logger: false });
    try {
      const other = second.get(MailingsJobAlertsWorker);
      const org = await organisation();
      const people = await Promise.all(['Wim', 'Xandra', 'Yara', 'Zeno'].map((n) => person(org, n)));
      for (const p of people) {
        await alert(org, p, { keywords: 'kok' });
        await alert(org, p, { keywords: 'keuken', frequency: 'daily', createdAt: clock.now() }); // first digest due tomorrow 08:00
      }
      const v = await vacancy(org, { title: 'Kok', description: 'Werken in onze keuken.' });
      const runs = await Promise.all([instant(org, v), other.runInstant({ data: { organisationId: org, vacancyId: v } })]);
      expect(runs[0]!.sent + runs[1]!.sent).toBe(4);

      await vacancy(org, { title: 'Zelfstandig werkend kok', description: 'Keuken', openedAt: new Date(clock.now().getTime() + HOUR) });
      clock.set('2027-03-03T07:10:00Z');
      const digests = await Promise.all([jobs.runDigests(), other.runDigests()]);
      // The digest job queued by the cron test may be running too: together at most one digest per person.
      expect(digests[0]!.sent + digests[1]!.sent).toBeLessThanOrEqual(4);
      const digested = async () => (await ds.query(`SELECT count(*)::int AS n FROM job_alert_deliveries WHERE organisation_id = $1 AND mode = 'digest'`, [org]))[0].n;
      await waitUntil('four digests', async () => (await digested()) === 4);
      const emails = await Promise.all(people.map(emailOf));
      await waitUntil('eight mails', () => emails.every((e) => mailsTo(e).length === 2));
      await new Promise((r) => setTimeout(r, 1000));
      for (const e of emails) expect(mailsTo(e)).toHaveLength(2);
      expect((await delivered(org)).length).toBe(8);
    } finally {
      await second.close();
    }
  });
});
