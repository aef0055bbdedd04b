/**
 * The compact ESCO bundle Kring ships (built by `npm run esco:build` from ../shared/data/esco, loaded by `loadEscoBundle()`).
 * Concepts join across languages and releases on their ESCO URI, so a Dutch vacancy and an English profile meet on the
 * same skill or occupation.
 */

/** Where a Dutch label comes from: an ESCO release, or written by Kring where ESCO has none (marked as such). */
export type DutchLabelSource = 'esco-1.2.1' | 'esco-1.0.3' | 'kring';

export interface LanguageLabels {
  /** ESCO's preferred label; null when this language has none (only possible for Dutch). */
  preferred: string | null;
  /** Alternative labels (synonyms, spelling variants); may be empty. */
  alt: string[];
}

export interface EscoLabels {
  /**
   * `kring`: Dutch alternative labels written by Kring (scripts/esco/kring-nl-alt-labels.tsv) for phrases Dutch vacancies
   * and CVs use that ESCO lacks ("wondzorg", "heftruck rijden"); present only when there are any, never in `alt`.
   */
  nl: LanguageLabels & { source: DutchLabelSource | null; kring?: string[] };
  en: LanguageLabels;
}

export interface EscoOccupation {
  uri: string;
  /** ESCO occupation code, e.g. "2512.4". */
  code: string;
  /** ISCO-08 unit group code (4 digits). */
  iscoGroup: string;
  labels: EscoLabels;
  /** Skill and knowledge URIs from the occupation–skill relations. */
  essentialSkills: string[];
  optionalSkills: string[];
}

export type EscoSkillType = 'skill/competence' | 'knowledge';

export interface EscoSkill {
  uri: string;
  type: EscoSkillType;
  /** ESCO reuse level: "transversal", "cross-sector", "sector-specific" or "occupation-specific". */
  reuse: string;
  labels: EscoLabels;
  /** Broader concepts in the skills pillar: skill URIs or skill-group URIs (the hierarchy used for "related" skills). */
  broader: string[];
  /** Language-neutral product and tool names (from O*NET technology names) that point at this skill, e.g. "PostgreSQL". */
  tools: string[];
}

export interface EscoSkillGroup {
  uri: string;
  code: string;
  labels: EscoLabels;
  broader: string[];
}

export interface EscoIscoGroup {
  code: string;
  uri: string;
  labels: EscoLabels;
}

export interface EscoBundle {
  /** Provenance line, e.g. "ESCO v1.2.1 nl + v1.2.0/v1.1.1 en + v1.0.3 nl skill labels; O*NET 29.1". */
  source: string;
  occupations: EscoOccupation[];
  skills: EscoSkill[];
  skillGroups: EscoSkillGroup[];
  iscoGroups: EscoIscoGroup[];
}
