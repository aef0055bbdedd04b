import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type KringConfig } from '@kring/server-config';

/** A valid config for tests; override only what a test is about. */
export function testConfig(databaseUrl: string, env: Record<string, string> = {}): KringConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: '5',
    PUBLIC_URL: 'http://localhost:3999',
    SMTP_URL: 'smtp://127.0.0.1:1',
    LOG_LEVEL: 'error',
    STORAGE_DIR: mkdtempSync(path.join(tmpdir(), 'kring-test-storage-')),
    ...env,
  });
}
