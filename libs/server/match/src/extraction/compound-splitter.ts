/**
 * Dutch writes compounds as one word ("garenverwerking", "softwareontwikkelaar"). We split a word into parts that are
 * themselves label words, allowing the linking letters -s- and -e- between parts ("klantenservice", "veiligheidsbeleid")
 * and an inflected last part ("…verwerking" against "verwerken"). Fewest parts wins, then fewest linking letters, then
 * longer parts.
 */

export interface CompoundPart {
  norm: string;
  /** Offsets inside the word. */
  start: number;
  end: number;
}

export interface CompoundVocabulary {
  /** A word that may stand anywhere in a compound. */
  hasWord(norm: string): boolean;
  /** A stem for the last part (which carries the inflection), e.g. "verwerk" for "verwerking". */
  hasLastPartStem(norm: string): boolean;
}

const MIN_PART = 3;
const MIN_WORD = 7;
const MAX_WORD = 40;
const LINKING = new Set(['s', 'e']);

interface State {
  cost: number;
  parts: CompoundPart[];
}

export function splitCompound(word: string, vocabulary: CompoundVocabulary): CompoundPart[] | null {
  const n = word.length;
  if (n < MIN_WORD || n > MAX_WORD || !/^\p{L}+$/u.test(word)) return null;
  const best: (State | undefined)[] = new Array(n + 1);
  best[0] = { cost: 0, parts: [] };
  for (let from = 0; from < n; from++) {
    const state = best[from];
    if (!state) continue;
    for (let to = from + MIN_PART; to <= n; to++) {
      if (from === 0 && to === n) break;
      const norm = word.slice(from, to);
      const known = vocabulary.hasWord(norm) || (to === n && vocabulary.hasLastPartStem(norm));
      if (!known) continue;
      const parts = [...state.parts, { norm, start: from, end: to }];
      offer(best, to, { cost: state.cost + 10_000 - norm.length * norm.length, parts });
      if (to < n - MIN_PART && LINKING.has(word[to])) {
        offer(best, to + 1, { cost: state.cost + 11_000 - norm.length * norm.length, parts });
      }
    }
  }
  const result = best[n];
  return result && result.parts.length >= 2 ? result.parts : null;
}

function offer(best: (State | undefined)[], at: number, candidate: State): void {
  const current = best[at];
  if (!current || candidate.cost < current.cost) best[at] = candidate;
}
