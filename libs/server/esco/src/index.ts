export type * from './bundle.types';
export { defaultBundlePath, loadEscoBundle } from './load-bundle';
export { allLabels, indexEscoBundle, preferredLabel, type EscoIndex } from './bundle-index';
export { assembleBundle, compareText, DEFAULT_BUNDLE_OUTPUT, ESCO_TABLES_DIR, escoSourceDir, parseCsv, readZip, serialiseBundle } from './build';
