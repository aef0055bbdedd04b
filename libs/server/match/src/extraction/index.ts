export type * from './extraction.types';
export { createExtractor, extract, getExtractor, warmUp, type Extractor } from './extraction';
export { buildExtractionIndex, getExtractionIndex, type ExtractionIndex } from './extraction-index';
export { detectLanguage } from './language-detector';
