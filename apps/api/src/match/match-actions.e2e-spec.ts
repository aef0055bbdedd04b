import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser, Fixture } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { bootTestApp, TestApp } from '../testing/test-app';

const DAY = 86_400_000;

describe('Search & Match actions: invite to apply (e2e)', () => {
  const clock = new FakeClock(new Date());
  let t: TestApp;
  let org: string;
  let hr: Fixture;
  let hrClient: HttpClient;
  let vacancyId: string;
  let ip = 0;
  const signIn = async (user: Fixture) => {
    const http = new HttpClient(t.app, `10.9.2.${++ip}`);
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    return http;
  };
  const person = async (
    organisationId: string,
    firstName: string,
    options: { phase?: string; consent?: 'granted' | 'withdrawn' | 'expired' | null; locale?: 'nl' | 'en'; email?: string | null } = {},
  ) => {
    const email = options.email === undefined ? `${firstName.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.test` : options.email;
    const [row] = await t.dataSource.query(
      `INSERT INTO people (organisation_id, first_name, last_name, phase, email, locale) VALUES ($1, $2, 'Test', $3, $4, $5) RETURNING id`,
      [organisationId, firstName, options.phase ?? 'exit', email, options.locale ?? 'nl'],
    );
    const consent = options.consent === undefined ? 'granted' : options.consent;
    if (consent) {
      const expiresAt = consent === 'expired' ? new Date(clock.now().getTime() - DAY) : null;
      await t.dataSource.query(
        `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at)
         VALUES ($1, $2, 'matching', $3, 'test', $4, $5)`,
        [organisationId, row.id, consent === 'expired' ? 'granted' : consent, new Date(clock.now().getTime() - 10 * DAY), expiresAt],
      );
    }
    return { id: row.id as string, email: email as string };
  };
  const vacancy = async (organisationId: string, title: string, status = 'open') => {
    const [row] = await t.dataSource.query(
      `INSERT INTO vacancies (organisation_id, title, description_markdown, status) VALUES ($1, $2, 'Tekst', $3) RETURNING id`,
      [organisationId, title, status],
    );
    return row.id as string;
  };
  const mails = (personId: string) =>
    t.dataSource.query(`SELECT kind, locale, to_address, subject, text_body, html_body FROM mail_messages WHERE person_id = $1`, [personId]);
  const invite = (client: HttpClient, vId: string, personId: string, body: unknown = {}) =>
    client.post(`/api/vacancies/${vId}/matches/${personId}/invite`, body);

  beforeAll(async () => {
    t = await bootTestApp({ clock });
    org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    hr = await createUser(t.dataSource, org, ['hr_admin']);
    hrClient = await signIn(hr);
    vacancyId = await vacancy(org, 'Verpleegkundige Wijkzorg');
  }, 60_000);
  afterAll(() => t.close());

  it('sends one mail in the person’s language with the title and message, records a touchpoint and an audit event, and answers 409 the second time', async () => {
    const alumna = await person(org, 'Ingrid', { locale: 'en' });
    const res = await invite(hrClient, vacancyId, alumna.id, { message: '  We worked together in 2023.\n\nCall me <b>any time</b>!  ' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ vacancyId, personId: alumna.id, locale: 'en', invitedAt: clock.now().toISOString() });

    const sent = await mails(alumna.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'match_invite', locale: 'en', to_address: alumna.email, subject: 'Invitation to apply: Verpleegkundige Wijkzorg' });
    expect(sent[0].text_body).toContain('We worked together in 2023.');
    expect(sent[0].text_body).toContain('Call me <b>any time</b>!');
    expect(sent[0].html_body).toContain('Call me &lt;b&gt;any time&lt;/b&gt;!');
    expect(sent[0].text_body).toContain(`/vacancies/${vacancyId}`);
    expect(sent[0].text_body).toMatch(/\/preferences\/manage\?token=\S+/);
    expect(res.body.mailId).toEqual(expect.any(String));

    const touchpoints = await t.dataSource.query(
      `SELECT kind, channel, subject_type, subject_id, actor_user_id, data FROM touchpoints WHERE person_id = $1 AND kind = 'match_invited'`,
      [alumna.id],
    );
    expect(touchpoints).toEqual([
      { kind: 'match_invited', channel: 'email', subject_type: 'vacancy', subject_id: vacancyId, actor_user_id: hr.userId, data: { mailId: res.body.mailId } },
    ]);
    const audit = await t.dataSource.query(`SELECT action, actor_user_id, data FROM audit_events WHERE organisation_id = $1 AND subject_id = $2`, [org, alumna.id]);
    expect(audit).toEqual([{ action: 'match.invited', actor_user_id: hr.userId, data: { vacancyId, mailId: res.body.mailId, withMessage: true } }]);

    const again = await invite(hrClient, vacancyId, alumna.id);
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.body.code).toBe('match_already_invited');
    expect(await mails(alumna.id)).toHaveLength(1);

    // Another vacancy is a new invitation; 31 days later the same vacancy is too.
    const other = await vacancy(org, 'Helpende Plus');
    expect((await invite(hrClient, other, alumna.id)).status).toBe(201);
    clock.set(new Date(clock.now().getTime() + 31 * DAY));
    try {
      const later = await invite(await signIn(hr), vacancyId, alumna.id);
      expect(later.status).toBe(201);
      expect(await mails(alumna.id)).toHaveLength(3);
    } finally {
      clock.set(new Date(clock.now().getTime() - 31 * DAY));
    }
  });

  it('writes Dutch for a Dutch person and works without a message', async () => {
    const contact = await person(org, 'Noor', { phase: 'relation' });
    const res = await invite(hrClient, vacancyId, contact.id);
    expect(res.status).toBe(201);
    const [mail] = await mails(contact.id);
    expect(mail).toMatchObject({ locale: 'nl', subject: 'Uitnodiging om te solliciteren: Verpleegkundige Wijkzorg' });
    expect(mail.text_body).toContain('Beste Noor,');
  });

  it('lets exactly one of two simultaneous invitations through', async () => {
    const p = await person(org, 'Sam');
    const [a, b] = await Promise.all([invite(hrClient, vacancyId, p.id), invite(hrClient, vacancyId, p.id)]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await mails(p.id)).toHaveLength(1);
  });

  it('refuses people the matcher may not return with 409 match_person_not_eligible, and sends nothing', async () => {
    const cases = [
      await person(org, 'Geen', { consent: null }),
      await person(org, 'Ingetrokken', { consent: 'withdrawn' }),
      await person(org, 'Verlopen', { consent: 'expired' }),
      await person(org, 'Nieuw', { phase: 'entry' }),
      await person(org, 'Medewerker', { phase: 'employment' }), // no internal mobility
    ];
    const erased = await person(org, 'Gewist');
    await t.dataSource.query(`UPDATE people SET erased_at = now() WHERE id = $1`, [erased.id]);
    for (const p of [...cases, erased]) {
      const res = await invite(hrClient, vacancyId, p.id);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'match_person_not_eligible' });
      expect(await mails(p.id)).toHaveLength(0);
    }
    const noEmail = await person(org, 'Zonder', { email: null });
    const res = await invite(hrClient, vacancyId, noEmail.id);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'match_person_without_email' });
  });

  it('refuses closed vacancies, long messages, other organisations, non-HR users and anonymous callers', async () => {
    const p = await person(org, 'Kees');
    const closed = await vacancy(org, 'Gesloten', 'closed');
    const notOpen = await invite(hrClient, closed, p.id);
    expect({ status: notOpen.status, code: notOpen.body.code }).toEqual({ status: 409, code: 'match_vacancy_not_open' });

    const long = await invite(hrClient, vacancyId, p.id, { message: 'x'.repeat(1001) });
    expect(long.status).toBe(400);

    const otherOrg = await createOrganisation(t.dataSource, 'Ander BV');
    const otherHr = await signIn(await createUser(t.dataSource, otherOrg, ['hr_admin']));
    const foreignVacancy = await invite(otherHr, vacancyId, p.id);
    expect({ status: foreignVacancy.status, code: foreignVacancy.body.code }).toEqual({ status: 404, code: 'not_found' });
    const stranger = await person(otherOrg, 'Vreemde');
    const foreignPerson = await invite(hrClient, vacancyId, stranger.id);
    expect({ status: foreignPerson.status, code: foreignPerson.body.code }).toEqual({ status: 404, code: 'not_found' });

    const employee = await signIn(await createUser(t.dataSource, org, ['employee']));
    const forbidden = await invite(employee, vacancyId, p.id);
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers['content-type']).toContain('application/problem+json');
    expect((await invite(new HttpClient(t.app, '10.9.3.1'), vacancyId, p.id)).status).toBe(401);
    expect(await mails(p.id)).toHaveLength(0);
    expect(await mails(stranger.id)).toHaveLength(0);
  });
});
