/**
 * Function words per language. They detect the language of a text and are never used as label words, so "door" (nl:
 * "by") never matches an English label about doors, nor "die" (nl: "that") a tool.
 */
import type { ExtractionLanguage } from './extraction.types';

const DUTCH = `aan al alle alleen als alsof ben bij bijvoorbeeld binnen dan dat de deze die dit doen door dus een eens eigen en
  er ervan ge geen had heb hebben heeft hem het hier hij hoe hun ik in is je jij jou jouw jullie kan komen kun kunnen maar
  me mee meer met mij moet moeten na naar niet nog nu of om omdat onder ons onze ook op over te tegen toe tot u uit uw
  van veel voor waar wat we wel welke werd wie wij wil wordt worden zal ze zelf zich zij zijn zo zoals zonder zou zowel`;

const ENGLISH = `a about above after all also am an and any are as at be because been being both but by can could did do does
  doing during each for from had has have having he her here him his how i if in into is it its itself just may me more
  most must my no nor not of off on once only or other our ours out over own same she should so some such than that the
  their them then there these they this those through to too under until up very was we were what when where which while
  who whom why will with within would you your yours`;

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

export const STOP_WORDS: Record<ExtractionLanguage, ReadonlySet<string>> = { nl: words(DUTCH), en: words(ENGLISH) };

/** Words that are function words in Dutch or English (for label indexing: skip them in both). */
export function isStopWord(norm: string): boolean {
  return STOP_WORDS.nl.has(norm) || STOP_WORDS.en.has(norm);
}

/**
 * Words every vacancy uses ("wij zoeken een ervaren…", "knowledge of … is a plus"). They may complete a longer label but
 * never trigger one on their own.
 */
const WEAK = `zoeken zoekt zoek ervaren ervaring kennis bent hebt heb pre kandidaat kandidaten functie vacature bieden biedt
  salaris senior junior medior uur uren week jaar jaren goede goed nieuwe graag minimaal diverse ruime sterke collega collegas
  looking seek seeking experienced experience knowledge plus required requirements candidate candidates position role job
  offer offers salary year years new good strong ability able great excellent preferred ideal join`;

const WEAK_WORDS = words(WEAK);

export function isWeakWord(norm: string): boolean {
  return WEAK_WORDS.has(norm);
}
