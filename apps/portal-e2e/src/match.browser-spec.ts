import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { seedDemo } from '@kring/server-database';
import { bootTestApp, TestApp } from '../../api/src/testing/test-app';
import { launchChromium } from './chromium';

const DIST_DIR = process.env['PORTAL_DIST_DIR'] ?? path.resolve(__dirname, '../../portal/dist');
const PASSWORDS = { hr: 'browser-test-hr-passphrase', employee: 'browser-test-employee-passphrase' };

/**
 * HR opens a vacancy of the demo, accepts a suggested skill, opens its matches, narrows them with a filter and invites
 * one person to apply. (The last step is "refers one person": HR referring is not built yet, see
 * docs/developer/match-ranking.md; inviting is the action that exists.)
 */
describe('Search & Match (browser)', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
      throw new Error('Build the portal first: npx vite build --config apps/portal/vite.config.ts (npm test does this)');
    }
    t = await bootTestApp({ env: { PORTAL_DIST_DIR: DIST_DIR } });
    await seedDemo(t.dataSource.manager, PASSWORDS);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await t.app.getUrl();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('from a vacancy to a confirmed skill, ranked matches, a filter and an invitation', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' })).newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('E-mailadres').fill('hr@demo.kring.localhost');
    await page.getByLabel('Wachtwoord').fill(PASSWORDS.hr);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

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
  }, 180_000);
});
