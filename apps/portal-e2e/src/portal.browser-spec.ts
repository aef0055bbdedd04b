import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seedDemo } from '@kring/server-database';
import { bootTestApp, TestApp } from '../../api/src/testing/test-app';
import { launchChromium } from './chromium';

const DIST = path.resolve(__dirname, '../../portal/dist/index.html');
const PASSWORDS = { hr: 'browser-test-hr-passphrase', employee: 'browser-test-employee-passphrase' };


describe('portal in Chromium (browser)', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error('Build the portal first: npx vite build --config apps/portal/vite.config.ts (npm test does this)');
    t = await bootTestApp();
    await seedDemo(t.dataSource.manager, PASSWORDS);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await t.app.getUrl();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signIn(email: string, password: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'nl-NL' })).newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return page;
  }

  async function navigationLinks(page: Page): Promise<string[]> {
    const burger = page.getByRole('button', { name: 'Menu openen' });
    if (await burger.isVisible()) await burger.click();
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await nav.getByRole('link').first().waitFor();
    return nav.getByRole('link').allInnerTexts();
  }

  it('serves an accessible Dutch login page from the API port', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  it('shows a clear message for a wrong password', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('E-mailadres').fill('hr@demo.kring.localhost');
    await page.getByLabel('Wachtwoord').fill('definitely wrong');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Onjuist e-mailadres of wachtwoord.').waitFor();
    expect(page.url()).toContain('/login');
  });

  it('signs the demo HR user in at 360 px, with HR navigation, and out again', async () => {
    const page = await signIn('hr@demo.kring.localhost', PASSWORDS.hr);
    const links = await navigationLinks(page);
    expect(links).toEqual(expect.arrayContaining(['Overzicht', 'Gebruikers', 'Doorverwijzingen']));
    await page.goto(`${baseUrl}/users`);
    await page.getByLabel('Zoeken').fill('medewerker@'); // the demo has over a hundred accounts
    await page.getByRole('cell', { name: 'medewerker@demo.kring.localhost' }).waitFor();
    await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/login/);
  });

  it('signs the demo employee in without HR navigation', async () => {
    const page = await signIn('medewerker@demo.kring.localhost', PASSWORDS.employee);
    const links = await navigationLinks(page);
    expect(links).toEqual(expect.arrayContaining(['Vacatures', 'Mijn doorverwijzingen']));
    expect(links).not.toContain('Gebruikers');
  });

  it('renders the API documentation (Swagger UI) under the security policy', async () => {
    const page = await (await browser.newContext()).newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    await page.goto(`${baseUrl}/api/docs`);
    await page.getByText('Kring API').first().waitFor();
    await page.getByText('/api/auth/login').first().waitFor();
    expect(blocked).toEqual([]);
  });
});
