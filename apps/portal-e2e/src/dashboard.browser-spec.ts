import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { seedDemo } from '@kring/server-database';
import { bootTestApp, TestApp } from '../../api/src/testing/test-app';
import { launchChromium } from './chromium';

/** The built portal; PORTAL_DIST_DIR runs the test against another build (e.g. one made to a scratch folder). */
const DIST_DIR = process.env['PORTAL_DIST_DIR'] ?? path.resolve(__dirname, '../../portal/dist');
const PASSWORDS = { hr: 'browser-test-hr-passphrase', employee: 'browser-test-employee-passphrase' };

/** HR opens the dashboard on the demo data (24 months of hires, referrals, costs), reads a chart and its table, and switches period. */
describe('HR dashboard (browser)', () => {
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

  it('shows every KPI with a chart and a table, and asks again for a shorter period', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' })).newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('E-mailadres').fill('hr@demo.kring.localhost');
    await page.getByLabel('Wachtwoord').fill(PASSWORDS.hr);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto(`${baseUrl}/insights`);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const source = page.getByRole('region', { name: 'Bron van aannames' });
    const table = source.getByRole('table', { name: 'Per kanaal' });
    await table.waitFor();
    // The demo's hires come from several channels, referral among them; the donut draws them.
    expect(await table.getByRole('rowheader').allInnerTexts()).toContain('Aandraging');
    expect(await source.getByRole('img', { name: /^Grafiek van Per kanaal/ }).locator('svg path').count()).toBeGreaterThan(1);
    // All thirteen cards loaded without an error.
    await page.getByRole('region', { name: 'Rendement (ROI) per programma' }).getByRole('table').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const asked = page.waitForRequest((request) => request.url().includes('/api/insights/source-of-hire?') && request.url().includes('from='));
    await page.getByRole('combobox', { name: 'Periode' }).click();
    await page.getByRole('option', { name: 'Laatste 3 maanden' }).click();
    await page.waitForURL(/[?&]period=3m/);
    const url = new URL((await asked).url());
    const days = (Date.parse(url.searchParams.get('to')!) - Date.parse(url.searchParams.get('from')!)) / 86_400_000 + 1;
    expect(days).toBeGreaterThanOrEqual(89);
    expect(days).toBeLessThanOrEqual(92);
    await table.waitFor();
  }, 120_000);
});
