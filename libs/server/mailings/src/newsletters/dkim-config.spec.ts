import { ConfigError, loadConfig } from '@kring/server-config';

const valid = { DATABASE_URL: 'postgres://u:p@localhost:5432/kring' };
const PEM = '-----BEGIN PRIVATE KEY-----\\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA\\n-----END PRIVATE KEY-----';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig({ ...valid, ...env });
    return [];
  } catch (e) {
    return (e as ConfigError).problems.map((p) => p.split(':')[0]!);
  }
};

describe('MAIL_DKIM_* (optional DKIM signing)', () => {
  it('is off by default, and empty values count as unset', () => {
    expect(loadConfig(valid).mail.dkim).toBeNull();
    expect(loadConfig({ ...valid, MAIL_DKIM_DOMAIN: '', MAIL_DKIM_SELECTOR: '', MAIL_DKIM_PRIVATE_KEY: '' }).mail.dkim).toBeNull();
  });

  it('reads all three, turning \\n escapes in the key into line breaks', () => {
    const config = loadConfig({ ...valid, MAIL_DKIM_DOMAIN: 'delinde.nl', MAIL_DKIM_SELECTOR: 'kring2026', MAIL_DKIM_PRIVATE_KEY: PEM });
    expect(config.mail.dkim).toEqual({
      domainName: 'delinde.nl',
      keySelector: 'kring2026',
      privateKey: PEM.replace(/\\n/g, '\n'),
    });
  });

  it('refuses a partial setting, a bad domain, a bad selector and a key that is not PEM', () => {
    expect(problemsOf({ MAIL_DKIM_DOMAIN: 'delinde.nl' })).toEqual(['MAIL_DKIM_DOMAIN']);
    expect(problemsOf({ MAIL_DKIM_DOMAIN: 'not a domain', MAIL_DKIM_SELECTOR: 'k', MAIL_DKIM_PRIVATE_KEY: PEM })).toEqual(['MAIL_DKIM_DOMAIN']);
    expect(problemsOf({ MAIL_DKIM_DOMAIN: 'delinde.nl', MAIL_DKIM_SELECTOR: 'bad selector', MAIL_DKIM_PRIVATE_KEY: PEM })).toEqual(['MAIL_DKIM_SELECTOR']);
    expect(problemsOf({ MAIL_DKIM_DOMAIN: 'delinde.nl', MAIL_DKIM_SELECTOR: 'k', MAIL_DKIM_PRIVATE_KEY: 'secret' })).toEqual(['MAIL_DKIM_PRIVATE_KEY']);
  });
});
