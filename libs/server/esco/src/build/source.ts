import path from 'node:path';

/** The repository root (this file is libs/server/esco/src/build/source.ts, or its compiled copy under dist/server). */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');

/** Where `npm run esco:build` writes the bundle the project ships. */
export const DEFAULT_BUNDLE_OUTPUT = path.join(ROOT, 'libs', 'server', 'esco', 'data', 'esco-bundle.json.gz');

/** The hand-written tables the build reads (kring-nl-labels.tsv, kring-nl-alt-labels.tsv, onet-commodity-skills.tsv). */
export const ESCO_TABLES_DIR = path.join(ROOT, 'scripts', 'esco');

/** The official ESCO exports: $ESCO_SOURCE, else ../shared/data/esco beside the repository. */
export function escoSourceDir(): string {
  return path.resolve(process.env['ESCO_SOURCE'] ?? path.join(ROOT, '..', 'shared', 'data', 'esco'));
}
