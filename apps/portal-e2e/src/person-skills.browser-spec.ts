import { createOrganisation, createUser } from '../../api/src/testing/fixtures';
import { signedInPage, startBuiltPortal, type BuiltPortal } from './built-portal';

/**
 * HR opens a person's page, sees the skills the person confirmed (which HR cannot change) and that without matching
 * consent the person is never suggested, lets Kring suggest skills from the profile fields, accepts one, adds one found
 * in ESCO, saves, and removes the added one again; the person's own confirmation and match facts survive every save.
 */
describe('Person skills on HR’s person page (browser)', () => {
  let portal: BuiltPortal;
  let t: BuiltPortal['t'];

  beforeAll(async () => {
    portal = await startBuiltPortal();
    ({ t } = portal);
  }, 120_000);
  afterAll(() => portal?.close());

  it('suggests from the profile, accepts, adds and removes skills, keeping the person’s own', async () => {
    const org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    const hr = await createUser(t.dataSource, org, ['hr_admin']);
    const [person] = await t.dataSource.query(
      `INSERT INTO people (organisation_id, first_name, last_name, email, function_title, department, skills, interests)
       VALUES ($1, 'Petra', 'Hendriks', 'petra@example.test', 'Wijkverpleegkundige', 'Wijkzorg', ARRAY['wondzorg', 'Microsoft Excel'], ARRAY['coachen'])
       RETURNING id`,
      [org],
    );
    const page = await signedInPage(portal, hr.email, hr.password);

    // One skill the person confirmed themselves, and match facts the PUT must send back unchanged.
    const search = await page.request.get(`${portal.baseUrl}/api/match/skills?q=PostgreSQL&lang=nl`);
    expect(search.status()).toBe(200);
    const [own] = (await search.json()) as Array<{ uri: string; label: string }>;
    expect(own).toBeDefined();
    await t.dataSource.query(
      `INSERT INTO person_skills (organisation_id, person_id, uri, source, created_at, updated_at) VALUES ($1, $2, $3, 'confirmed_by_person', now(), now())`,
      [org, person.id, own.uri],
    );
    await t.dataSource.query(
      `INSERT INTO person_match_profiles (organisation_id, person_id, region, languages, internal_mobility) VALUES ($1, $2, 'Utrecht', '{nl,en}', true)`,
      [org, person.id],
    );

    await page.goto(`${portal.baseUrl}/people/${person.id}`);
    const panel = page.getByRole('region', { name: 'Vaardigheden (Search & Match)' });
    await panel.getByRole('list', { name: 'Bevestigd door de persoon' }).getByRole('listitem', { name: own.label }).waitFor();
    await panel.getByText('Zonder toestemming wordt deze persoon nooit voorgesteld bij vacatures', { exact: false }).waitFor();
    expect(await panel.getByRole('button', { name: `${own.label} verwijderen` }).count()).toBe(0);

    // Suggestions from the function title, department, skills and interests, with the words they were found by.
    const suggested = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/skills/from-profile'));
    await panel.getByRole('button', { name: 'Voorstellen uit profiel' }).click();
    expect((await suggested).status()).toBe(200);
    await panel.getByText(/vaardighe(id|den) gevonden in het profiel:/).waitFor();
    const suggestions = panel.getByRole('list', { name: 'Voorstellen' });
    await suggestions.getByText(/^Gevonden: “.+” in de (functietitel|afdeling|vaardigheden|interesses)$/).first().waitFor();
    const accept = suggestions.getByRole('button', { name: / accepteren$/ }).first();
    const accepted = ((await accept.getAttribute('aria-label')) ?? '').replace(/ accepteren$/, '');
    expect(accepted).not.toBe('');
    await accept.click();

    // A skill found in ESCO by name, added as HR's.
    await panel.getByLabel('Vaardigheid zoeken (ESCO)').fill('triage');
    const add = panel.getByRole('list', { name: 'Zoekresultaten' }).getByRole('button', { name: / toevoegen$/ }).first();
    await add.waitFor();
    const added = ((await add.getAttribute('aria-label')) ?? '').replace(/ toevoegen$/, '');
    await add.click();
    await panel.getByRole('list', { name: 'Vastgelegd door HR' }).getByRole('listitem', { name: added }).waitFor();

    const sources = async () =>
      (await t.dataSource.query(`SELECT uri, source FROM person_skills WHERE organisation_id = $1 AND person_id = $2`, [org, person.id])) as Array<{
        uri: string;
        source: string;
      }>;
    const suggestedBefore = (await sources()).filter((r) => r.source.startsWith('extracted_')).length;
    expect(suggestedBefore).toBeGreaterThan(1);

    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(`/api/people/${person.id}/skills`));
    await panel.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    expect((await saved).status()).toBe(200);
    await panel.getByText('De vaardigheden zijn opgeslagen.').waitFor();

    // The accepted suggestion became HR's; the others stay suggestions (HR's list never drops the person's data).
    const afterSave = await sources();
    expect(afterSave.find((r) => r.uri === own.uri)?.source).toBe('confirmed_by_person');
    expect(afterSave.filter((r) => r.source === 'hr')).toHaveLength(2);
    expect(afterSave.filter((r) => r.source.startsWith('extracted_'))).toHaveLength(suggestedBefore - 1);
    await panel.getByRole('list', { name: 'Vastgelegd door HR' }).getByRole('listitem', { name: accepted }).waitFor();

    // HR removes the skill it added; the person's own and the facts stay.
    await panel.getByRole('button', { name: `${added} verwijderen` }).click();
    const removed = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(`/api/people/${person.id}/skills`));
    await panel.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    expect((await removed).status()).toBe(200);
    await panel.getByRole('list', { name: 'Vastgelegd door HR' }).getByRole('listitem', { name: added }).waitFor({ state: 'detached' });
    const afterRemove = await sources();
    expect(afterRemove.find((r) => r.uri === own.uri)?.source).toBe('confirmed_by_person');
    const hrAfterRemove = afterRemove.filter((r) => r.source === 'hr');
    expect(hrAfterRemove).toHaveLength(1);
    expect(afterSave.filter((r) => r.source === 'hr').map((r) => r.uri)).toContain(hrAfterRemove[0]!.uri);
    await panel.getByRole('list', { name: 'Vastgelegd door HR' }).getByRole('listitem', { name: accepted }).waitFor();
    expect(afterRemove.filter((r) => r.source.startsWith('extracted_'))).toHaveLength(suggestedBefore - 1);
    const [facts] = await t.dataSource.query(
      `SELECT region, languages, internal_mobility AS "internalMobility" FROM person_match_profiles WHERE organisation_id = $1 AND person_id = $2`,
      [org, person.id],
    );
    expect(facts).toEqual({ region: 'Utrecht', languages: ['nl', 'en'], internalMobility: true });
  }, 120_000);
});
