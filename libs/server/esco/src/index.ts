export type * from './bundle.types';
export { defaultBundlePath, loadEscoBundle } from './load-bundle';
export { allLabels, indexEscoBundle, preferredLabel, type EscoIndex } from './bundle-index';
