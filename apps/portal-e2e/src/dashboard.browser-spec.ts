import AxeBuilder from '@axe-core/playwright';
import { seedDemo } from '@kring/server-database';
import { signedInPage, startBuiltPortal, type BuiltPortal } from './built-portal';

const PASSWORDS = { hr: 'browser-test-hr-passphrase', employee: 'browser-test-employee-passphrase' };

/** HR opens the dashboard on the demo data (24 months of hires, referrals, costs), reads a chart and its table, and switches period. */
describe('HR dashboard (browser)', () => {
  let portal: BuiltPortal;
  let baseUrl: string;

  beforeAll(async () => {
    portal = await startBuiltPortal((app) => seedDemo(app.dataSource.manager, PASSWORDS).then(() => undefined));
    ({ baseUrl } = portal);
  }, 120_000);
  afterAll(() => portal?.close());

  it('shows every KPI with a chart and a table, and asks again for a shorter period', async () => {
    const page = await signedInPage(portal, 'hr@demo.kring.localhost', PASSWORDS.hr);

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
