import type { ExtractedConcept, ExtractionResult } from '../extraction';

/**
 * The profile fields that describe work and are read for skills. Name, gender, birth date, nationality, address, e-mail,
 * phone, tags (HR's own labels) and everything else on people are never read.
 */
export const PROFILE_FIELDS = ['functionTitle', 'department', 'skills', 'interests'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Where a piece of stored evidence came from: the CV, or one profile field. */
export type EvidenceOrigin = 'cv' | ProfileField;

/** What Kring keeps as evidence of an extracted concept: the matched words and a short snippet around them, never more. */
export interface StoredEvidence {
  /** The exact words that triggered the suggestion (at most {@link EVIDENCE_TEXT_MAX} characters). */
  text: string;
  /** A few words around them (at most {@link SNIPPET_MAX} characters), so the person sees the context. */
  snippet: string;
  origin: EvidenceOrigin;
  /** How it triggered: an ESCO label, a tool name, or (occupations) a skill of the occupation. */
  via: 'label' | 'tool' | 'skill';
}

export const EVIDENCE_TEXT_MAX = 80;
export const SNIPPET_MAX = 120;
/** Evidence items kept per concept. */
export const EVIDENCE_PER_CONCEPT = 3;

export interface ProfileFields {
  functionTitle: string | null;
  department: string | null;
  skills: string[];
  interests: string[];
}

/** The text given to the extractor for a profile, with which character ranges belong to which field. */
export interface ProfileText {
  title: string;
  text: string;
  ranges: Array<{ field: Exclude<ProfileField, 'functionTitle'>; start: number; end: number }>;
}

/** Function title as the extractor's title; department, skills and interests as lines of the text. */
export function profileText(fields: ProfileFields): ProfileText {
  let text = '';
  const ranges: ProfileText['ranges'] = [];
  const add = (field: ProfileText['ranges'][number]['field'], value: string) => {
    const clean = value.replace(/\s+/g, ' ').trim();
    if (!clean) return;
    if (text) text += '.\n';
    ranges.push({ field, start: text.length, end: text.length + clean.length });
    text += clean;
  };
  if (fields.department) add('department', fields.department);
  for (const skill of fields.skills) add('skills', skill);
  for (const interest of fields.interests) add('interests', interest);
  return { title: (fields.functionTitle ?? '').replace(/\s+/g, ' ').trim(), text, ranges };
}

function snippetAround(source: string, start: number, end: number): string {
  const room = Math.max(0, Math.floor((SNIPPET_MAX - (end - start)) / 2));
  let from = Math.max(0, start - room);
  let to = Math.min(source.length, end + room);
  // Cut at word boundaries so the snippet does not start or end in the middle of a word.
  if (from > 0) from = source.indexOf(' ', from) + 1 || start;
  if (to < source.length) {
    const space = source.lastIndexOf(' ', to);
    to = space > end ? space : end;
  }
  return source.slice(from, to).replace(/\s+/g, ' ').trim().slice(0, SNIPPET_MAX);
}

/** A concept's evidence reduced to what is stored: at most three distinct matched words with short snippets. */
export function storedEvidence(
  concept: ExtractedConcept,
  sources: { title: string; text: string },
  originOf: (field: 'title' | 'text', start: number) => EvidenceOrigin,
): StoredEvidence[] {
  const seen = new Set<string>();
  const out: StoredEvidence[] = [];
  for (const e of concept.evidence) {
    const key = `${e.via}:${e.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const source = e.field === 'title' ? sources.title : sources.text;
    out.push({
      text: e.text.slice(0, EVIDENCE_TEXT_MAX),
      snippet: snippetAround(source, e.start, e.end),
      origin: originOf(e.field, e.start),
      via: e.via,
    });
    if (out.length === EVIDENCE_PER_CONCEPT) break;
  }
  return out;
}

/** The concepts worth suggesting to a person: skills above the extractor's floor, and the few best occupations. */
export function suggestionsOf(result: ExtractionResult): { skills: ExtractedConcept[]; occupations: ExtractedConcept[] } {
  return { skills: result.skills.slice(0, 40), occupations: result.occupations.slice(0, 3) };
}
