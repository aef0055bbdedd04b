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

/**
 * A made-up bilingual vacancy that walks every path of the extractor (title, compounds, hyphens, inflection, separable
 * verbs, tool names, English labels) so V8 has optimised it before the first real text.
 */
const WARM_UP_TITLE = 'Senior Java-ontwikkelaar / Verpleegkundige';
const WARM_UP_TEXT =
  'Wij zoeken softwareontwikkelaars die webapplicaties bouwen en databases in PostgreSQL beheren. Je werkt in een ' +
  'Scrum-team, schrijft unit tests en voert preventief onderhoud uit. In de zorg verleen je wondzorg, dien je medicatie ' +
  'toe en neem je bestellingen op, rekent af met gasten en stelt de btw-aangifte op. Kennis van Excel, SAP en Git is een ' +
  'pré. We are looking for an experienced developer to maintain web applications, manage stock and drive a forklift. ' +
  'You speak Dutch and English, handle customer complaints and write reports. Garenverwerking en veiligheidsvoorschriften.';
/** Enough calls for V8 to optimise the hot functions (the first calls of a fresh process run 5–10× slower). */
const WARM_UP_CALLS = 20;

/** Runs the extractor a few times on a built-in text; returns the wall-clock milliseconds it took. */
export function warmUp(extractor: Extractor, calls = WARM_UP_CALLS): number {
  const started = performance.now();
  const long = `${WARM_UP_TEXT} ${WARM_UP_TEXT} ${WARM_UP_TEXT}`;
  for (let i = 0; i < calls; i++) extractor.extract(i % 4 === 3 ? WARM_UP_TEXT : long, i % 2 === 0 ? { title: WARM_UP_TITLE } : {});
  return performance.now() - started;
}

/**
 * The extractor over the shipped bundle: loaded, indexed and warmed up (`warmUp`) on first call, then reused, so the
 * one-time cost of a process is never paid by the first vacancies.
 */
export function getExtractor(): Promise<Extractor> {
  shipped ??= loadEscoBundle()
    .then(createExtractor)
    .then((extractor) => {
      warmUp(extractor);
      return extractor;
    });
  shipped.catch(() => (shipped = null));
  return shipped;
}

/** Occupations and skills suggested for a vacancy or profile text, best first. */
export async function extract(text: string, options?: ExtractOptions): Promise<ExtractionResult> {
  return (await getExtractor()).extract(text, options);
}
