import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createOrganisation, createUser } from '../../api/src/testing/fixtures';
import { bootTestApp, TestApp } from '../../api/src/testing/test-app';
import { encryptedPdf, pdfWithText } from '../../api/src/match-profiles/testing';
import { launchChromium } from './chromium';

const DIST_DIR = process.env['PORTAL_DIST_DIR'] ?? path.resolve(__dirname, '../../portal/dist');

/**
 * An employee opens "Mijn vaardigheden", uploads a PDF CV, sees suggestions with the words they were found by,
 * confirms one, and is told in plain Dutch why a password-protected PDF cannot be read.
 */
describe('Mijn vaardigheden (browser)', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
      throw new Error('Build the portal first: npx vite build --config apps/portal/vite.config.ts (npm test does this)');
    }
    t = await bootTestApp({ env: { PORTAL_DIST_DIR: DIST_DIR } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await t.app.getUrl();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('reads a CV into suggestions with evidence, confirms one, and explains a refused file', async () => {
    const org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    const employee = await createUser(t.dataSource, org, ['employee']);
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' })).newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('E-mailadres').fill(employee.email);
    await page.getByLabel('Wachtwoord').fill(employee.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.getByRole('link', { name: 'Mijn vaardigheden' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Mijn vaardigheden' }).waitFor();
    await page.getByText('Je hebt geen toestemming gegeven voor matching').waitFor();

    const cv = pdfWithText(['Ervaren Java-ontwikkelaar.', 'Ik programmeer in Java en werk dagelijks met PostgreSQL en SQL.']);
    await page.locator('input[type="file"]').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: cv });
    await page.getByRole('button', { name: 'Cv lezen' }).click();
    await page.getByText(/vaardighe(id|den) gevonden in je cv\. Je bestand is niet bewaard\./).waitFor({ timeout: 60_000 });

    const suggestions = page.getByRole('list', { name: 'Voorstellen: Vaardigheden' });
    const postgres = suggestions.getByRole('listitem', { name: 'PostgreSQL' });
    await postgres.getByText('Gevonden: “PostgreSQL” in je cv').waitFor();
    await postgres.getByRole('button', { name: 'PostgreSQL bevestigen' }).click();
    await page.getByRole('list', { name: 'Bevestigde vaardigheden: Vaardigheden' }).getByRole('listitem', { name: 'PostgreSQL' }).waitFor();

    const rows: Array<{ source: string }> = await t.dataSource.query(
      `SELECT s.source FROM person_skills s WHERE s.organisation_id = $1 AND s.person_id = $2 AND s.evidence @> '[{"text": "PostgreSQL"}]'`,
      [org, employee.personId],
    );
    expect(rows.map((r) => r.source)).toEqual(['confirmed_by_person']);

    await page.locator('input[type="file"]').setInputFiles({ name: 'beveiligd.pdf', mimeType: 'application/pdf', buffer: encryptedPdf(['Java']) });
    await page.getByRole('button', { name: 'Cv lezen' }).click();
    await page.getByText('Dit bestand is met een wachtwoord beveiligd.', { exact: false }).waitFor({ timeout: 30_000 });
  }, 120_000);
});
