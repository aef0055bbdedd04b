/** Building the bundle from the ESCO exports (`npm run esco:build`, scripts/esco/build-bundle.ts, and the bundle tests). */
export { assembleBundle } from './assemble';
export { parseCsv, type CsvRow } from './csv';
export { compareText, serialiseBundle } from './serialise';
export { DEFAULT_BUNDLE_OUTPUT, ESCO_TABLES_DIR, escoSourceDir } from './source';
export { readZip } from './zip';
