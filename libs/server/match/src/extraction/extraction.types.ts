/** Public shapes of the text → occupations and skills extractor. */

export type ExtractionLanguage = 'nl' | 'en';

/** Which input field a piece of evidence sits in; offsets are relative to that field. */
export type EvidenceField = 'title' | 'text';

export interface Evidence {
  /** The exact characters of the input that triggered the suggestion. */
  text: string;
  /** UTF-16 offsets into the field, `field.slice(start, end) === text`. */
  start: number;
  end: number;
  field: EvidenceField;
  /**
   * How it triggered: `label` (an ESCO label, possibly stemmed or through a compound part), `tool` (a product name such as
   * PostgreSQL), or `skill` (for occupations: an essential or optional skill of the occupation that was itself found).
   */
  via: 'label' | 'tool' | 'skill';
  /** For `via: 'skill'`: the supporting skill. */
  skillUri?: string;
}

/** How a score was composed, so a person can see why a suggestion was made. */
export interface ScoreParts {
  /** Best label or tool match, 0..1 (specificity × match quality × coverage, with title and frequency boosts). */
  label: number;
  /** The label (or tool name) that matched best, as written in the bundle. */
  matchedLabel: string | null;
  /** exact, stemmed (inflection, compound part), partial (only some words of the label), tool, or none. */
  quality: 'exact' | 'stemmed' | 'partial' | 'tool' | 'none';
  /** True when a matching word is in the title. */
  inTitle: boolean;
  /** Occupations only: support from found skills that are essential (full weight) or optional (half) for it, 0..1. */
  skillSupport?: number;
  /** Occupations only: the supporting skill URIs, strongest first (at most 5). */
  supportingSkills?: string[];
}

export interface ExtractedConcept {
  uri: string;
  /** Label in the requested language (default: the detected one), falling back to the other language. */
  label: string;
  /** 0..1, higher is more certain. */
  score: number;
  evidence: Evidence[];
  parts: ScoreParts;
}

export interface ExtractionResult {
  /** The dominant language of the input. */
  language: ExtractionLanguage;
  /** Share of each language's function words, 0..1 (0.5/0.5 when there is no signal). Mixed texts have both. */
  languageShares: Record<ExtractionLanguage, number>;
  occupations: ExtractedConcept[];
  skills: ExtractedConcept[];
}

export interface ExtractOptions {
  /** The vacancy title (or a profile's function title); matches in it weigh more, especially for occupations. */
  title?: string;
  /** Language of the returned labels; default: the detected language. */
  lang?: ExtractionLanguage;
  /** Maximum results per list (default 50). */
  limit?: number;
  /** Drop results scoring below this (default 0.1). */
  minScore?: number;
}
