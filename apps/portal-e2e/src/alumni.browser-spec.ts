import { existsSync } from 'node:fs';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { Browser, Page } from 'playwright-core';
import { businessDate } from '@kring/server-erm';
import { SmtpSink, testConfig } from '@kring/server-testing';
import { createWorker } from '../../worker/src/main';
import { createOrganisation, createUser } from '../../api/src/testing/fixtures';
import { createEmployee } from '../../api/src/testing/erm-offboarding-fixtures';
import { bootTestApp, TestApp } from '../../api/src/testing/test-app';
import { launchChromium } from './chromium';

const DIST = path.resolve(__dirname, '../../portal/dist/index.html');

/**
 * Offboarding to alumni home in Chromium: HR records through the portal that an employee leaves today, so it
 * takes effect at once; the employee's open session ends; they ask for a magic link, which the worker really
 * sends to an SMTP sink; opening it shows the alumni home.
 */
describe('offboarding → alumnus (browser)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let sink: SmtpSink;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error('Build the portal first: npx vite build --config apps/portal/vite.config.ts (npm test does this)');
    sink = await SmtpSink.start();
    t = await bootTestApp({ env: { SMTP_URL: sink.url } });
    worker = await createWorker({ config: testConfig(t.db.url, { SMTP_URL: sink.url }), logger: false });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await t.app.getUrl();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await t?.close();
    await sink?.stop();
  });

  async function page(width: number): Promise<Page> {
    return (await browser.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL' })).newPage();
  }

  async function signIn(email: string, password: string, width: number): Promise<Page> {
    const p = await page(width);
    await p.goto(`${baseUrl}/login`);
    await p.getByLabel('E-mailadres').fill(email);
    await p.getByLabel('Wachtwoord').fill(password);
    await p.getByRole('button', { name: 'Inloggen' }).click();
    await p.waitForURL((url) => !url.pathname.startsWith('/login'));
    return p;
  }

  it('HR offboards an employee; the leaver signs in by magic link as an alumnus and sees the alumni home', async () => {
    const org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    const hrUser = await createUser(t.dataSource, org, ['hr_admin']);
    const leaver = await createEmployee(t.dataSource, org, { firstName: 'Ingrid', employeeNumber: '4711' });

    // The employee is signed in before leaving.
    const employee = await signIn(leaver.email, leaver.password, 390);
    await employee.getByRole('heading', { name: 'Welkom, Ingrid' }).waitFor();

    // 1. HR records in the portal that Ingrid's last working day was yesterday: it takes effect at once.
    const hr = await signIn(hrUser.email, hrUser.password, 1280);
    await hr.goto(`${baseUrl}/manage/employees`);
    await hr.getByRole('button', { name: 'Ingrid Medewerker uit dienst melden' }).click();
    const dialog = hr.getByRole('dialog');
    await dialog.getByLabel('Laatste werkdag').fill(businessDate(new Date(Date.now() - 86_400_000)));
    await dialog.getByLabel('Reden').selectOption('resignation');
    await dialog.getByLabel('Notitie (intern)').fill('Gaat in Zweden wonen');
    await dialog.getByRole('button', { name: 'Vertrek vastleggen' }).click();
    await hr.getByText('Ingrid Medewerker is uit dienst en nu oud-medewerker.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const [state] = await t.dataSource.query(`SELECT p.phase, u.roles FROM people p JOIN users u ON u.person_id = p.id WHERE p.id = $1`, [leaver.personId]);
    expect(state).toEqual({ phase: 'exit', roles: ['alumnus'] });

    // 2. Her old session has ended: the portal sends her to the login page.
    await employee.reload();
    await employee.waitForURL((url) => url.pathname.startsWith('/login'));

    // Her old password no longer signs her in (alumni use magic links only).
    await employee.getByLabel('E-mailadres').fill(leaver.email);
    await employee.getByLabel('Wachtwoord').fill(leaver.password);
    await employee.getByRole('button', { name: 'Inloggen' }).click();
    await employee.getByText('Onjuist e-mailadres of wachtwoord.').waitFor();
    expect(new URL(employee.url()).pathname).toMatch(/^\/login/);

    // 3. She asks for a magic link; the worker delivers it (after the stay-in-touch mail) to the SMTP sink.
    await employee.getByRole('button', { name: 'Geen wachtwoord? Stuur mij een inloglink' }).click();
    const form = employee.getByRole('form', { name: 'Stuur mij een inloglink' });
    await form.getByLabel('E-mailadres').fill(leaver.email);
    await form.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
    await employee.getByText('Kijk in je mailbox').waitFor();
    await sink.waitForCount(2, 30_000);
    const subjects = sink.messages.map((m) => m.subject);
    expect(subjects).toEqual(expect.arrayContaining(['Blijf in contact met Zorggroep De Linde', 'Je inloglink voor Kring van Zorggroep De Linde']));
    const loginMail = sink.messages.find((m) => m.subject?.startsWith('Je inloglink'))!;
    const link = new URL(loginMail.text!.match(/https?:\/\/\S+\/auth\/magic-link\?token=[A-Za-z0-9_-]+/)![0]);

    // 4. She opens it and lands on the alumni home.
    await employee.goto(`${baseUrl}${link.pathname}${link.search}`);
    await employee.getByRole('heading', { name: 'Welkom terug, Ingrid!' }).waitFor();
    await employee.getByRole('heading', { name: 'Kom je terug?' }).waitFor();
    const consents = employee.getByRole('form', { name: 'Contactvoorkeuren' });
    await consents.getByLabel('Vacaturealerts').check();
    await consents.getByRole('button', { name: 'Opslaan' }).click();
    await employee.getByText('Je keuze is opgeslagen.').waitFor();
    const [consent] = await t.dataSource.query(`SELECT status, source FROM consents WHERE person_id = $1 AND purpose = 'job_alerts'`, [leaver.personId]);
    expect(consent).toEqual({ status: 'granted', source: 'alumni_home' });
  }, 120_000);
});
