/** Tokenising and normalising text the same way for labels and input, keeping character offsets for evidence. */

export interface TextToken {
  /** Lowercased, diacritics removed ("Één" → "een"). */
  norm: string;
  /** As written in the input. */
  raw: string;
  start: number;
  end: number;
  /** Joined to the previous token by a hyphen or slash without spaces ("Java-ontwikkelaar"). */
  hyphenated: boolean;
}

/**
 * Letters and digits; an apostrophe inside a word stays in it ("auto's", "customer's"), and a trailing "+" or "#" is
 * kept for names such as C++ and C#.
 */
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:\+\+|#)?/gu;
const MARKS = /\p{M}|['’]/gu;

/** Lowercase without diacritics and apostrophes ("Één" → "een", "auto's" → "autos"). */
export function normalize(value: string): string {
  if (/^[\x20-\x26\x28-\x7e]*$/.test(value)) return value.toLowerCase();
  return value.normalize('NFD').replace(MARKS, '').toLowerCase();
}

export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const raw = match[0];
    const previous = tokens[tokens.length - 1];
    const between = previous ? text.slice(previous.end, start) : '';
    tokens.push({
      norm: normalize(raw),
      raw,
      start,
      end: start + raw.length,
      hyphenated: previous !== undefined && (between === '-' || between === '/'),
    });
  }
  return tokens;
}

/** True for tokens that carry no meaning on their own (numbers). */
export function isNumeric(norm: string): boolean {
  return /^\p{N}+$/u.test(norm);
}
