import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { bootTestApp, TestApp } from '../../api/src/testing/test-app';
import { launchChromium } from './chromium';

/** The built portal; PORTAL_DIST_DIR runs the tests against another build (e.g. one made to a scratch folder). */
const DIST_DIR = process.env['PORTAL_DIST_DIR'] ?? path.resolve(__dirname, '../../portal/dist');

export interface BuiltPortal {
  t: TestApp;
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The API serving the built portal on a free port, and Chromium. `prepare` runs before the server listens (seed data).
 * Throws with the build command when the portal has not been built.
 */
export async function startBuiltPortal(prepare?: (t: TestApp) => Promise<void>): Promise<BuiltPortal> {
  if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
    throw new Error('Build the portal first: npx vite build --config apps/portal/vite.config.ts (npm test does this)');
  }
  const t = await bootTestApp({ env: { PORTAL_DIST_DIR: DIST_DIR } });
  await prepare?.(t);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = await t.app.getUrl();
  const browser = await launchChromium();
  return {
    t,
    browser,
    baseUrl,
    close: async () => {
      await browser.close();
      await t.close();
    },
  };
}

/** A Dutch desktop page signed in with a password; resolves once the portal has left the login page. */
export async function signedInPage(portal: BuiltPortal, email: string, password: string): Promise<Page> {
  const page = await (await portal.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' })).newPage();
  await page.goto(`${portal.baseUrl}/login`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}
