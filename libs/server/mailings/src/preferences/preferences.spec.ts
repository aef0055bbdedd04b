import { loadConfig } from '@kring/server-config';
import { addMonths } from './preferences.constants';
import { SuppressionsService } from './suppressions.service';

describe('MAIL_WEBHOOK_SECRET', () => {
  it('is optional (unset or empty: the webhook is off) and, when set, at least 24 characters', () => {
    const secret = (value?: string) => loadConfig({ DATABASE_URL: 'postgres://kring@localhost/kring', ...(value === undefined ? {} : { MAIL_WEBHOOK_SECRET: value }) }).mail.webhookSecret;
    expect(secret()).toBeNull();
    expect(secret('')).toBeNull();
    expect(secret('  a-long-enough-shared-secret-value  ')).toBe('a-long-enough-shared-secret-value');
    expect(() => secret('too-short')).toThrow(/MAIL_WEBHOOK_SECRET/);
  });
});

describe('addMonths', () => {
  it('adds calendar months in UTC', () => {
    expect(addMonths(new Date('2027-05-03T10:00:00Z'), 24).toISOString()).toBe('2029-05-03T10:00:00.000Z');
  });
});

describe('SuppressionsService.authorise', () => {
  const service = (secret: string | null) =>
    new SuppressionsService(null as never, { webhookSecret: secret }, null as never, null as never, null as never, null as never);

  it('answers 503 while no secret is configured, 401 for a missing or wrong one, and passes the right one', () => {
    expect(() => service(null).authorise('anything-at-all-long-enough')).toThrow(expect.objectContaining({ code: 'mail_webhook_disabled', kind: 'unavailable' }));
    const configured = service('a-long-enough-shared-secret-value');
    expect(() => configured.authorise(undefined)).toThrow(expect.objectContaining({ code: 'mail_webhook_unauthorised' }));
    expect(() => configured.authorise(['a-long-enough-shared-secret-value'])).toThrow(expect.objectContaining({ code: 'mail_webhook_unauthorised' }));
    expect(() => configured.authorise('a-long-enough-shared-secret-valuE')).toThrow(expect.objectContaining({ code: 'mail_webhook_unauthorised' }));
    expect(() => configured.authorise('a-long-enough-shared-secret-value')).not.toThrow();
  });
});
