import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seedDemo } from '@kring/server-database';
import { bootTestApp, TestApp } from '../../api/src/testing/test-app';
import { launchChromium } from './chromium';

const DIST = path.resolve(__dirname, '../../portal/dist/index.html');
const PASSWORDS = { hr: 'story-test-hr-passphrase', employee: 'story-test-employee-passphrase' };

/**
 * The referral story end to end in Chromium: an employee refers a candidate at 360 px, the consent mail is
 * queued, the candidate consents through its link, HR moves the referral to interview, and the employee
 * sees the new stage.
 */
describe('referral story (browser)', () => {
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

  async function page(width = 360): Promise<Page> {
    return (await browser.newContext({ viewport: { width, height: 800 }, locale: 'nl-NL' })).newPage();
  }

  async function signIn(email: string, password: string, width = 360): Promise<Page> {
    const p = await page(width);
    await p.goto(`${baseUrl}/login`);
    await p.getByLabel('E-mailadres').fill(email);
    await p.getByLabel('Wachtwoord').fill(password);
    await p.getByRole('button', { name: 'Inloggen' }).click();
    await p.waitForURL((url) => !url.pathname.startsWith('/login'));
    return p;
  }

  it('goes from referral to interview, with the candidate consenting through the mailed link', async () => {
    // 1. The employee refers someone for a vacancy, on a phone-sized screen.
    const employee = await signIn('medewerker@demo.kring.localhost', PASSWORDS.employee);
    await employee.goto(`${baseUrl}/vacancies`);
    await employee.getByRole('link', { name: /Helpende Plus/ }).first().click();
    await employee.getByRole('button', { name: 'Draag iemand aan' }).click();
    const dialog = employee.getByRole('dialog');
    await dialog.getByLabel('Naam van de kandidaat').fill('Mila Hendriks');
    await dialog.getByLabel('E-mailadres').fill('mila.hendriks@example.test');
    await dialog.getByLabel('Hoe ken je de kandidaat?').selectOption('former_colleague');
    await dialog.getByLabel('Ik heb de kandidaat verteld dat ik hem/haar aandraag').check();
    const started = Date.now();
    await dialog.getByRole('button', { name: 'Aandragen' }).click();
    await employee.getByText('Bedankt, je aandraging is binnen').waitFor();
    expect(Date.now() - started).toBeLessThan(10_000);

    // 2. The consent mail is in the outbox, in Dutch, with single-purpose links.
    const [mail] = await t.dataSource.query(`SELECT subject, text_body FROM mail_messages WHERE to_address = 'mila.hendriks@example.test'`);
    expect(mail.subject).toContain('heeft je aangedragen');
    const consentUrl = (mail.text_body as string).match(/https?:\/\/\S+\/candidate\/consent\?token=[A-Za-z0-9_-]+/)![0];

    // 3. The candidate consents through the link, without an account.
    const candidate = await page();
    await candidate.goto(`${baseUrl}${new URL(consentUrl).pathname}${new URL(consentUrl).search}`);
    await candidate.getByText('Hallo Mila Hendriks,').waitFor();
    await candidate.getByRole('button', { name: 'Ja, ik geef toestemming' }).click();
    await candidate.getByText('Bedankt voor je toestemming').waitFor();

    // 4. HR moves the referral to interview.
    const hr = await signIn('hr@demo.kring.localhost', PASSWORDS.hr, 1280);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM referrals WHERE candidate_name = 'Mila Hendriks'`);
    await hr.goto(`${baseUrl}/referrals/${id}`);
    await hr.getByText('mila.hendriks@example.test').first().waitFor(); // visible after consent
    const move = hr.getByRole('form', { name: 'Mila Hendriks naar een andere fase verplaatsen' });
    await move.getByLabel('Nieuwe fase').selectOption('interview');
    await move.getByRole('button', { name: 'Verplaatsen' }).click();
    await hr.getByText('Mila Hendriks staat nu in ‘Gesprek’.').waitFor();

    // 5. The employee sees the new stage.
    await employee.goto(`${baseUrl}/my-referrals`);
    const card = employee.getByRole('article').filter({ hasText: 'Mila Hendriks' });
    await card.getByText('Gesprek').first().waitFor();
    const [row] = await t.dataSource.query(`SELECT stage, consent_state FROM referrals WHERE id = $1`, [id]);
    expect(row).toEqual({ stage: 'interview', consent_state: 'consented' });
  }, 60_000);
});
