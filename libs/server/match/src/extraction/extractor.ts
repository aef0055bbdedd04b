/**
 * Text → ESCO occupations and skills, in process. The text (and title) is cut into words; Dutch compounds are split
 * into label words; every word is looked up by its Dutch and English stem (and as a tool name) in the label index; the
 * labels hit are aligned against the text (multi-word labels as word sequences with a small gap, in any order); every
 * match is scored by how specific the label is, how well it matched and how much of it matched; concepts keep their best
 * match, boosted by repetition and by the title; occupations also gain support from the skills found that they need.
 */
import type { EntrySource, ExtractionIndex, LabelEntry } from './extraction-index';
import type {
  Evidence,
  EvidenceField,
  ExtractedConcept,
  ExtractionLanguage,
  ExtractionResult,
  ExtractOptions,
  ScoreParts,
} from './extraction.types';
import { splitCompound } from './compound-splitter';
import { detectLanguage } from './language-detector';
import { stemDutch, stemEnglish } from './stemmer';
import { isStopWord, isWeakWord } from './stop-words';
import { tokenize } from './text';

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
  spans: Map<string, Evidence>;
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
/** Share of a label's word weight that makes a partial match acceptable. */
const PARTIAL_COVERAGE = 0.6;
/** A word this rare (IDF; about 10 labels in 50,000) carries a short label on its own ("garen" in "garen op spoelen draaien"). */
const RARE_WORD = 8.5;
const OUT_OF_ORDER = 0.9;
const TITLE_BOOST = { occupation: 0.4, skill: 0.15 };
const REPEAT_BOOST = 0.08;
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
  for (const [entryId, mask] of candidateEntries(index, byKey)) {
    const entry = index.entries[entryId];
    // A language with hardly any function words in the text ("help" in a Dutch text) may match whole labels only.
    const partialAllowed = entry.source === 'tool' || detection.shares[entry.source] >= MIN_SHARE_FOR_PARTIAL;
    for (const occurrence of alignEntry(index, entry, mask, byKey, tokens, partialAllowed)) {
      record(matches, entryId, entry, occurrence, occurrence.score * languageFactor(entry), tokens, fields);
    }
  }

  const lang = options.lang ?? detection.language;
  const limit = options.limit ?? 50;
  const minScore = options.minScore ?? 0.1;
  const skills = [...matches.values()]
    .filter((match) => index.concepts[match.concept].kind === 'skill' && upperBound(match.best) >= minScore)
    .map((match) => toConcept(index, match, lang))
    .filter((skill) => skill.score >= minScore)
    .sort(byScore);
  const occupations = scoreOccupations(index, matches, skills, lang)
    .filter((occupation) => occupation.score >= minScore)
    .sort(byScore);
  return {
    language: detection.language,
    languageShares: detection.shares,
    occupations: occupations.slice(0, limit),
    skills: skills.slice(0, limit),
  };
}

function readTokens(index: ExtractionIndex, fields: [EvidenceField, string][]): { tokens: WordToken[]; norms: string[] } {
  const tokens: WordToken[] = [];
  const norms: string[] = [];
  let pos = 0;
  for (const [field, text] of fields) {
    let previous: { end: number; norm: string; start: number } | null = null;
    for (const token of tokenize(text)) {
      norms.push(token.norm);
      if (previous && /[.!?;:\n•·|]/.test(text.slice(previous.end, token.start))) pos += SENTENCE_GAP;
      const joined: typeof previous = previous && token.hyphenated ? previous : null;
      previous = token;
      // One-letter words only count when written as a capital (the languages R and C); "s" and "a" never do.
      if (isStopWord(token.norm) || (token.norm.length < 2 && !/^[A-Z]$/.test(token.raw))) continue;
      pos++;
      const weak = isWeakWord(token.norm);
      const word = { norm: token.norm, raw: token.raw, start: token.start, end: token.end, field, pos, compoundPart: false, weak };
      tokens.push(withStems(index, word));
      if (joined) {
        const norm = joined.norm + token.norm;
        if (index.vocabulary.nl.has(norm) || index.vocabulary.en.has(norm)) {
          tokens.push(withStems(index, { ...word, norm, raw: text.slice(joined.start, token.end), start: joined.start }));
        }
      }
      if (!index.vocabulary.nl.has(token.norm) && !index.compounds.hasLastPartStem(token.norm)) {
        const parts = splitCompound(token.norm, index.compounds);
        const aligned = token.raw.length === token.norm.length;
        for (const part of parts ?? []) {
          const start = aligned ? token.start + part.start : token.start;
          const end = aligned ? token.start + part.end : token.end;
          tokens.push(withStems(index, { ...word, norm: part.norm, raw: text.slice(start, end), start, end, compoundPart: true }));
        }
      }
    }
    pos += FIELD_GAP;
  }
  return { tokens, norms };
}

function withStems(index: ExtractionIndex, word: Omit<WordToken, 'stemNl' | 'stemEn'>): WordToken {
  let stemNl = stemDutch(word.norm);
  // Dutch verbs in the third person ("werkt", "beheert") meet the infinitive of a label when that is a label word.
  if (word.norm.endsWith('t') && !index.postings.nl.has(stemNl)) {
    const verb = stemDutch(word.norm.slice(0, -1));
    if (index.postings.nl.has(verb)) stemNl = verb;
  }
  return { ...word, stemNl, stemEn: stemEnglish(word.norm) };
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
 * Labels with at least one word in the text, each with the set of its word positions found (a bit mask). One pass over
 * the postings of the distinct words, however often a word is repeated.
 */
function candidateEntries(index: ExtractionIndex, byKey: TokensByKey): Map<number, number> {
  const masks = new Map<number, number>();
  for (const source of ['nl', 'en', 'tool'] as const) {
    for (const key of byKey[source].keys()) {
      for (const posting of index.postings[source].get(key) ?? []) {
        const entryId = Math.floor(posting / 32);
        masks.set(entryId, (masks.get(entryId) ?? 0) | (1 << posting % 32));
      }
    }
  }
  return masks;
}

/** The places where this label matches: all its words within a short window, or enough of them (see acceptablePart). */
function alignEntry(
  index: ExtractionIndex,
  entry: LabelEntry,
  mask: number,
  byKey: TokensByKey,
  tokens: WordToken[],
  partialAllowed: boolean,
): Occurrence[] {
  const k = entry.keys.length;
  const tokensAt = (position: number) => byKey[entry.source].get(entry.keys[position]) ?? [];
  if (k === 1) {
    const occurrences: Occurrence[] = [];
    for (const token of tokensAt(0)) {
      if (tokens[token].weak || (entry.exactRaw && tokens[token].raw !== entry.exactRaw)) continue;
      occurrences.push(scoreOccurrence(entry, new Map([[0, token]]), tokens));
      if (occurrences.length === MAX_OCCURRENCES) break;
    }
    return occurrences;
  }
  const headOnly = index.concepts[entry.concept].kind === 'occupation' && entry.source !== 'tool';
  const found: number[] = [];
  for (let position = 0; position < k; position++) if (mask & (1 << position)) found.push(position);
  const inTitle = (token: number) => tokens[token].field === 'title';
  // Titles are often in the other language ("Java Developer" over a Dutch text): partial matches stay allowed there.
  if (!partialAllowed && found.length < k && !found.some((position) => tokensAt(position).some(inTitle))) return [];
  // Most labels hit by a common word cannot match at all, even with all their words found anywhere in the text.
  if (!acceptablePart(entry, found, headOnly)) return [];

  const hits = found.flatMap((position) => tokensAt(position).map((token) => ({ token, position })));
  hits.sort((a, b) => tokens[a.token].pos - tokens[b.token].pos || a.token - b.token);
  const occurrences: Occurrence[] = [];
  let i = 0;
  while (i < hits.length) {
    const chosen = new Map<number, number>();
    let j = i;
    while (j < hits.length && tokens[hits[j].token].pos - tokens[hits[i].token].pos <= k - 1 + MAX_GAP) {
      const { position, token } = hits[j];
      const current = chosen.get(position);
      if (current === undefined || (tokens[token].norm === entry.norms[position] && tokens[current].norm !== entry.norms[position])) {
        chosen.set(position, token);
      }
      j++;
    }
    const chosenTokens = [...chosen.values()];
    const accepted =
      (partialAllowed || chosen.size === k || chosenTokens.every(inTitle)) &&
      acceptablePart(entry, chosen.keys(), headOnly) &&
      new Set(chosenTokens).size === chosen.size &&
      chosenTokens.some((token) => !tokens[token].weak);
    if (accepted) {
      occurrences.push(scoreOccurrence(entry, chosen, tokens));
      if (occurrences.length === MAX_OCCURRENCES) break;
      i = j;
    } else i++;
  }
  return occurrences;
}

/**
 * A label matches in part when the words found carry most of its weight (the missing ones are common: "SCRUM beheersen"
 * from "Scrum"), when all but one of three or more words are found, when a very rare word of a short label is found
 * ("garen" in "garen op spoelen draaien"), or, for occupations, when the head word of the label is found ("ontwikkelaar"
 * for "softwareontwikkelaar", "developer" for "software developer"). Tool names match whole only.
 */
function acceptablePart(entry: LabelEntry, positions: Iterable<number>, headOnly: boolean): boolean {
  const k = entry.keys.length;
  let count = 0;
  let weight = 0;
  let rarest = 0;
  let head = false;
  for (const position of positions) {
    count++;
    weight += entry.weights[position];
    rarest = Math.max(rarest, entry.weights[position]);
    head ||= position === k - 1;
  }
  if (count === k) return true;
  if (entry.source === 'tool') return false;
  const coverage = weight / entry.totalWeight;
  if (coverage >= PARTIAL_COVERAGE) return true;
  if (k >= 3 && count >= k - 1 && coverage >= 0.5) return true;
  if (k <= 3 && rarest >= RARE_WORD && coverage >= 0.3) return true;
  return headOnly && head && k <= 3;
}

function scoreOccurrence(entry: LabelEntry, chosen: Map<number, number>, tokens: WordToken[]): Occurrence {
  const k = entry.keys.length;
  let matchedWeight = 0;
  let quality = 0;
  let allExact = true;
  let previousPos = -Infinity;
  let inOrder = true;
  for (const [position, tokenIndex] of [...chosen].sort((a, b) => a[0] - b[0])) {
    const token = tokens[tokenIndex];
    const exact = token.norm === entry.norms[position];
    allExact &&= exact && !token.compoundPart;
    quality += (exact ? 1 : STEMMED) * (token.compoundPart ? COMPOUND_PART : 1);
    matchedWeight += entry.weights[position];
    if (token.pos < previousPos) inOrder = false;
    previousPos = token.pos;
  }
  quality /= chosen.size;
  if (entry.derived) quality *= 0.95;
  if (!inOrder) quality *= OUT_OF_ORDER;
  const full = chosen.size === k;
  const coverage = entry.totalWeight > 0 ? matchedWeight / entry.totalWeight : chosen.size / k;
  const score = quality * coverage ** 1.5 * (0.2 + 0.8 * entry.specificity) * (full ? 1 : PARTIAL);
  const label: ScoreParts['quality'] =
    entry.source === 'tool' ? 'tool' : !full ? 'partial' : allExact && !entry.derived ? 'exact' : 'stemmed';
  return { tokens: [...chosen.values()], score, quality: label };
}

function record(
  matches: Map<number, ConceptMatch>,
  entryId: number,
  entry: LabelEntry,
  occurrence: Occurrence,
  score: number,
  tokens: WordToken[],
  fields: [EvidenceField, string][],
): void {
  let match = matches.get(entry.concept);
  if (!match) {
    match = { concept: entry.concept, best: 0, bestEntry: entry, quality: 'none', entries: new Set(), spans: new Map(), inTitle: false };
    matches.set(entry.concept, match);
  }
  if (score > match.best) {
    match.best = score;
    match.bestEntry = entry;
    match.quality = occurrence.quality;
  }
  match.entries.add(entryId);
  const via = entry.source === 'tool' ? 'tool' : 'label';
  for (const evidence of mergeSpans(occurrence.tokens.map((t) => tokens[t]), fields, via)) {
    if (evidence.field === 'title') match.inTitle = true;
    match.spans.set(`${evidence.field}:${evidence.start}`, evidence);
  }
}

/** Adjacent words of one match (separated only by spaces, hyphens or slashes) become one piece of evidence. */
function mergeSpans(words: WordToken[], fields: [EvidenceField, string][], via: Evidence['via']): Evidence[] {
  const sorted = [...words].sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
  const merged: Evidence[] = [];
  for (const word of sorted) {
    const text = fields.find(([field]) => field === word.field)?.[1] ?? '';
    const last = merged[merged.length - 1];
    if (last && last.field === word.field && word.start >= last.end && /^[\s\-/]*$/.test(text.slice(last.end, word.start))) {
      last.end = word.end;
      last.text = text.slice(last.start, last.end);
    } else if (last && last.field === word.field && word.start < last.end) {
      last.end = Math.max(last.end, word.end);
      last.text = text.slice(last.start, last.end);
    } else {
      merged.push({ text: text.slice(word.start, word.end), start: word.start, end: word.end, field: word.field, via });
    }
  }
  return merged;
}

function toConcept(index: ExtractionIndex, match: ConceptMatch, lang: ExtractionLanguage): ExtractedConcept {
  const concept = index.concepts[match.concept];
  const occurrences = match.spans.size;
  // Boosts close part of the remaining gap to 1, so they never saturate nor reorder equal matches arbitrarily.
  const repeated = REPEAT_BOOST * Math.min(3, occurrences - 1) + OTHER_LABEL_BOOST * Math.min(2, match.entries.size - 1);
  let label = 1 - (1 - match.best) * (1 - repeated);
  if (match.inTitle) label = 1 - (1 - label) * (1 - TITLE_BOOST[concept.kind]);
  const evidence = [...match.spans.values()].sort(byPlace).slice(0, MAX_EVIDENCE);
  return {
    uri: concept.uri,
    label: concept.label[lang],
    score: round(label),
    evidence,
    parts: { label: round(label), matchedLabel: match.bestEntry.text, quality: match.quality, inTitle: match.inTitle },
  };
}

function scoreOccupations(
  index: ExtractionIndex,
  matches: Map<number, ConceptMatch>,
  skills: ExtractedConcept[],
  lang: ExtractionLanguage,
): ExtractedConcept[] {
  const support = new Map<number, { total: number; skills: { skill: ExtractedConcept; weight: number }[] }>();
  for (const skill of skills) {
    const skillId = index.conceptIds.get(skill.uri) as number;
    const rarity = index.skillRarity.get(skillId) ?? 0;
    for (const link of index.occupationsBySkill.get(skillId) ?? []) {
      const weight = skill.score * (link.essential ? 1 : 0.5) * rarity;
      const entry = support.get(link.occupation) ?? { total: 0, skills: [] };
      entry.total += weight;
      entry.skills.push({ skill, weight });
      support.set(link.occupation, entry);
    }
  }
  const ids = new Set([...support.keys(), ...[...matches.keys()].filter((id) => index.concepts[id].kind === 'occupation')]);
  return [...ids].map((id) => {
    const match = matches.get(id);
    const base: ExtractedConcept = match
      ? toConcept(index, match, lang)
      : {
          uri: index.concepts[id].uri,
          label: index.concepts[id].label[lang],
          score: 0,
          evidence: [],
          parts: { label: 0, matchedLabel: null, quality: 'none', inTitle: false },
        };
    const found = support.get(id);
    if (!found) return base;
    const skillSupport = 1 - Math.exp(-found.total / SUPPORT_SCALE);
    const supporters = found.skills.sort((a, b) => b.weight - a.weight).slice(0, 5);
    const skillEvidence: Evidence[] = supporters.slice(0, 3).flatMap(({ skill }) =>
      skill.evidence.slice(0, 1).map((evidence) => ({ ...evidence, via: 'skill' as const, skillUri: skill.uri })),
    );
    return {
      ...base,
      score: round(1 - (1 - base.parts.label) * (1 - SUPPORT_WEIGHT * skillSupport)),
      evidence: [...base.evidence, ...skillEvidence].slice(0, MAX_EVIDENCE + 3),
      parts: { ...base.parts, skillSupport: round(skillSupport), supportingSkills: supporters.map(({ skill }) => skill.uri) },
    };
  });
}

/** The highest score a concept can reach from its best match once every boost applies. */
function upperBound(best: number): number {
  return 1 - (1 - best) * (1 - 3 * REPEAT_BOOST - 2 * OTHER_LABEL_BOOST) * (1 - TITLE_BOOST.skill);
}

function byScore(a: ExtractedConcept, b: ExtractedConcept): number {
  return b.score - a.score || a.label.localeCompare(b.label);
}

function byPlace(a: Evidence, b: Evidence): number {
  return a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
