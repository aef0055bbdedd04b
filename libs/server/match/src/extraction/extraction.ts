/**
 * Entry points: `extract(text, options)` with the shipped ESCO bundle, or `createExtractor(bundle)` for another bundle
 * (tests). The index is built once per bundle and process.
 */
import { loadEscoBundle, type EscoBundle } from '@kring/server-esco';
import { getExtractionIndex, type ExtractionIndex } from './extraction-index';
import type { ExtractionResult, ExtractOptions } from './extraction.types';
import { extractWithIndex } from './extractor';

export interface Extractor {
  readonly index: ExtractionIndex;
  extract(text: string, options?: ExtractOptions): ExtractionResult;
}

export function createExtractor(bundle: EscoBundle): Extractor {
  const index = getExtractionIndex(bundle);
  return { index, extract: (text, options) => extractWithIndex(index, text, options) };
}

let shipped: Promise<Extractor> | null = null;

/** The extractor over the shipped bundle (loaded and indexed on first call, then reused). */
export function getExtractor(): Promise<Extractor> {
  shipped ??= loadEscoBundle().then(createExtractor);
  shipped.catch(() => (shipped = null));
  return shipped;
}

/** Occupations and skills suggested for a vacancy or profile text, best first. */
export async function extract(text: string, options?: ExtractOptions): Promise<ExtractionResult> {
  return (await getExtractor()).extract(text, options);
}
