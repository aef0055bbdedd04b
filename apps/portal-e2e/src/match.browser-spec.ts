import { seedDemo } from '@kring/server-database';
import { signedInPage, startBuiltPortal, type BuiltPortal } from './built-portal';

const PASSWORDS = { hr: 'browser-test-hr-passphrase', employee: 'browser-test-employee-passphrase' };

/**
 * HR opens a vacancy of the demo, accepts a suggested skill, opens its matches, narrows them with a filter, invites one
 * person to apply and refers another: a referral with source 'match' whose consent request (in the person's language)
 * lands in the outbox, and which the pipeline shows as "Via Search & Match".
 */
describe('Search & Match (browser)', () => {
  let portal: BuiltPortal;
  let t: BuiltPortal['t'];
  let baseUrl: string;

  beforeAll(async () => {
    portal = await startBuiltPortal((app) => seedDemo(app.dataSource.manager, PASSWORDS).then(() => undefined));
    ({ t, baseUrl } = portal);
  }, 120_000);
  afterAll(() => portal?.close());

  it('from a vacancy to a confirmed skill, ranked matches, a filter, an invitation and a referral', async () => {
    const page = await signedInPage(portal, 'hr@demo.kring.localhost', PASSWORDS.hr);

    const [vacancy] = await t.dataSource.query(`SELECT id FROM vacancies WHERE title = 'Verpleegkundige wijkzorg'`);
    await page.goto(`${baseUrl}/manage/vacancies/${vacancy.id}`);
    await page.getByRole('link', { name: 'Kandidaten zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kandidaten zoeken' }).waitFor();

    // Kring reads the vacancy text; HR accepts the first suggestion it made and saves.
    const suggested = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/match-profile/suggest'));
    await page.getByRole('button', { name: 'Voorstellen uit de vacaturetekst' }).click();
    expect((await suggested).status()).toBe(200);
    const accept = page.getByRole('button', { name: / accepteren$/ }).first();
    await accept.waitFor();
    const accepted = ((await accept.getAttribute('aria-label')) ?? '').replace(/ accepteren$/, '');
    expect(accepted).not.toBe('');
    await accept.click();
    await page.getByText('Niet opgeslagen wijzigingen').waitFor();
    const saved = page.waitForRequest((request) => request.method() === 'PUT' && request.url().includes('/match-profile'));
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const body = (await saved).postDataJSON() as { skills: Array<{ uri: string }>; occupations: Array<{ uri: string }> };
    await page.getByText('Opgeslagen').waitFor();
    expect(body.skills.length + body.occupations.length).toBeGreaterThan(8);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM (SELECT uri FROM vacancy_skills WHERE vacancy_id = $1 AND status = 'confirmed'
                                       UNION ALL SELECT uri FROM vacancy_occupations WHERE vacancy_id = $1 AND status = 'confirmed') c`,
      [vacancy.id],
    );
    expect(n).toBeGreaterThan(8); // the demo's 7 skills and 1 occupation, plus the one HR accepted

    // The ranked list: the nurse with most of the essential skills first, with the reasons shown.
    const list = page.getByRole('list', { name: 'Gevonden mensen' });
    await list.getByRole('listitem', { name: 'Mark Postma' }).waitFor();
    expect((await list.getByRole('listitem').first().getAttribute('aria-label')) ?? '').toBe('Mark Postma');
    await list.getByRole('listitem', { name: 'Joost van Dijk' }).waitFor();
    expect(await list.getByRole('listitem', { name: 'Mark Postma' }).getByText(/^Gebruikt: /).count()).toBe(1);

    // Narrow to people who speak English: Joost (Dutch only) leaves the list, Daniel stays.
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Taal', { exact: true }).selectOption({ label: 'Engels' });
    await list.getByRole('listitem', { name: 'Joost van Dijk' }).waitFor({ state: 'detached' });
    await list.getByRole('listitem', { name: 'Daniel Okafor' }).waitFor();

    // Invite one person to apply: one mail in the outbox.
    await list.getByRole('button', { name: 'Mark Postma uitnodigen om te solliciteren' }).click();
    await page.getByLabel('Persoonlijke boodschap (optioneel)').fill('Je oude team in de wijk zou je graag terugzien!');
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await list.getByRole('listitem', { name: 'Mark Postma' }).getByText('Uitgenodigd').waitFor();
    const mails = await t.dataSource.query(`SELECT to_address FROM mail_messages WHERE kind = 'match_invite'`);
    expect(mails).toEqual([{ to_address: 'mark.postma@example.nl' }]);

    // Refer another person: the dialog says what Daniel will be told; HR adds a note and confirms.
    await list.getByRole('button', { name: 'Daniel Okafor doorverwijzen naar deze vacature' }).click();
    const dialog = page.getByRole('dialog', { name: 'Daniel Okafor doorverwijzen' });
    await dialog.getByText(/^Dat Hanna de Vries \(HR\) van Zorggroep De Linde \(demo\) hen met Search & Match heeft gevonden/).waitFor();
    await dialog.getByText(/^Waarom: hun profiel past bij deze vacature op /).waitFor();
    await dialog.getByLabel('Toelichting voor Daniel Okafor (optioneel)').fill('Your night-shift experience is exactly what the team needs.');
    await dialog.getByRole('button', { name: 'Doorverwijzen' }).click();
    await list.getByRole('listitem', { name: 'Daniel Okafor' }).getByText('Doorverwezen').waitFor();

    const [referral] = await t.dataSource.query(
      `SELECT r.id, r.source, r.consent_state, r.candidate_email, r.match_skills, u.email AS referrer
         FROM referrals r JOIN users u ON u.id = r.referrer_user_id WHERE r.source = 'match'`,
    );
    expect(referral).toMatchObject({ source: 'match', consent_state: 'awaiting_consent', candidate_email: 'daniel.okafor@example.nl', referrer: 'hr@demo.kring.localhost' });
    expect(referral.match_skills.length).toBeGreaterThan(0);
    const consentMails = await t.dataSource.query(`SELECT locale, subject, text_body FROM mail_messages WHERE kind = 'referral_consent' AND to_address = 'daniel.okafor@example.nl'`);
    expect(consentMails).toHaveLength(1);
    expect(consentMails[0].locale).toBe('en');
    expect(consentMails[0].subject).toBe('Hanna de Vries of Zorggroep De Linde (demo) would like to put you forward for Verpleegkundige wijkzorg');
    expect(consentMails[0].text_body).toContain(`Why you: your profile matches this vacancy on ${referral.match_skills[0]}`);
    expect(consentMails[0].text_body).toContain('Hanna de Vries writes: Your night-shift experience is exactly what the team needs.');

    // The pipeline shows where the referral came from.
    await page.goto(`${baseUrl}/referrals`);
    await page.getByRole('article', { name: 'Daniel Okafor' }).getByText('Via Search & Match').waitFor();
  }, 180_000);
});
