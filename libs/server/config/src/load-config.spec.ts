import { ConfigError, loadConfig } from './load-config';

const valid = { DATABASE_URL: 'postgres://u:p@localhost:5432/kring' };

describe('loadConfig', () => {
  it('applies documented defaults', () => {
    const config = loadConfig(valid);
    expect(config.app).toMatchObject({ env: 'development', port: 3000, publicUrl: 'http://localhost:3000', logLevel: 'info' });
    expect(config.mail.smtpUrl).toBe('smtp://127.0.0.1:1025');
    expect(config.auth).toMatchObject({ sessionTtlHours: 168, cookieSecure: false, invitationTtlDays: 7, rateLimitsEnabled: true });
  });

  it('derives secure cookies from an https PUBLIC_URL and trims its trailing slash', () => {
    const config = loadConfig({ ...valid, PUBLIC_URL: 'https://kring.example.nl/' });
    expect(config.app.publicUrl).toBe('https://kring.example.nl');
    expect(config.auth.cookieSecure).toBe(true);
  });

  it('fails fast with every bad variable listed, not just the first', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://mail', COOKIE_SECURE: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(problems.sort()).toEqual(['COOKIE_SECURE', 'DATABASE_URL', 'PORT', 'SMTP_URL']);
    expect((error as Error).message).toContain('README.md');
  });

  it('requires DATABASE_URL, and SMTP_URL in production', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow(/SMTP_URL: required in production/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ ...valid, PORT: '' }).app.port).toBe(3000);
  });
});
