/**
 * Language of a text from its function words ("de", "het", "en" against "the", "and", "of"); when a short text has few of
 * them (a title such as "Senior Java-ontwikkelaar"), words that only occur in one language's labels count too.
 */
import type { ExtractionLanguage } from './extraction.types';
import { STOP_WORDS } from './stop-words';

export interface LanguageDetection {
  language: ExtractionLanguage;
  shares: Record<ExtractionLanguage, number>;
}

const STOP_WORD_WEIGHT = 3;

export function detectLanguage(
  norms: readonly string[],
  vocabulary?: Record<ExtractionLanguage, ReadonlySet<string>>,
): LanguageDetection {
  let nl = 0;
  let en = 0;
  for (const norm of norms) {
    const inNl = STOP_WORDS.nl.has(norm);
    const inEn = STOP_WORDS.en.has(norm);
    if (inNl && !inEn) nl += STOP_WORD_WEIGHT;
    else if (inEn && !inNl) en += STOP_WORD_WEIGHT;
    else if (!inNl && !inEn && vocabulary && norm.length >= 4) {
      const labelNl = vocabulary.nl.has(norm);
      const labelEn = vocabulary.en.has(norm);
      if (labelNl && !labelEn) nl++;
      else if (labelEn && !labelNl) en++;
    }
  }
  const total = nl + en;
  if (total === 0) return { language: 'nl', shares: { nl: 0.5, en: 0.5 } };
  const shares = { nl: nl / total, en: en / total };
  return { language: nl >= en ? 'nl' : 'en', shares };
}
