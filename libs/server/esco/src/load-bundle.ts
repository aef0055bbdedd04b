import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { EscoBundle } from './bundle.types';

const gunzipAsync = promisify(gunzip);
const BUNDLE_FILE = 'esco-bundle.json.gz';

/**
 * Where the shipped bundle is: libs/server/esco/data next to src/ (running from the sources, and from dist/server when
 * the server build copies the data folder), else the repository's copy seen from dist/server/libs/server/esco/src.
 */
export function defaultBundlePath(): string {
  const candidates = [
    path.resolve(__dirname, '..', 'data', BUNDLE_FILE),
    path.resolve(__dirname, '..', '..', '..', '..', '..', '..', 'libs', 'server', 'esco', 'data', BUNDLE_FILE),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`ESCO bundle not found (looked in ${candidates.join(', ')}); run npm run esco:build`);
  return found;
}

const cache = new Map<string, Promise<EscoBundle>>();

async function readBundle(file: string): Promise<EscoBundle> {
  const json = (await gunzipAsync(await readFile(file))).toString('utf8');
  return JSON.parse(json) as EscoBundle;
}

/** The ESCO bundle (read and parsed once per process and path; treat the result as read-only). */
export function loadEscoBundle(file?: string): Promise<EscoBundle> {
  const resolved = path.resolve(file ?? defaultBundlePath());
  let pending = cache.get(resolved);
  if (!pending) {
    pending = readBundle(resolved);
    cache.set(resolved, pending);
    // A failed read is not cached, so a later call can retry.
    pending.catch(() => cache.delete(resolved));
  }
  return pending;
}
