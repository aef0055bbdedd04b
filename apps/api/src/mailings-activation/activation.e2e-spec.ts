import { asOrganisationId } from '@kring/server-database';
import { MailingLinks } from '@kring/server-mailings';
import { createUser } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { ermOrganisation, signInAs } from '../testing/erm-people-fixtures';
import { createProgramme, createVacancy } from '../testing/referral-fixtures';
import { bootTestApp, TestApp } from '../testing/test-app';

const VARIANTS = [
  { locale: 'nl', subject: 'Verwijs een collega, {{voornaam}}', bodyMarkdown: 'Hoi {{voornaam}}, **deel** onze vacatures.' },
  { locale: 'en', subject: 'Refer a colleague, {{firstName}}', bodyMarkdown: 'Hi {{firstName}}, **share** our vacancies.' },
];

describe('programme activation mails (e2e)', () => {
  let t: TestApp;
  let ip = 1;
  const anonymous = () => new HttpClient(t.app, `10.61.0.${ip++}`);

  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('lets HR create, preview, test and send an activation mail for a programme; the referrers get their own share links', async () => {
    const org = await ermOrganisation(t, 'Zorggroep De Linde');
    const programme = await createProgramme(t.dataSource, org.id, { kind: 'combined', name: 'Zorgtalent gezocht' });
    await createVacancy(t.dataSource, org.id, { title: 'Wijkverpleegkundige' });
    const employee = await createUser(t.dataSource, org.id, ['employee']);
    const alumnus = await createUser(t.dataSource, org.id, ['alumnus']);

    const created = await org.hr.post('/api/newsletters', { name: ' Activatie winter ', programmeId: programme, variants: VARIANTS });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Activatie winter',
      kind: 'activation',
      programmeId: programme,
      programmeName: 'Zorgtalent gezocht',
      segmentId: null,
      status: 'draft',
      eligibleRecipients: 2,
      figures: { recipients: 0, opened: null, clicked: null },
    });
    const id = created.body.id as string;

    const preview = await org.hr.get(`/api/newsletters/${id}/preview?locale=nl`);
    expect(preview.status).toBe(200);
    expect(preview.body.html).toContain('Wijkverpleegkundige');
    expect(preview.body.html).toContain('in het programma Zorgtalent gezocht');
    expect((await org.hr.post(`/api/newsletters/${id}/test?locale=en`, {})).status).toBe(204);
    const [test] = await t.dataSource.query(`SELECT subject, html_body AS html FROM mail_messages WHERE organisation_id = $1 AND kind = 'newsletter_test'`, [org.id]);
    expect(test.subject).toBe('[TEST] Refer a colleague, Test');
    expect(test.html).toContain('Your personal share links');

    const sent = await org.hr.post(`/api/newsletters/${id}/send`, {});
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'sending', figures: { recipients: 2, queued: 2 } });
    const rows = await t.dataSource.query(
      `SELECT d.person_id AS "personId", d.personal FROM newsletter_deliveries d WHERE d.newsletter_id = $1 ORDER BY d.person_id`,
      [id],
    );
    expect(rows.map((r: { personId: string }) => r.personId).sort()).toEqual([employee.personId, alumnus.personId].sort());
    for (const [who, row] of [employee, alumnus].map((w) => [w, rows.find((r: { personId: string }) => r.personId === w.personId)] as const)) {
      const [link] = await t.dataSource.query(`SELECT code FROM share_links WHERE owner_user_id = $1`, [who.userId]);
      expect(row.personal.links).toEqual([{ title: 'Wijkverpleegkundige', url: `${t.config.app.publicUrl}/r/${link.code}/email` }]);
    }

    const list = await org.hr.get(`/api/newsletters?programmeId=${programme}`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id, kind: 'activation', programmeName: 'Zorgtalent gezocht', status: 'sending' })]);
    expect((await org.hr.get('/api/newsletters?kind=newsletter')).body.items).toEqual([]);
    expect((await org.hr.get('/api/newsletters?kind=other')).status).toBe(400);
    const figures = await org.hr.get(`/api/newsletters/${id}/figures`);
    expect(figures.body).toMatchObject({ recipients: 2, opened: null, clicked: null });
    expect((await org.hr.post(`/api/newsletters/${id}/cancel`, {})).body).toMatchObject({ status: 'cancelled', figures: { skipped: 2 } });
  });

  it('answers 404 for another organisation’s programme, 409 for an archived one, 400 for bad input, 403 for an employee', async () => {
    const org = await ermOrganisation(t, 'Zorggroep De Linde');
    const other = await ermOrganisation(t, 'Ander');
    const foreign = await createProgramme(t.dataSource, other.id, { kind: 'combined' });
    const archived = await createProgramme(t.dataSource, org.id);
    await t.dataSource.query(`UPDATE programmes SET archived_at = now() WHERE id = $1`, [archived]);

    const notFound = await org.hr.post('/api/newsletters', { name: 'Elders', programmeId: foreign });
    expect(notFound.status).toBe(404);
    expect(notFound.headers['content-type']).toContain('application/problem+json');
    const closed = await org.hr.post('/api/newsletters', { name: 'Gearchiveerd', programmeId: archived });
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({ code: 'activation_programme_closed' });
    expect((await org.hr.post('/api/newsletters', { name: 'Fout', programmeId: 'geen-uuid' })).status).toBe(400);
    const programme = await createProgramme(t.dataSource, org.id);
    const [{ id: segmentId }] = await t.dataSource.query(`INSERT INTO segments (organisation_id, name, filter) VALUES ($1, 'Alle', '{}') RETURNING id`, [org.id]);
    const both = await org.hr.post('/api/newsletters', { name: 'Beide', programmeId: programme, segmentId });
    expect(both.status).toBe(400);
    expect(both.body.errors).toEqual([expect.objectContaining({ field: 'segmentId' })]);

    const employee = await org.member(['employee']);
    expect((await employee.post('/api/newsletters', { name: 'Zelf', programmeId: programme })).status).toBe(403);
    expect((await employee.get(`/api/newsletters?programmeId=${programme}`)).status).toBe(403);
    const created = await org.hr.post('/api/newsletters', { name: 'Eigen', programmeId: programme, variants: VARIANTS });
    expect(created.status).toBe(201);
    expect((await employee.post(`/api/newsletters/${created.body.id}/send`, {})).status).toBe(403);
    expect((await other.hr.get(`/api/newsletters/${created.body.id}`)).status).toBe(404);
    expect((await other.hr.post(`/api/newsletters/${created.body.id}/send`, {})).status).toBe(404);
    expect((await other.hr.get(`/api/newsletters?programmeId=${programme}`)).body.items).toEqual([]);
  });

  it('one-click unsubscribe (no cookies) withdraws programme mails only; the referrer sees and can switch the topic', async () => {
    const org = await ermOrganisation(t, 'Zorggroep De Linde');
    await createProgramme(t.dataSource, org.id);
    const employee = await createUser(t.dataSource, org.id, ['employee']);
    await t.dataSource.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at) VALUES ($1, $2, 'newsletter', 'granted', 'test', now())`,
      [org.id, employee.personId],
    );
    const token = await t.app.get(MailingLinks).sign(asOrganisationId(org.id), { personId: employee.personId, deliveryId: null });
    const oneClick = await anonymous().request('POST', `/api/public/mailings/unsubscribe?token=${encodeURIComponent(token)}&topic=programme_mails`, {
      csrf: false,
      rawBody: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.status).toBe(204);
    const consents = await t.dataSource.query(`SELECT purpose, status, legal_basis AS "legalBasis" FROM consents WHERE person_id = $1 ORDER BY purpose`, [employee.personId]);
    expect(consents).toEqual([
      { purpose: 'newsletter', status: 'granted', legalBasis: 'consent' },
      { purpose: 'programme_mails', status: 'withdrawn', legalBasis: 'legitimate_interest' },
    ]);

    const http = await signInAs(t, employee);
    const mine = await http.get('/api/me/mail-preferences');
    expect(mine.body.topics.map((x: { topic: string; subscribed: boolean }) => [x.topic, x.subscribed])).toEqual([
      ['newsletter', true],
      ['job_alerts', false],
      ['events', false],
      ['programme_mails', false],
    ]);
    const on = await http.request('PUT', '/api/me/mail-preferences', { body: { newsletter: true, jobAlerts: false, events: false, programmeMails: true } });
    expect(on.status).toBe(200);
    expect(on.body.topics.find((x: { topic: string }) => x.topic === 'programme_mails')).toMatchObject({ subscribed: true, status: 'granted', expiresAt: null });
    // Leaving programmeMails out changes nothing.
    const same = await http.request('PUT', '/api/me/mail-preferences', { body: { newsletter: false, jobAlerts: false, events: false } });
    expect(same.body.topics.find((x: { topic: string }) => x.topic === 'programme_mails')).toMatchObject({ subscribed: true });

    // Someone programme mails do not apply to (no referrer role) does not see the topic.
    const outsider = await org.person({ firstName: 'Buiten', email: `buiten-${ip}@example.test`, phase: 'exit' });
    const outsiderToken = await t.app.get(MailingLinks).sign(asOrganisationId(org.id), { personId: outsider, deliveryId: null });
    const lookup = await anonymous().post('/api/public/mailings/preferences/lookup', { token: outsiderToken });
    expect(lookup.body.topics.map((x: { topic: string }) => x.topic)).toEqual(['newsletter', 'job_alerts', 'events']);
  });
});
