/**
 * Text → ESCO occupations and skills, in process. The text (and title) is cut into words; Dutch compounds are split
 * into label words; every word is looked up by its Dutch and English stem (and as a tool name) in the label index; the
 * labels hit are aligned against the text (multi-word labels as word sequences with a small gap, in any order); every
 * match is scored by how specific the label is, how well it matched and how much of it matched; concepts keep their best
 * match, boosted by repetition and by the title; occupations also gain support from the skills found that they need.
 */
import { acceptableWords, type EntrySource, type ExtractionIndex, type LabelEntry, type OccupationLink } from './extraction-index';
import type {
  Evidence,
  EvidenceField,
  ExtractedConcept,
  ExtractionLanguage,
  ExtractionResult,
  ExtractOptions,
  ScoreParts,
} from './extraction.types';
import { splitCompound, type CompoundPart } from './compound-splitter';
import { detectLanguage } from './language-detector';
import { stemDutch, stemEnglish } from './stemmer';
import { isStopWord, isWeakWord } from './stop-words';
import { tokenize, type TextToken } from './text';

interface WordToken {
  norm: string;
  raw: string;
  stemNl: string;
  stemEn: string;
  start: number;
  end: number;
  field: EvidenceField;
  /** Word position: compound parts share their word's position; sentence breaks add distance. */
  pos: number;
  compoundPart: boolean;
  /** A word every vacancy uses: it may complete a label, never trigger one alone. */
  weak: boolean;
}

interface Occurrence {
  tokens: number[];
  score: number;
  quality: ScoreParts['quality'];
}

interface ConceptMatch {
  concept: number;
  best: number;
  bestEntry: LabelEntry;
  quality: ScoreParts['quality'];
  entries: Set<number>;
  /** Every occurrence recorded, in order; turned into evidence only for concepts that may be returned. */
  occurrences: { tokens: number[]; via: 'label' | 'tool' }[];
  /** The evidence places (merged spans, one per place, by place), computed on first use. */
  spans: Span[] | null;
  inTitle: boolean;
}

/** Extra distance between sentences and between title and text, so labels do not match across them. */
const SENTENCE_GAP = 3;
const FIELD_GAP = 6;
/** Words of the text that may sit between the words of a multi-word label. */
const MAX_GAP = 1;
const STEMMED = 0.85;
const COMPOUND_PART = 0.92;
const PARTIAL = 0.7;
const OUT_OF_ORDER = 0.9;
const TITLE_BOOST = { occupation: 0.4, skill: 0.15 };
const REPEAT_BOOST = 0.08;
/** Repetitions that count for the boost. */
const MAX_REPEATS = 3;
const OTHER_LABEL_BOOST = 0.04;
const SUPPORT_SCALE = 1.2;
const SUPPORT_WEIGHT = 0.5;
const MAX_EVIDENCE = 6;
/** Occurrences of one label looked at: enough for the repetition boost and the evidence, bounded for long texts. */
const MAX_OCCURRENCES = 6;
const MIN_SHARE_FOR_PARTIAL = 0.2;

export function extractWithIndex(index: ExtractionIndex, text: string, options: ExtractOptions = {}): ExtractionResult {
  const fields: [EvidenceField, string][] = options.title ? [['title', options.title], ['text', text]] : [['text', text]];
  const { tokens, norms } = readTokens(index, fields);
  const detection = detectLanguage(norms, index.vocabulary);
  const maxShare = Math.max(detection.shares.nl, detection.shares.en);
  const languageFactor = (entry: LabelEntry) => (entry.source === 'tool' ? 1 : 0.8 + (0.2 * detection.shares[entry.source]) / maxShare);

  const matches = new Map<number, ConceptMatch>();
  const byKey = tokensByKey(tokens);
  const { ids, masks } = candidateEntries(index, byKey);
  try {
    const gate = index.packed.gate;
    for (const entryId of ids) {
      const mask = masks[entryId];
      // Most labels are hit by one common word that cannot match them on its own: rejected on the packed arrays alone.
      if ((mask & (mask - 1)) === 0 && (gate[entryId] & mask) === 0) continue;
      const entry = index.entries[entryId];
      // A language with hardly any function words in the text ("help" in a Dutch text) may match whole labels only.
      const partialAllowed = entry.source === 'tool' || detection.shares[entry.source] >= MIN_SHARE_FOR_PARTIAL;
      for (const occurrence of alignEntry(index, entryId, entry, mask, byKey, tokens, partialAllowed)) {
        record(matches, entryId, entry, occurrence, occurrence.score * languageFactor(entry));
      }
    }
  } finally {
    for (const entryId of ids) masks[entryId] = 0;
  }

  const lang = options.lang ?? detection.language;
  const limit = options.limit ?? 50;
  const minScore = options.minScore ?? 0.1;
  const spans: SpanContext = { tokens, fields };
  const skills = [...matches.values()]
    .filter((match) => index.concepts[match.concept].kind === 'skill' && upperBound(match.best) >= minScore)
    .map((match) => toConcept(index, match, lang, spans))
    .filter((skill) => skill.score >= minScore)
    .sort(byScore);
  const occupations = scoreOccupations(index, matches, skills, lang, spans, minScore, limit);
  return {
    language: detection.language,
    languageShares: detection.shares,
    occupations,
    skills: skills.slice(0, limit),
  };
}

/** What a word's lookups need, the same wherever it occurs: computed once per distinct word and call. */
interface WordInfo {
  skip: boolean;
  weak: boolean;
  stemNl: string;
  stemEn: string;
  /** Compound parts when the word is not a Dutch label word itself and splits into label words (undefined: not yet asked). */
  parts?: CompoundPart[] | null;
}

function readTokens(index: ExtractionIndex, fields: [EvidenceField, string][]): { tokens: WordToken[]; norms: string[] } {
  const tokens: WordToken[] = [];
  const norms: string[] = [];
  const words = new Map<string, WordInfo>();
  const stemsOf = (norm: string): WordInfo => {
    let info = words.get(norm);
    if (!info) {
      info = { skip: isStopWord(norm), weak: isWeakWord(norm), ...stems(index, norm) };
      words.set(norm, info);
    }
    return info;
  };
  let pos = 0;
  for (const [field, text] of fields) {
    let previous: { end: number; norm: string; start: number } | null = null;
    // Words of the current clause that may be the verb of a separable verb ("neemt bestellingen op" → opnemen).
    let clause: TextToken[] = [];
    const fieldTokens = tokenize(text);
    for (let t = 0; t < fieldTokens.length; t++) {
      const token = fieldTokens[t];
      norms.push(token.norm);
      const between = previous ? text.slice(previous.end, token.start) : '';
      if (previous && /[.!?;:\n•·|]/.test(between)) pos += SENTENCE_GAP;
      if (/[.!?;:,()\n•·|]/.test(between)) clause = [];
      const joined: typeof previous = previous && token.hyphenated ? previous : null;
      previous = token;
      if (PARTICLES.has(token.norm) && clause.length > 0 && pos > 0 && endsClause(text, token, fieldTokens[t + 1])) {
        const verb = separableVerb(index, clause, token.norm);
        if (verb) {
          // At the particle's place (token positions never decrease), spanning verb to particle for the evidence.
          const raw = text.slice(verb.token.start, token.end);
          tokens.push(word(verb.norm, raw, verb.token.start, token.end, stemsOf(verb.norm), field, pos, false, false));
        }
      }
      clause.push(token);
      if (clause.length > MAX_PARTICLE_DISTANCE) clause.shift();
      const info = stemsOf(token.norm);
      // One-letter words only count when written as a capital (the languages R and C); "s" and "a" never do.
      if (info.skip || (token.norm.length < 2 && !/^[A-Z]$/.test(token.raw))) continue;
      pos++;
      const weak = info.weak;
      tokens.push(word(token.norm, token.raw, token.start, token.end, info, field, pos, false, weak));
      if (joined) {
        const norm = joined.norm + token.norm;
        if (index.vocabulary.nl.has(norm) || index.vocabulary.en.has(norm)) {
          tokens.push(word(norm, text.slice(joined.start, token.end), joined.start, token.end, stemsOf(norm), field, pos, false, weak));
        }
      }
      if (info.parts === undefined) {
        const splittable = !index.vocabulary.nl.has(token.norm) && !index.compounds.hasLastPartStem(token.norm);
        info.parts = splittable ? splitCompound(token.norm, index.compounds) : null;
      }
      if (info.parts) {
        const aligned = token.raw.length === token.norm.length;
        for (const part of info.parts) {
          const start = aligned ? token.start + part.start : token.start;
          const end = aligned ? token.start + part.end : token.end;
          tokens.push(word(part.norm, text.slice(start, end), start, end, stemsOf(part.norm), field, pos, true, weak));
        }
      }
    }
    pos += FIELD_GAP;
  }
  return { tokens, norms };
}

/** Particles of Dutch separable verbs ("voert … uit", "neemt … op", "rekent … af"). */
const PARTICLES = new Set(['op', 'af', 'uit', 'in', 'aan', 'mee', 'door', 'over', 'toe', 'na', 'bij', 'terug', 'voor', 'om', 'samen', 'vast', 'weg']);
/** Words that may follow a separable verb's particle (a new clause or phrase starts), unlike "de", "een", a noun. */
const AFTER_PARTICLE = new Set(['en', 'of', 'maar', 'met', 'om', 'zodat', 'want', 'terwijl', 'als', 'wanneer', 'tijdens', 'volgens', 'bij', 'voor', 'in', 'aan', 'op', 'na', 'tot', 'naar', 'door', 'via']);

/** A particle ends its clause: last word, punctuation next, or a conjunction or preposition next ("rekent af met gasten"). */
function endsClause(text: string, particle: TextToken, next: TextToken | undefined): boolean {
  return !next || /[.!?;:,()\n•·|]/.test(text.slice(particle.end, next.start)) || AFTER_PARTICLE.has(next.norm);
}

/** Words between the verb and its particle that are looked back over. */
const MAX_PARTICLE_DISTANCE = 8;

/**
 * The separable verb a clause-final particle completes: the nearest earlier word of the clause whose infinitive, with the
 * particle in front, is a word of the Dutch labels ("lost storingen op" → oplossen, "voert onderhoud uit" → uitvoeren).
 */
function separableVerb(index: ExtractionIndex, clause: TextToken[], particle: string): { token: TextToken; norm: string } | null {
  for (let i = clause.length - 1; i >= 0; i--) {
    const verb = clause[i].norm;
    if (verb.length < 2 || !/^\p{L}+$/u.test(verb) || PARTICLES.has(verb)) continue;
    for (const infinitive of infinitives(verb)) {
      const norm = particle + infinitive;
      if (index.vocabulary.nl.has(norm)) return { token: clause[i], norm };
    }
  }
  return null;
}

/** Infinitives a Dutch present-tense form may belong to: neemt → nemen, lost → lossen, geeft → geven, doet → doen. */
function infinitives(form: string): string[] {
  const stemForm = form.length > 3 && form.endsWith('t') ? form.slice(0, -1) : form;
  const last = stemForm[stemForm.length - 1];
  const open = stemForm.replace(/(aa|ee|oo|uu)([^aeiouy])$/, (_all, vowels: string, consonant: string) => vowels[0] + consonant);
  const voiced = (value: string) => value.replace(/f$/, 'v').replace(/s$/, 'z');
  return [form, `${stemForm}en`, `${stemForm}n`, `${stemForm}${last}en`, `${open}en`, `${voiced(open)}en`, `${voiced(stemForm)}en`];
}

function word(
  norm: string,
  raw: string,
  start: number,
  end: number,
  info: WordInfo,
  field: EvidenceField,
  pos: number,
  compoundPart: boolean,
  weak: boolean,
): WordToken {
  return { norm, raw, stemNl: info.stemNl, stemEn: info.stemEn, start, end, field, pos, compoundPart, weak };
}

function stems(index: ExtractionIndex, norm: string): { stemNl: string; stemEn: string } {
  let stemNl = stemDutch(norm);
  // Dutch verbs in the third person ("werkt", "beheert") meet the infinitive of a label when that is a label word.
  if (norm.endsWith('t') && !index.postings.nl.has(stemNl)) {
    const verb = stemDutch(norm.slice(0, -1));
    if (index.postings.nl.has(verb)) stemNl = verb;
  }
  return { stemNl, stemEn: stemEnglish(norm) };
}

/** Text tokens by the key they are looked up with: Dutch stem, English stem, and the word itself for tool names. */
type TokensByKey = Record<EntrySource, Map<string, number[]>>;

function tokensByKey(tokens: WordToken[]): TokensByKey {
  const byKey: TokensByKey = { nl: new Map(), en: new Map(), tool: new Map() };
  const add = (map: Map<string, number[]>, key: string, tokenIndex: number) => {
    const list = map.get(key);
    if (list) list.push(tokenIndex);
    else map.set(key, [tokenIndex]);
  };
  tokens.forEach((token, tokenIndex) => {
    add(byKey.nl, token.stemNl, tokenIndex);
    add(byKey.en, token.stemEn, tokenIndex);
    add(byKey.tool, token.norm, tokenIndex);
  });
  return byKey;
}

/**
 * Labels with at least one word in the text, each with the set of its word positions found (a bit mask), in the order
 * they are first hit. One pass over the postings of the distinct words, however often a word is repeated. The masks live
 * in a typed array kept with the index and cleared after use, so a call allocates nothing per posting.
 */
function candidateEntries(index: ExtractionIndex, byKey: TokensByKey): { ids: number[]; masks: Int32Array } {
  const scratch = scratchOf(index);
  const masks = scratch.masks;
  const ids: number[] = [];
  for (const source of ['nl', 'en', 'tool'] as const) {
    const postings = index.postings[source];
    for (const key of byKey[source].keys()) {
      const list = postings.get(key);
      if (list === undefined) continue;
      for (let p = 0; p < list.length; p++) {
        const posting = list[p];
        const entryId = posting >>> 5;
        if (masks[entryId] === 0) ids.push(entryId);
        masks[entryId] |= 1 << (posting & 31);
      }
    }
  }
  return { ids, masks };
}

interface Scratch {
  masks: Int32Array;
}

const scratches = new WeakMap<ExtractionIndex, Scratch>();

function scratchOf(index: ExtractionIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    scratch = { masks: new Int32Array(index.entries.length) };
    scratches.set(index, scratch);
  }
  return scratch;
}

/** The places where this label matches: all its words within a short window, or enough of them (see acceptablePart). */
function alignEntry(
  index: ExtractionIndex,
  entryId: number,
  entry: LabelEntry,
  mask: number,
  byKey: TokensByKey,
  tokens: WordToken[],
  partialAllowed: boolean,
): Occurrence[] {
  const k = entry.keys.length;
  const keyed = byKey[entry.source];
  if (k === 1) {
    const occurrences: Occurrence[] = [];
    for (const token of keyed.get(entry.keys[0]) ?? NONE) {
      if (tokens[token].weak || (entry.exactRaw && tokens[token].raw !== entry.exactRaw)) continue;
      occurrences.push(scoreOccurrence(entry, [token], [0], tokens));
      if (occurrences.length === MAX_OCCURRENCES) break;
    }
    return occurrences;
  }
  // Most labels hit by a common word cannot match at all, even with all their words found anywhere in the text.
  if (!acceptableWords(index.packed, entryId, mask)) return NO_OCCURRENCES;
  const full = (1 << k) - 1;
  // Titles are often in the other language ("Java Developer" over a Dutch text): partial matches stay allowed there.
  if (!partialAllowed && mask !== full && !anyInTitle(entry, mask, keyed, tokens)) return NO_OCCURRENCES;

  // Every (word of the text, label position) pair, in text order: tokens are numbered in reading order and their
  // positions never decrease, so sorting `token × 16 + position` numerically orders by place, then label position.
  let count = 0;
  for (let position = 0; position < k; position++) {
    if (mask & (1 << position)) count += (keyed.get(entry.keys[position]) ?? NONE).length;
  }
  if (hitBuffer.length < count) hitBuffer = new Int32Array(count * 2);
  let n = 0;
  for (let position = 0; position < k; position++) {
    if (!(mask & (1 << position))) continue;
    for (const token of keyed.get(entry.keys[position]) ?? NONE) hitBuffer[n++] = token * 16 + position;
  }
  const hits = hitBuffer.subarray(0, n).sort();

  const occurrences: Occurrence[] = [];
  // The word chosen per label position inside the current window (-1: none), and the positions in the order first seen.
  const chosen = CHOSEN;
  const seen: number[] = [];
  let i = 0;
  while (i < n) {
    chosen.fill(-1, 0, k);
    seen.length = 0;
    const firstPos = tokens[hits[i] >> 4].pos;
    let j = i;
    while (j < n && tokens[hits[j] >> 4].pos - firstPos <= k - 1 + MAX_GAP) {
      const token = hits[j] >> 4;
      const position = hits[j] & 15;
      const current = chosen[position];
      if (current === -1) {
        chosen[position] = token;
        seen.push(position);
      } else if (tokens[token].norm === entry.norms[position] && tokens[current].norm !== entry.norms[position]) {
        chosen[position] = token;
      }
      j++;
    }
    let windowMask = 0;
    let allInTitle = true;
    let someStrong = false;
    let distinct = true;
    for (let a = 0; a < seen.length; a++) {
      const token = chosen[seen[a]];
      windowMask |= 1 << seen[a];
      allInTitle &&= tokens[token].field === 'title';
      // A lone letter ("rijbewijs C") completes a label ("Objective-C") but never triggers it on its own.
      someStrong ||= !tokens[token].weak && tokens[token].norm.length > 1;
      for (let b = 0; b < a; b++) if (chosen[seen[b]] === token) distinct = false;
    }
    const accepted =
      (partialAllowed || windowMask === full || allInTitle) && acceptableWords(index.packed, entryId, windowMask) && distinct && someStrong;
    if (accepted) {
      occurrences.push(scoreOccurrence(entry, seen.map((position) => chosen[position]), seen.slice(), tokens));
      if (occurrences.length === MAX_OCCURRENCES) break;
      i = j;
    } else i++;
  }
  return occurrences;
}

const NONE: readonly number[] = [];
/** Scratch for alignEntry (labels have at most 12 words; the extractor is synchronous, so one buffer serves every call). */
const CHOSEN = new Int32Array(32);
let hitBuffer = new Int32Array(1024);
const NO_OCCURRENCES: Occurrence[] = [];

function anyInTitle(entry: LabelEntry, mask: number, keyed: Map<string, number[]>, tokens: WordToken[]): boolean {
  for (let position = 0; position < entry.keys.length; position++) {
    if (!(mask & (1 << position))) continue;
    for (const token of keyed.get(entry.keys[position]) ?? NONE) if (tokens[token].field === 'title') return true;
  }
  return false;
}

/** `chosenTokens[i]` matched label word `chosenPositions[i]` (positions in the order first seen in the window). */
function scoreOccurrence(entry: LabelEntry, chosenTokens: number[], chosenPositions: number[], tokens: WordToken[]): Occurrence {
  const k = entry.keys.length;
  const size = chosenTokens.length;
  let matchedWeight = 0;
  let quality = 0;
  let allExact = true;
  let previousPos = -Infinity;
  let inOrder = true;
  // In label order.
  for (let position = 0; position < k; position++) {
    const at = chosenPositions.indexOf(position);
    if (at < 0) continue;
    const token = tokens[chosenTokens[at]];
    const exact = token.norm === entry.norms[position];
    allExact &&= exact && !token.compoundPart;
    quality += (exact ? 1 : STEMMED) * (token.compoundPart ? COMPOUND_PART : 1);
    matchedWeight += entry.weights[position];
    if (token.pos < previousPos) inOrder = false;
    previousPos = token.pos;
  }
  quality /= size;
  if (entry.derived) quality *= 0.95;
  if (!inOrder) quality *= OUT_OF_ORDER;
  const full = size === k;
  const coverage = entry.totalWeight > 0 ? matchedWeight / entry.totalWeight : size / k;
  const score = quality * coverage ** 1.5 * (0.2 + 0.8 * entry.specificity) * (full ? 1 : PARTIAL);
  const label: ScoreParts['quality'] =
    entry.source === 'tool' ? 'tool' : !full ? 'partial' : allExact && !entry.derived ? 'exact' : 'stemmed';
  return { tokens: chosenTokens, score, quality: label };
}

function record(matches: Map<number, ConceptMatch>, entryId: number, entry: LabelEntry, occurrence: Occurrence, score: number): void {
  let match = matches.get(entry.concept);
  if (!match) {
    match = { concept: entry.concept, best: 0, bestEntry: entry, quality: 'none', entries: new Set(), occurrences: [], spans: null, inTitle: false };
    matches.set(entry.concept, match);
  }
  if (score > match.best) {
    match.best = score;
    match.bestEntry = entry;
    match.quality = occurrence.quality;
  }
  match.entries.add(entryId);
  match.occurrences.push({ tokens: occurrence.tokens, via: entry.source === 'tool' ? 'tool' : 'label' });
}

interface SpanContext {
  tokens: WordToken[];
  fields: [EvidenceField, string][];
}

/** A piece of evidence before its text is cut out of the field. */
interface Span {
  start: number;
  end: number;
  field: EvidenceField;
  via: 'label' | 'tool';
}

/**
 * The concept's evidence places: each occurrence's merged spans, one per place (where several start at the same place,
 * the longest, and of equally long ones the last recorded: "medicatie toedienen" rather than "medicatie"), by place.
 */
function spansOf(match: ConceptMatch, context: SpanContext): Span[] {
  if (match.spans) return match.spans;
  const byPlaceKey = new Map<number, Span>();
  for (const occurrence of match.occurrences) {
    for (const span of mergeSpans(occurrence.tokens.map((t) => context.tokens[t]), context.fields, occurrence.via)) {
      if (span.field === 'title') match.inTitle = true;
      const key = span.start * 2 + (span.field === 'title' ? 0 : 1);
      const current = byPlaceKey.get(key);
      if (!current || span.end >= current.end) byPlaceKey.set(key, span);
    }
  }
  match.spans = [...byPlaceKey.values()].sort(byPlace);
  return match.spans;
}

/** Adjacent words of one match (separated only by spaces, hyphens or slashes) become one piece of evidence. */
function mergeSpans(words: WordToken[], fields: [EvidenceField, string][], via: Span['via']): Span[] {
  const sorted = words.length > 1 ? words.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1)) : words;
  const merged: Span[] = [];
  for (const word of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.field === word.field && word.start >= last.end && onlySeparators(fieldText(fields, word.field), last.end, word.start)) {
      last.end = word.end;
    } else if (last && last.field === word.field && word.start < last.end) {
      last.end = Math.max(last.end, word.end);
    } else {
      merged.push({ start: word.start, end: word.end, field: word.field, via });
    }
  }
  return merged;
}

function fieldText(fields: [EvidenceField, string][], field: EvidenceField): string {
  return field === fields[0][0] ? fields[0][1] : (fields[1]?.[1] ?? '');
}

/** Only whitespace, hyphens or slashes between `from` and `to`. */
function onlySeparators(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== '-' && c !== '/' && !/\s/.test(c)) return false;
  }
  return true;
}

function toEvidence(span: Span, fields: [EvidenceField, string][]): Evidence {
  return { text: fieldText(fields, span.field).slice(span.start, span.end), start: span.start, end: span.end, field: span.field, via: span.via };
}

/**
 * How many places the concept's evidence covers, counted up to `MAX_REPEATS + 1` (all the repetition boost needs), and
 * whether any is in the title, without building the evidence.
 */
function placeCount(match: ConceptMatch, context: SpanContext): number {
  if (match.spans) return match.spans.length;
  for (const occurrence of match.occurrences) {
    for (const token of occurrence.tokens) if (context.tokens[token].field === 'title') match.inTitle = true;
  }
  const places = new Set<number>();
  for (const occurrence of match.occurrences) {
    for (const span of mergeSpans(occurrence.tokens.map((t) => context.tokens[t]), context.fields, occurrence.via)) {
      places.add(span.start * 2 + (span.field === 'title' ? 0 : 1));
    }
    if (places.size > MAX_REPEATS) break;
  }
  return places.size;
}

/** The label part of a concept's score (before rounding): best match, repetition, other labels, title. */
function labelScore(index: ExtractionIndex, match: ConceptMatch, context: SpanContext): number {
  const occurrences = placeCount(match, context);
  // Boosts close part of the remaining gap to 1, so they never saturate nor reorder equal matches arbitrarily.
  const repeated = REPEAT_BOOST * Math.min(MAX_REPEATS, occurrences - 1) + OTHER_LABEL_BOOST * Math.min(2, match.entries.size - 1);
  let label = 1 - (1 - match.best) * (1 - repeated);
  if (match.inTitle) label = 1 - (1 - label) * (1 - TITLE_BOOST[index.concepts[match.concept].kind]);
  return label;
}

function toConcept(index: ExtractionIndex, match: ConceptMatch, lang: ExtractionLanguage, context: SpanContext): ExtractedConcept {
  const concept = index.concepts[match.concept];
  const label = round(labelScore(index, match, context));
  return {
    uri: concept.uri,
    label: concept.label[lang],
    score: label,
    evidence: spansOf(match, context)
      .slice(0, MAX_EVIDENCE)
      .map((span) => toEvidence(span, context.fields)),
    parts: { label, matchedLabel: match.bestEntry.text, quality: match.quality, inTitle: match.inTitle },
  };
}

/**
 * Occupations found by a label or supported by found skills, best first: scores are computed for all of them, the
 * result objects (evidence, supporting skills) only for the ones returned.
 */
function scoreOccupations(
  index: ExtractionIndex,
  matches: Map<number, ConceptMatch>,
  skills: ExtractedConcept[],
  lang: ExtractionLanguage,
  context: SpanContext,
  minScore: number,
  limit: number,
): ExtractedConcept[] {
  const support = new Map<number, { total: number; skills: { skill: ExtractedConcept; weight: number }[] }>();
  for (const skill of skills) {
    const skillId = index.conceptIds.get(skill.uri) as number;
    const rarity = index.skillRarity.get(skillId) ?? 0;
    for (const link of index.occupationsBySkill.get(skillId) ?? NO_LINKS) {
      const weight = skill.score * (link.essential ? 1 : 0.5) * rarity;
      let entry = support.get(link.occupation);
      if (!entry) {
        entry = { total: 0, skills: [] };
        support.set(link.occupation, entry);
      }
      entry.total += weight;
      entry.skills.push({ skill, weight });
    }
  }
  const ids = new Set(support.keys());
  for (const id of matches.keys()) if (index.concepts[id].kind === 'occupation') ids.add(id);
  const scored: { id: number; score: number; label: string; base: number; skillSupport: number }[] = [];
  for (const id of ids) {
    const match = matches.get(id);
    const base = match ? round(labelScore(index, match, context)) : 0;
    const found = support.get(id);
    const skillSupport = found ? 1 - Math.exp(-found.total / SUPPORT_SCALE) : 0;
    const score = found ? round(1 - (1 - base) * (1 - SUPPORT_WEIGHT * skillSupport)) : base;
    if (score >= minScore) scored.push({ id, score, label: index.concepts[id].label[lang], base, skillSupport });
  }
  scored.sort(byScore);
  return scored.slice(0, limit).map(({ id, score, skillSupport }) => {
    const match = matches.get(id);
    const base: ExtractedConcept = match
      ? toConcept(index, match, lang, context)
      : {
          uri: index.concepts[id].uri,
          label: index.concepts[id].label[lang],
          score: 0,
          evidence: [],
          parts: { label: 0, matchedLabel: null, quality: 'none', inTitle: false },
        };
    const found = support.get(id);
    if (!found) return base;
    const supporters = found.skills.sort((a, b) => b.weight - a.weight).slice(0, 5);
    const skillEvidence: Evidence[] = supporters.slice(0, 3).flatMap(({ skill }) =>
      skill.evidence.slice(0, 1).map((evidence) => ({ ...evidence, via: 'skill' as const, skillUri: skill.uri })),
    );
    return {
      ...base,
      score,
      evidence: [...base.evidence, ...skillEvidence].slice(0, MAX_EVIDENCE + 3),
      parts: { ...base.parts, skillSupport: round(skillSupport), supportingSkills: supporters.map(({ skill }) => skill.uri) },
    };
  });
}

const NO_LINKS: readonly OccupationLink[] = [];

/** The highest score a concept can reach from its best match once every boost applies. */
function upperBound(best: number): number {
  return 1 - (1 - best) * (1 - MAX_REPEATS * REPEAT_BOOST - 2 * OTHER_LABEL_BOOST) * (1 - TITLE_BOOST.skill);
}

/** Same order as `String.prototype.localeCompare` (default locale and options), without building a collator per call. */
const COLLATOR = new Intl.Collator();

function byScore(a: { score: number; label: string }, b: { score: number; label: string }): number {
  return b.score - a.score || COLLATOR.compare(a.label, b.label);
}

function byPlace(a: Span, b: Span): number {
  return a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
