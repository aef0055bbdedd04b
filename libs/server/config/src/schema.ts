import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const url = (protocols: string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

/** Each namespace reads only its own variables; the README documents every one of them. */
export const appSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: int(1, 65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: url(['http:', 'https:']).optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    TRUST_PROXY: bool.default(false),
    PORTAL_DIST_DIR: z.string().optional(),
  })
  .transform((env) => ({
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    portalDistDir: env.PORTAL_DIST_DIR,
  }));

export const databaseSchema = z
  .object({
    DATABASE_URL: url(['postgres:', 'postgresql:']),
    DATABASE_POOL_MAX: int(1, 200).default(10),
    DATABASE_SSL: z.enum(['disable', 'require', 'no-verify']).default('disable'),
  })
  .transform((env) => ({
    url: env.DATABASE_URL,
    poolMax: env.DATABASE_POOL_MAX,
    ssl: env.DATABASE_SSL,
  }));

export const mailSchema = z
  .object({
    SMTP_URL: url(['smtp:', 'smtps:']).default('smtp://127.0.0.1:1025'),
    MAIL_FROM: z.string().min(3).default('Kring <no-reply@kring.localhost>'),
    MAIL_MAX_ATTEMPTS: int(1, 50).default(8),
    MAIL_POOL_CONNECTIONS: int(1, 50).default(5),
    MAIL_RATE_PER_SECOND: int(1, 10000).default(50),
    /** Optional DKIM signing of every outgoing mail: all three or none. */
    MAIL_DKIM_DOMAIN: z
      .string()
      .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, 'must be a domain name such as example.nl')
      .optional(),
    MAIL_DKIM_SELECTOR: z
      .string()
      .regex(/^[a-z0-9]([a-z0-9._-]{0,62})$/i, 'must be a DKIM selector such as kring2026')
      .optional(),
    /** PEM private key; `\n` escapes are accepted so the key fits on one line of an env file. */
    MAIL_DKIM_PRIVATE_KEY: z
      .string()
      .transform((v) => v.replace(/\\n/g, '\n').trim())
      .refine((v) => /^-----BEGIN (RSA )?PRIVATE KEY-----[\s\S]+-----END (RSA )?PRIVATE KEY-----$/.test(v), 'must be a PEM private key')
      .optional(),
    /** Shared secret of the bounce webhook (header x-kring-webhook-secret); unset: the webhook answers 503. */
    MAIL_WEBHOOK_SECRET: z.string().trim().min(24, 'must be at least 24 characters').max(512).optional(),
  })
  .refine(
    (env) => [env.MAIL_DKIM_DOMAIN, env.MAIL_DKIM_SELECTOR, env.MAIL_DKIM_PRIVATE_KEY].filter((v) => v).length % 3 === 0,
    { message: 'set MAIL_DKIM_DOMAIN, MAIL_DKIM_SELECTOR and MAIL_DKIM_PRIVATE_KEY together, or none of them', path: ['MAIL_DKIM_DOMAIN'] },
  )
  .transform((env) => ({
    smtpUrl: env.SMTP_URL,
    from: env.MAIL_FROM,
    maxAttempts: env.MAIL_MAX_ATTEMPTS,
    poolConnections: env.MAIL_POOL_CONNECTIONS,
    ratePerSecond: env.MAIL_RATE_PER_SECOND,
    dkim:
      env.MAIL_DKIM_DOMAIN && env.MAIL_DKIM_SELECTOR && env.MAIL_DKIM_PRIVATE_KEY
        ? { domainName: env.MAIL_DKIM_DOMAIN, keySelector: env.MAIL_DKIM_SELECTOR, privateKey: env.MAIL_DKIM_PRIVATE_KEY }
        : null,
    webhookSecret: env.MAIL_WEBHOOK_SECRET ?? null,
  }));

export const authSchema = z
  .object({
    SESSION_TTL_HOURS: int(1, 24 * 90).default(24 * 7),
    COOKIE_SECURE: bool.optional(),
    INVITATION_TTL_DAYS: int(1, 60).default(7),
    RATE_LIMITS_ENABLED: bool.default(true),
  })
  .transform((env) => ({
    sessionTtlHours: env.SESSION_TTL_HOURS,
    cookieSecure: env.COOKIE_SECURE,
    invitationTtlDays: env.INVITATION_TTL_DAYS,
    rateLimitsEnabled: env.RATE_LIMITS_ENABLED,
  }));

export const storageSchema = z
  .object({
    STORAGE_DIR: z.string().min(1).default('.data/storage'),
  })
  .transform((env) => ({
    /** Where uploaded files (CVs) are kept by the local-disk driver: outside the web root, never served directly. */
    dir: env.STORAGE_DIR,
  }));

export type AppConfig = z.output<typeof appSchema>;
export type StorageConfig = z.output<typeof storageSchema>;
export type DatabaseConfig = z.output<typeof databaseSchema>;
export type MailConfig = z.output<typeof mailSchema>;
export type AuthConfig = z.output<typeof authSchema> & { cookieSecure: boolean };

export interface KringConfig {
  app: AppConfig;
  database: DatabaseConfig;
  mail: MailConfig;
  auth: AuthConfig;
  storage: StorageConfig;
}
