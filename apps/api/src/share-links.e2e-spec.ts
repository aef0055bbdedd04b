import { FakeClock, tinyPdf } from '@kring/server-testing';
import { createOrganisation, createUser, Fixture } from './testing/fixtures';
import { HttpClient } from './testing/http-client';
import { createProgramme, createVacancy, multipart } from './testing/referral-fixtures';
import { bootTestApp, TestApp } from './testing/test-app';

describe('share links (e2e)', () => {
  let t: TestApp;
  let org: string;
  let owner: Fixture;
  let vacancy: string;
  let ownerClient: HttpClient;
  let ip = 0;
  const visitor = () => new HttpClient(t.app, `10.3.0.${++ip}`);

  beforeAll(async () => {
    t = await bootTestApp({ clock: new FakeClock(new Date()) });
    org = await createOrganisation(t.dataSource, 'Deel BV');
    owner = await createUser(t.dataSource, org, ['employee']);
    vacancy = await createVacancy(t.dataSource, org, { title: 'Kok' });
    await createProgramme(t.dataSource, org, { kind: 'internal' });
    ownerClient = new HttpClient(t.app, '10.3.1.1');
    await ownerClient.post('/api/auth/login', { email: owner.email, password: owner.password });
  });
  afterAll(() => t.close());

  it('gives a referrer one personal link per vacancy, with channel variants, texts and a QR code', async () => {
    const first = await ownerClient.post(`/api/open-vacancies/${vacancy}/share-link`);
    expect(first.status).toBe(200);
    expect(first.body.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(first.body.url).toBe(`http://localhost:3999/r/${first.body.code}`);
    expect(first.body.channels.linkedin).toBe(`${first.body.url}/linkedin`);
    expect(first.body.qrSvg).toMatch(/^<svg/);
    expect(first.body.texts.nl).toContain('Deel BV zoekt een Kok');
    expect(first.body.texts.en).toContain(first.body.url);
    expect((await ownerClient.post(`/api/open-vacancies/${vacancy}/share-link`)).body.code).toBe(first.body.code);
  });

  it('shows the vacancy publicly, counts visits per channel and reports them to the owner', async () => {
    const { body: link } = await ownerClient.post(`/api/open-vacancies/${vacancy}/share-link`);
    const page = await visitor().get(`/api/public/share-links/${link.code}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ organisationName: 'Deel BV', referrerFirstName: 'Test', vacancy: { title: 'Kok' } });
    for (const channel of ['linkedin', 'linkedin', 'whatsapp']) {
      expect((await visitor().post(`/api/public/share-links/${link.code}/visits`, { channel })).status).toBe(204);
    }
    expect((await visitor().post(`/api/public/share-links/${link.code}/visits`, { channel: 'myspace' })).status).toBe(400);
    const again = await ownerClient.post(`/api/open-vacancies/${vacancy}/share-link`);
    expect(again.body.clicks).toEqual({ total: 3, byChannel: { linkedin: 2, whatsapp: 1 } });
  });

  it("turns an application through the link into the owner's referral, consented by the candidate", async () => {
    const { body: link } = await ownerClient.post(`/api/open-vacancies/${vacancy}/share-link`);
    const form = await multipart(
      { name: 'Lotte de Boer', email: 'lotte@example.test', note: 'Ik kook al tien jaar', consent: 'true', locale: 'nl', website: '' },
      { field: 'cv', name: 'lotte.pdf', data: tinyPdf(), type: 'application/pdf' },
    );
    const res = await visitor().postForm(`/api/public/share-links/${link.code}/applications`, form);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ status: 'received' });
    const [referral] = await t.dataSource.query(
      `SELECT referrer_user_id, source, share_link_id, consent_state, candidate_note, cv_file_id IS NOT NULL AS has_cv FROM referrals WHERE candidate_email = 'lotte@example.test'`,
    );
    expect(referral).toEqual({ referrer_user_id: owner.userId, source: 'share_link', share_link_id: expect.any(String), consent_state: 'consented', candidate_note: 'Ik kook al tien jaar', has_cv: true });
    const mails = await t.dataSource.query(`SELECT to_address, kind FROM mail_messages WHERE kind IN ('referral_candidate_update', 'referral_referrer_update') ORDER BY to_address`);
    expect(mails).toEqual(
      expect.arrayContaining([
        { to_address: 'lotte@example.test', kind: 'referral_candidate_update' },
        { to_address: owner.email, kind: 'referral_referrer_update' },
      ]),
    );
    const duplicate = await visitor().post(`/api/public/share-links/${link.code}/applications`, { name: 'Lotte', email: 'LOTTE@example.test', consent: true });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('candidate_already_referred');
  });

  it('needs consent, ignores bots that fill the honeypot, and refuses bad codes', async () => {
    const { body: link } = await ownerClient.post(`/api/open-vacancies/${vacancy}/share-link`);
    const noConsent = await visitor().post(`/api/public/share-links/${link.code}/applications`, { name: 'A', email: 'a@example.test', consent: false });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.errors).toEqual([{ field: 'consent', message: 'is needed to process your application' }]);
    const bot = await visitor().post(`/api/public/share-links/${link.code}/applications`, { name: 'Bot', email: 'bot@example.test', consent: true, website: 'http://spam' });
    expect(bot.status).toBe(201);
    expect(await t.dataSource.query(`SELECT 1 FROM referrals WHERE candidate_email = 'bot@example.test'`)).toEqual([]);
    expect((await visitor().get('/api/public/share-links/bad-code')).status).toBe(400);
    expect((await visitor().get('/api/public/share-links/ZZZZZZZZ')).status).toBe(410);
  });

  it('stops working when the vacancy closes', async () => {
    const closing = await createVacancy(t.dataSource, org, { title: 'Afwasser' });
    const { body: link } = await ownerClient.post(`/api/open-vacancies/${closing}/share-link`);
    await t.dataSource.query(`UPDATE vacancies SET status = 'closed' WHERE id = $1`, [closing]);
    const res = await visitor().get(`/api/public/share-links/${link.code}`);
    expect(res.status).toBe(410);
    expect(res.body.code).toBe('vacancy_not_open');
  });
});
