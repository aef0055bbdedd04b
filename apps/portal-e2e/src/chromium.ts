import { chromium } from 'playwright-core';

/** Debian's chromium, headless; the flags keep it from reaching for a network this machine does not have. */
export const launchChromium = () =>
  chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
