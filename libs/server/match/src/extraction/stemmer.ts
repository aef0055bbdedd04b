/**
 * Light stemmers: they only remove inflection (plural, verb and adjective endings), so that "ontwikkelaars" meets
 * "ontwikkelaar" and "processing" meets "process". Labels and text pass through the same function, so a stem only has to
 * be consistent, not a real word. Deliberately conservative: a stemmed match scores below an exact one.
 */
import type { ExtractionLanguage } from './extraction.types';

const MIN_STEM = 3;
const VOWEL = /[aeiouy]/;

export function stem(word: string, lang: ExtractionLanguage): string {
  return lang === 'nl' ? stemDutch(word) : stemEnglish(word);
}

export function stemDutch(word: string): string {
  if (word.length <= MIN_STEM || !/^\p{L}+$/u.test(word)) return word;
  let w = word;
  let stripped = false;
  const strip = (suffix: string, replacement = ''): boolean => {
    if (!w.endsWith(suffix) || w.length - suffix.length < MIN_STEM) return false;
    w = w.slice(0, w.length - suffix.length) + replacement;
    stripped = true;
    return true;
  };
  // "klantgerichtheid"/"klantgerichtheden" meet "klantgericht": the noun of an adjective is the same skill.
  if (!strip('heden') && !strip('heid')) {
    if (/(?:er|el|em|en|ar|or|ur|ie|[aoiuy])s$/.test(w)) strip('s');
    for (const suffix of ['ingen', 'ing', 'en', 'e']) if (strip(suffix)) break;
  }
  if (stripped) {
    if (/([bcdfgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
    if (w.endsWith('v')) w = `${w.slice(0, -1)}f`;
    else if (w.endsWith('z')) w = `${w.slice(0, -1)}s`;
  }
  // "maak"/"maken", "gaar"/"garen": one vowel in the last closed syllable.
  return w.replace(/(aa|ee|oo|uu)([^aeiouy])$/, (_all, vowels: string, consonant: string) => vowels[0] + consonant);
}

export function stemEnglish(word: string): string {
  if (word.length <= MIN_STEM || !/^\p{L}+$/u.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    const rest = w.slice(0, w.length - suffix.length);
    if (w.endsWith(suffix) && rest.length >= MIN_STEM && VOWEL.test(rest)) {
      w = /([bdgmnprt])\1$/.test(rest) ? rest.slice(0, -1) : rest;
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}
