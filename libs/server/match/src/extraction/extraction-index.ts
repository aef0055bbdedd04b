/**
 * The label index the extractor matches against, built once per bundle (and cached per process): for Dutch and English
 * every preferred and alternative label of every occupation and skill as a sequence of stemmed words, with variants
 * (without a parenthetical qualifier, Dutch compounds split into their parts), plus the skills' tool names; an inverted
 * index word → labels; word weights (IDF over labels); and the reverse occupation–skill links.
 */
import type { EscoBundle, EscoLabels } from '@kring/server-esco';
import { splitCompound, type CompoundPart, type CompoundVocabulary } from './compound-splitter';
import type { ExtractionLanguage } from './extraction.types';
import { stem, stemDutch } from './stemmer';
import { isStopWord } from './stop-words';
import { isNumeric, tokenize } from './text';

export type ConceptKind = 'occupation' | 'skill';
export type EntrySource = ExtractionLanguage | 'tool';

export interface IndexedConcept {
  uri: string;
  kind: ConceptKind;
  label: Record<ExtractionLanguage, string>;
}

export interface LabelEntry {
  concept: number;
  source: EntrySource;
  /** The label or tool name as written in the bundle. */
  text: string;
  norms: string[];
  /** Stems (for tools: the normalised words themselves; tools match whole words only). */
  keys: string[];
  weights: number[];
  totalWeight: number;
  /** 0..1: how telling this label is (rare words and more words → higher). */
  specificity: number;
  /** A variant we derived (qualifier removed, compound split, vendor dropped) rather than the label as written. */
  derived: boolean;
  /** Very short labels ("R", "Go", "C#") only match when written exactly so. */
  exactRaw: string | null;
}

export interface OccupationLink {
  occupation: number;
  essential: boolean;
}

export interface ExtractionIndex {
  concepts: IndexedConcept[];
  conceptIds: ReadonlyMap<string, number>;
  entries: LabelEntry[];
  /** Per source: key → packed postings (entry id × 32 + word position in the label). */
  postings: Record<EntrySource, Map<string, number[]>>;
  /** Words of the Dutch labels, for splitting compounds and detecting language. */
  vocabulary: Record<ExtractionLanguage, ReadonlySet<string>>;
  compounds: CompoundVocabulary;
  /** Skill concept id → occupations linking it. */
  occupationsBySkill: Map<number, OccupationLink[]>;
  /** Skill concept id → 0..1, rarer across occupations → higher (generic skills support little). */
  skillRarity: Map<number, number>;
  /**
   * The same entries packed into typed arrays, so the extractor can reject the many labels hit by one common word
   * without touching their objects (see `PackedEntries`).
   */
  packed: PackedEntries;
  /** Wall-clock and CPU time the build took (CPU time is what other processes on the machine do not inflate). */
  buildMs: number;
  buildCpuMs: number;
}

/** Per entry id: what deciding whether a set of found words can match the label needs. */
export interface PackedEntries {
  /** Number of words (keys) of the label. */
  wordCount: Uint8Array;
  /** 0 Dutch, 1 English, 2 tool. */
  source: Uint8Array;
  /** 1 when the entry is an occupation label (not a tool name): its head word alone may match. */
  headOnly: Uint8Array;
  /** Bit i set when word i alone makes an acceptable (partial) match. */
  soloMask: Int32Array;
  /**
   * What the extractor checks first for a label hit by one word only (one array read): `soloMask` for labels of two or
   * more words, all bits for one-word labels (always worth aligning).
   */
  gate: Int32Array;
  /** The label's word weights start at `weights[weightStart[id]]`. */
  weightStart: Int32Array;
  weights: Float64Array;
  totalWeight: Float64Array;
}

export const SOURCE_CODES: Record<EntrySource, number> = { nl: 0, en: 1, tool: 2 };

const MAX_LABEL_WORDS = 12;
/** Word weights (IDF) at which a label is not specific at all, and fully specific (df ≈ 1,000 and ≈ 10 of 50,000). */
const SPECIFICITY_FLOOR = 3;
const SPECIFICITY_RANGE = 5.5;
/** Leading vendor words and trailing generic words dropped from tool names ("Microsoft Excel" → "Excel"). */
const TOOL_VENDORS = new Set(['microsoft', 'oracle', 'ibm', 'adobe', 'apache', 'google', 'amazon', 'autodesk', 'apple', 'atlassian', 'the']);
/** Product families people name on their own ("SAP", "Oracle"): the first word of such a tool name is a tool name too. */
const TOOL_FAMILIES = new Set(['sap', 'oracle', 'salesforce', 'sharepoint', 'jira', 'autocad']);
const TOOL_GENERIC = new Set(['software', 'system', 'systems', 'database', 'server', 'suite', 'application', 'applications']);

interface DraftEntry {
  concept: number;
  source: EntrySource;
  text: string;
  norms: string[];
  raws: string[];
  derived: boolean;
}

const cache = new WeakMap<EscoBundle, ExtractionIndex>();

/** The index for this bundle, built on first use and kept for the life of the process. */
export function getExtractionIndex(bundle: EscoBundle): ExtractionIndex {
  let index = cache.get(bundle);
  if (!index) {
    index = buildExtractionIndex(bundle);
    cache.set(bundle, index);
  }
  return index;
}

export function buildExtractionIndex(bundle: EscoBundle): ExtractionIndex {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const concepts: IndexedConcept[] = [];
  const labelsOf: EscoLabels[] = [];
  const skillIds = new Map<string, number>();
  for (const occupation of bundle.occupations) {
    concepts.push({ uri: occupation.uri, kind: 'occupation', label: displayLabels(occupation.labels, occupation.uri) });
    labelsOf.push(occupation.labels);
  }
  for (const skill of bundle.skills) {
    skillIds.set(skill.uri, concepts.length);
    concepts.push({ uri: skill.uri, kind: 'skill', label: displayLabels(skill.labels, skill.uri) });
    labelsOf.push(skill.labels);
  }

  const drafts: DraftEntry[] = [];
  labelsOf.forEach((labels, concept) => {
    for (const lang of ['nl', 'en'] as const) {
      const { preferred, alt } = labels[lang];
      // Dutch: also the alternative labels Kring wrote for phrases ESCO lacks ("wondzorg", "heftruck rijden").
      const extra = lang === 'nl' ? (labels.nl.kring ?? []) : [];
      for (const text of [...(preferred ? [preferred] : []), ...alt, ...extra]) addLabelDrafts(drafts, concept, lang, text);
    }
  });
  bundle.skills.forEach((skill) => {
    const concept = skillIds.get(skill.uri) as number;
    for (const tool of skill.tools) addToolDrafts(drafts, concept, tool);
  });

  const vocabulary = { nl: new Set<string>(), en: new Set<string>() };
  for (const draft of drafts) {
    if (draft.source === 'tool') continue;
    for (const norm of draft.norms) if (norm.length >= 3 && /^\p{L}+$/u.test(norm)) vocabulary[draft.source].add(norm);
  }
  const lastPartStems = new Set([...vocabulary.nl].map(stemDutch));
  const compounds: CompoundVocabulary = {
    hasWord: (norm) => vocabulary.nl.has(norm) && !isStopWord(norm),
    hasLastPartStem: (norm) => lastPartStems.has(stemDutch(norm)),
  };
  addCompoundDrafts(drafts, compounds);

  const entries = finishEntries(drafts);
  const postings: ExtractionIndex['postings'] = { nl: new Map(), en: new Map(), tool: new Map() };
  entries.forEach((entry, id) => {
    entry.keys.forEach((key, position) => {
      const list = postings[entry.source].get(key);
      if (list) list.push(id * 32 + position);
      else postings[entry.source].set(key, [id * 32 + position]);
    });
  });

  const links = occupationLinks(bundle, skillIds);
  const packed = packEntries(entries, concepts);
  return {
    packed,
    concepts,
    conceptIds: new Map(concepts.map((concept, id) => [concept.uri, id])),
    entries,
    postings,
    vocabulary,
    compounds,
    ...links,
    buildMs: performance.now() - started,
    buildCpuMs: cpuMsSince(cpuStarted),
  };
}

function displayLabels(labels: EscoLabels, uri: string): Record<ExtractionLanguage, string> {
  const en = labels.en.preferred ?? labels.nl.preferred ?? labels.en.alt[0] ?? uri;
  return { nl: labels.nl.preferred ?? en, en };
}

function addLabelDrafts(drafts: DraftEntry[], concept: number, lang: ExtractionLanguage, text: string): void {
  addDraft(drafts, { concept, source: lang, text, derived: false }, text);
  if (!text.includes('(')) return;
  const withoutQualifier = text.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (withoutQualifier && withoutQualifier !== text.trim()) addDraft(drafts, { concept, source: lang, text, derived: false }, withoutQualifier);
}

function addToolDrafts(drafts: DraftEntry[], concept: number, tool: string): void {
  addDraft(drafts, { concept, source: 'tool', text: tool, derived: false }, tool);
  const tokens = tokenize(tool);
  let from = 0;
  let to = tokens.length;
  while (from < to - 1 && TOOL_VENDORS.has(tokens[from].norm)) from++;
  while (to > from + 1 && TOOL_GENERIC.has(tokens[to - 1].norm)) to--;
  if (tokens.length > 1 && TOOL_FAMILIES.has(tokens[0].norm)) {
    addDraft(drafts, { concept, source: 'tool', text: tool, derived: true }, tokens[0].raw);
  }
  if (from > 0 || to < tokens.length) {
    addDraft(drafts, { concept, source: 'tool', text: tool, derived: true }, tool.slice(tokens[from].start, tokens[to - 1].end));
  }
}

function addDraft(drafts: DraftEntry[], base: Omit<DraftEntry, 'norms' | 'raws'>, text: string): void {
  const tokens = tokenize(text).filter((token) => !isStopWord(token.norm));
  if (tokens.length === 0 || tokens.length > MAX_LABEL_WORDS) return;
  if (tokens.length === 1 && isNumeric(tokens[0].norm)) return;
  const norms = tokens.map((token) => token.norm);
  drafts.push({ ...base, norms, raws: tokens.length === 1 ? [tokens[0].raw] : norms });
}

/** Dutch labels with compound words get a variant with the parts as separate words ("softwareontwikkelaar" → software ontwikkelaar). */
function addCompoundDrafts(drafts: DraftEntry[], compounds: CompoundVocabulary): void {
  const count = drafts.length;
  const splits = new Map<string, CompoundPart[] | null>();
  for (let i = 0; i < count; i++) {
    const draft = drafts[i];
    if (draft.source !== 'nl') continue;
    let split = false;
    const norms: string[] = [];
    for (const norm of draft.norms) {
      let parts = splits.get(norm);
      if (parts === undefined) {
        parts = splitCompound(norm, compounds);
        splits.set(norm, parts);
      }
      if (parts) {
        split = true;
        norms.push(...parts.map((part) => part.norm));
      } else norms.push(norm);
    }
    if (split && norms.length <= MAX_LABEL_WORDS) drafts.push({ ...draft, norms, raws: norms, derived: true });
  }
}

function finishEntries(drafts: DraftEntry[]): LabelEntry[] {
  const seen = new Set<string>();
  const unique: { draft: DraftEntry; keys: string[] }[] = [];
  const stems = { nl: new Map<string, string>(), en: new Map<string, string>() };
  const stemOf = (norm: string, lang: ExtractionLanguage): string => {
    let result = stems[lang].get(norm);
    if (result === undefined) {
      result = stem(norm, lang);
      stems[lang].set(norm, result);
    }
    return result;
  };
  // Labels as written first, so a derived variant identical to a real label is dropped.
  for (const derived of [false, true]) {
    for (const draft of drafts) {
      if (draft.derived !== derived) continue;
      const source = draft.source;
      const keys = source === 'tool' ? draft.norms : draft.norms.map((norm) => stemOf(norm, source));
      const id = `${draft.concept}|${source}|${keys.join(' ')}`;
      if (seen.has(id)) continue;
      seen.add(id);
      unique.push({ draft, keys });
    }
  }
  const weightOf = inverseFrequencies(unique);
  return unique.map(({ draft, keys }) => {
    const weights = keys.map((key) => weightOf[draft.source].get(key) ?? 0);
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    const short = draft.norms.length === 1 && draft.norms[0].replace(/[+#]/g, '').length <= 2;
    return {
      concept: draft.concept,
      source: draft.source,
      text: draft.text,
      norms: draft.norms,
      keys,
      weights,
      totalWeight,
      specificity: Math.min(1, Math.max(0, (totalWeight - SPECIFICITY_FLOOR) / SPECIFICITY_RANGE)),
      derived: draft.derived,
      exactRaw: short ? draft.raws[0] : null,
    };
  });
}

function inverseFrequencies(entries: { draft: DraftEntry; keys: string[] }[]): Record<EntrySource, Map<string, number>> {
  const counts: Record<EntrySource, Map<string, number>> = { nl: new Map(), en: new Map(), tool: new Map() };
  const totals: Record<EntrySource, number> = { nl: 0, en: 0, tool: 0 };
  for (const { draft, keys } of entries) {
    const source = draft.source;
    totals[source]++;
    keys.forEach((key, i) => {
      if (keys.indexOf(key) === i) counts[source].set(key, (counts[source].get(key) ?? 0) + 1);
    });
  }
  const weights: Record<EntrySource, Map<string, number>> = { nl: new Map(), en: new Map(), tool: new Map() };
  for (const source of ['nl', 'en', 'tool'] as const) {
    for (const [key, df] of counts[source]) weights[source].set(key, Math.log(1 + totals[source] / df));
  }
  return weights;
}

/** Partial-match thresholds shared with the extractor (see `acceptableWords`). */
export const PARTIAL_COVERAGE = 0.6;
/** A word this rare (IDF; about 10 labels in 50,000) carries a short label on its own ("garen" in "garen op spoelen draaien"). */
export const RARE_WORD = 8.5;

function packEntries(entries: LabelEntry[], concepts: IndexedConcept[]): PackedEntries {
  const n = entries.length;
  const packed: PackedEntries = {
    wordCount: new Uint8Array(n),
    source: new Uint8Array(n),
    headOnly: new Uint8Array(n),
    soloMask: new Int32Array(n),
    gate: new Int32Array(n),
    weightStart: new Int32Array(n + 1),
    weights: new Float64Array(entries.reduce((sum, entry) => sum + entry.keys.length, 0)),
    totalWeight: new Float64Array(n),
  };
  let offset = 0;
  entries.forEach((entry, id) => {
    const k = entry.keys.length;
    packed.wordCount[id] = k;
    packed.source[id] = SOURCE_CODES[entry.source];
    packed.headOnly[id] = concepts[entry.concept].kind === 'occupation' && entry.source !== 'tool' ? 1 : 0;
    packed.totalWeight[id] = entry.totalWeight;
    packed.weightStart[id] = offset;
    packed.weights.set(entry.weights, offset);
    offset += k;
  });
  packed.weightStart[n] = offset;
  for (let id = 0; id < n; id++) {
    let solo = 0;
    for (let position = 0; position < packed.wordCount[id]; position++) {
      if (acceptableWords(packed, id, 1 << position)) solo |= 1 << position;
    }
    packed.soloMask[id] = solo;
    packed.gate[id] = packed.wordCount[id] > 1 ? solo : -1;
  }
  return packed;
}

/**
 * Whether the words found (bit i of `mask`: word i of the label) may match the label, whole or in part. A label matches
 * in part when the words found carry most of its weight (the missing ones are common: "SCRUM beheersen" from "Scrum"),
 * when all but one of three or more words are found, when a very rare word of a short label is found ("garen" in
 * "garen op spoelen draaien"), or, for occupations, when the head word of the label is found ("ontwikkelaar" for
 * "softwareontwikkelaar", "developer" for "software developer"). Tool names match whole only.
 */
export function acceptableWords(packed: PackedEntries, id: number, mask: number): boolean {
  const k = packed.wordCount[id];
  const start = packed.weightStart[id];
  let count = 0;
  let weight = 0;
  let rarest = 0;
  for (let position = 0; position < k; position++) {
    if (!(mask & (1 << position))) continue;
    count++;
    weight += packed.weights[start + position];
    rarest = Math.max(rarest, packed.weights[start + position]);
  }
  if (count === k) return true;
  if (packed.source[id] === SOURCE_CODES.tool) return false;
  const coverage = weight / packed.totalWeight[id];
  if (coverage >= PARTIAL_COVERAGE) return true;
  if (k >= 3 && count >= k - 1 && coverage >= 0.5) return true;
  if (k <= 3 && rarest >= RARE_WORD && coverage >= 0.3) return true;
  return packed.headOnly[id] === 1 && (mask & (1 << (k - 1))) !== 0 && k <= 3;
}

function occupationLinks(bundle: EscoBundle, skillIds: Map<string, number>) {
  const occupationsBySkill = new Map<number, OccupationLink[]>();
  bundle.occupations.forEach((occupation, id) => {
    for (const [uris, essential] of [[occupation.essentialSkills, true], [occupation.optionalSkills, false]] as const) {
      for (const uri of uris) {
        const skill = skillIds.get(uri);
        if (skill === undefined) continue;
        const list = occupationsBySkill.get(skill);
        if (list) list.push({ occupation: id, essential });
        else occupationsBySkill.set(skill, [{ occupation: id, essential }]);
      }
    }
  });
  const occupationCount = Math.max(1, bundle.occupations.length);
  const skillRarity = new Map<number, number>();
  for (const [skill, links] of occupationsBySkill) {
    skillRarity.set(skill, Math.log((1 + occupationCount) / links.length) / Math.log(1 + occupationCount));
  }
  return { occupationsBySkill, skillRarity };
}

function cpuMsSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
