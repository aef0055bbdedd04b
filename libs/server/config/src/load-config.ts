import { z } from 'zod';
import { appSchema, authSchema, databaseSchema, KringConfig, mailSchema, storageSchema } from './schema';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'See the configuration table in README.md (and .env.example).',
    );
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function parseNamespace<S extends z.ZodType>(schema: S, env: Env, problems: string[]): z.output<S> | undefined {
  // Empty strings count as unset, so `FOO=` in an env file falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const variable = issue.path.join('.') || '(namespace)';
    problems.push(`${variable}: ${issue.message}`);
  }
  return undefined;
}

/** Validates every namespace and fails with the full list of bad variables, not just the first. */
export function loadConfig(env: Env = process.env): KringConfig {
  const problems: string[] = [];
  const app = parseNamespace(appSchema, env, problems);
  const database = parseNamespace(databaseSchema, env, problems);
  const mail = parseNamespace(mailSchema, env, problems);
  const auth = parseNamespace(authSchema, env, problems);
  const storage = parseNamespace(storageSchema, env, problems);
  if (app?.env === 'production' && !env['SMTP_URL']) problems.push('SMTP_URL: required in production');
  if (!app || !database || !mail || !auth || !storage || problems.length > 0) throw new ConfigError(problems);
  return {
    app,
    database,
    mail,
    auth: { ...auth, cookieSecure: auth.cookieSecure ?? app.publicUrl.startsWith('https:') },
    storage,
  };
}
