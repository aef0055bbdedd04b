import { createOrganisation, createUser } from '../../api/src/testing/fixtures';
import { encryptedPdf, pdfWithText } from '../../api/src/match-profiles/testing';
import { signedInPage, startBuiltPortal, type BuiltPortal } from './built-portal';

/**
 * An employee opens "Mijn vaardigheden", uploads a PDF CV, sees suggestions with the words they were found by,
 * confirms one, and is told in plain Dutch why a password-protected PDF cannot be read.
 */
describe('Mijn vaardigheden (browser)', () => {
  let portal: BuiltPortal;
  let t: BuiltPortal['t'];

  beforeAll(async () => {
    portal = await startBuiltPortal();
    ({ t } = portal);
  }, 120_000);
  afterAll(() => portal?.close());

  it('reads a CV into suggestions with evidence, confirms one, and explains a refused file', async () => {
    const org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    const employee = await createUser(t.dataSource, org, ['employee']);
    const page = await signedInPage(portal, employee.email, employee.password);

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
