/**
 * Assembles the ESCO bundle from the official exports in ../shared/data/esco (see its README) plus the two committed
 * tables next to this file. Concepts join on their ESCO URI across releases:
 * - occupations: the union of v1.2.1 (nl), v1.2.0 (en) and v1.1.1 (en); code and ISCO group from the newest release;
 * - skills: v1.1.1 (all skills, en) plus any skill of a v1.2.x collection that has an English label; type and reuse level
 *   from the newest release;
 * - English labels from v1.2.0 where the concept is in a v1.2.0 file, else v1.1.1;
 * - Dutch labels from v1.2.1 (occupations, skill collections, skill groups, the skills hierarchy, the labels of broader
 *   concepts named in the collections), then v1.0.3 (ESCO columns of the VDAB crosswalk), then kring-nl-labels.tsv;
 * - Dutch alternative labels written by Kring (kring-nl-alt-labels.tsv) in `labels.nl.kring`, apart from ESCO's;
 * - occupation–skill links (essential/optional) from the v1.1.1 relations;
 * - broader concepts of skills and skill groups from v1.1.1 broaderRelationsSkillPillar, the v1.2.x collections and
 *   the v1.2.x skills hierarchies (only references to concepts in the bundle are kept);
 * - tool names from O*NET 29.1 Technology Skills (rules in mapOnetTools).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  DutchLabelSource,
  EscoBundle,
  EscoIscoGroup,
  EscoLabels,
  EscoOccupation,
  EscoSkill,
  EscoSkillGroup,
  EscoSkillType,
} from '../bundle.types';
import { parseCsv, type CsvRow } from './csv';
import { readZip } from './zip';

export const BUNDLE_SOURCE = 'ESCO v1.2.1 nl + v1.2.0/v1.1.1 en + v1.0.3 nl skill labels + Kring nl labels; O*NET 29.1 technology names';

const CLASSIFICATION_ZIP = 'en-v1.1.1/ESCO dataset - v1.1.1 - classification - en - csv.zip';
const RELATIONS_ZIP = 'en-v1.1.1/ESCO dataset - v1.1.1 - relations - csv.zip';
const NL_121 = 'nl-v1.2.1';
const EN_120 = 'en-v1.2.0';
const NL_103_FILE = 'nl-v1.0.3-skill-labels/escocompetencemappingfinalreport-fr-nl-45-v3.8.csv';
const ONET_FILE = 'onet-29.1/Technology Skills.txt';
const SKILL_COLLECTIONS = ['digCompSkillsCollection', 'digitalSkillsCollection', 'greenSkillsCollection', 'languageSkillsCollection', 'researchSkillsCollection', 'transversalSkillsCollection'];

export interface AssembleOptions {
  /** The folder with the ESCO exports (../shared/data/esco). */
  sourceDir: string;
  /** The folder with kring-nl-labels.tsv and onet-commodity-skills.tsv (scripts/esco). */
  tablesDir: string;
}

export interface AssembleStats {
  links: number;
  linksWithDutchSkill: number;
  droppedLinks: number;
  /** Skills left out because no source has an English label for them. */
  droppedSkills: number;
  dutchSkillLabels: Record<DutchLabelSource, number>;
  skillsWithTools: number;
  toolNames: number;
}

/** Working record of a concept while sources are merged. */
interface Draft {
  uri: string;
  nl: { preferred: string | null; alt: Set<string>; source: DutchLabelSource | null; kring: Set<string> };
  en: { preferred: string | null; alt: Set<string>; release: '1.2.0' | '1.1.1' | null };
}

function draft(uri: string): Draft {
  return { uri, nl: { preferred: null, alt: new Set(), source: null, kring: new Set() }, en: { preferred: null, alt: new Set(), release: null } };
}

/** Alternative labels: full exports separate them by line breaks, collections by " | ". */
function splitLabels(value: string): string[] {
  return value
    .split(/\r?\n| \| /)
    .map((label) => label.trim())
    .filter((label) => label !== '');
}

function setEnglish(target: Draft, release: '1.2.0' | '1.1.1', preferred: string, alt: string): void {
  const label = preferred.trim();
  if (!label) return;
  // v1.2.0 replaces v1.1.1; within a release the first file that names the concept wins.
  if (target.en.release === '1.2.0' && release === '1.1.1') return;
  if (target.en.release === release) return;
  target.en = { preferred: label, alt: new Set(splitLabels(alt)), release };
}

function setDutch(target: Draft, source: DutchLabelSource, preferred: string, alt = ''): void {
  const label = preferred.trim();
  if (!label) return;
  if (target.nl.preferred === null) {
    target.nl.preferred = label;
    target.nl.source = source;
  }
  // Alternative labels only from the release that gave the preferred label.
  if (target.nl.source === source) for (const extra of splitLabels(alt)) target.nl.alt.add(extra);
}

function labelsOf(value: Draft): EscoLabels {
  return {
    nl: { preferred: value.nl.preferred, alt: [...value.nl.alt], source: value.nl.source, ...(value.nl.kring.size > 0 ? { kring: [...value.nl.kring] } : {}) },
    en: { preferred: value.en.preferred, alt: [...value.en.alt] },
  };
}

class Sources {
  private readonly zips = new Map<string, Map<string, Buffer>>();

  constructor(private readonly dir: string) {}

  file(relative: string): string {
    return readFileSync(path.join(this.dir, relative), 'utf8');
  }

  csv(relative: string): CsvRow[] {
    return parseCsv(this.file(relative));
  }

  zipCsv(zipPath: string, name: string): CsvRow[] {
    let files = this.zips.get(zipPath);
    if (!files) {
      files = readZip(readFileSync(path.join(this.dir, zipPath)));
      this.zips.set(zipPath, files);
    }
    const content = files.get(name);
    if (!content) throw new Error(`${zipPath} has no ${name}`);
    return parseCsv(content.toString('utf8'));
  }
}

function getOrCreate(map: Map<string, Draft>, uri: string): Draft {
  let value = map.get(uri);
  if (!value) {
    value = draft(uri);
    map.set(uri, value);
  }
  return value;
}

function readTsv(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t').map((field) => field.trim()));
}

/** Lowercase, ™/®/© dropped, every run of other characters than letters, digits, "+" and "#" becomes one space. */
export function normaliseToolName(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[™®©]/g, '')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/**
 * O*NET technology names -> ESCO skills, two rules only:
 * 1. exact name: the normalised O*NET name equals the normalised English preferred or alternative label of exactly
 *    one ESCO skill, or that label without a trailing qualifier in parentheses ("Java (computer programming)" -> "java");
 *    labels shorter than 2 characters and labels shared by several skills are not used;
 * 2. category: the O*NET commodity (software category) is listed in onet-commodity-skills.tsv, which names the one
 *    ESCO "use … software" skill of that category.
 */
export function mapOnetTools(onetRows: CsvRow[], skills: Map<string, Draft>, commodityTable: string[][]): Map<string, Set<string>> {
  const byLabel = new Map<string, Set<string>>();
  const add = (label: string, uri: string) => {
    const key = normaliseToolName(label);
    if (key.length < 2) return;
    let uris = byLabel.get(key);
    if (!uris) byLabel.set(key, (uris = new Set()));
    uris.add(uri);
  };
  for (const skill of skills.values()) {
    for (const label of [skill.en.preferred ?? '', ...skill.en.alt]) {
      add(label, skill.uri);
      const bare = label.replace(/\s*\([^)]*\)\s*$/, '');
      if (bare !== label) add(bare, skill.uri);
    }
  }
  const byCommodity = new Map<string, string>();
  for (const [commodity, uri, label] of commodityTable) {
    const skill = skills.get(uri!);
    if (!skill) throw new Error(`onet-commodity-skills.tsv: unknown skill ${uri}`);
    if (skill.en.preferred !== label) throw new Error(`onet-commodity-skills.tsv: ${uri} is "${skill.en.preferred}", not "${label}"`);
    byCommodity.set(commodity!, uri!);
  }
  const tools = new Map<string, Set<string>>();
  const give = (uri: string, name: string) => {
    let names = tools.get(uri);
    if (!names) tools.set(uri, (names = new Set()));
    names.add(name);
  };
  for (const row of onetRows) {
    const name = (row['Example'] ?? '').trim();
    if (!name) continue;
    const exact = byLabel.get(normaliseToolName(name));
    if (exact && exact.size === 1) give([...exact][0]!, name);
    const categoryUri = byCommodity.get((row['Commodity Title'] ?? '').trim());
    if (categoryUri) give(categoryUri, name);
  }
  return tools;
}

/** Six skills (DigComp areas such as "ICT safety") have no type in the exports: they count as skill/competence. */
function skillType(value: string, uri: string): EscoSkillType {
  if (value === 'skill/competence' || value === 'knowledge') return value;
  if (value === '') return 'skill/competence';
  throw new Error(`skill ${uri} has unknown skill type "${value}"`);
}

export function assembleBundle(options: AssembleOptions): { bundle: EscoBundle; stats: AssembleStats } {
  const sources = new Sources(options.sourceDir);

  // ---- occupations ----
  const occupationDrafts = new Map<string, Draft>();
  const occupationCodes = new Map<string, { code: string; iscoGroup: string }>();
  const occupationFiles: Array<{ rows: CsvRow[]; lang: 'nl' | 'en'; release: '1.2.0' | '1.1.1' | null }> = [
    { rows: sources.csv(`${NL_121}/occupations_nl.csv`), lang: 'nl', release: null },
    { rows: sources.csv(`${EN_120}/occupations_en.csv`), lang: 'en', release: '1.2.0' },
    { rows: sources.zipCsv(CLASSIFICATION_ZIP, 'occupations_en.csv'), lang: 'en', release: '1.1.1' },
  ];
  for (const { rows, lang, release } of occupationFiles) {
    for (const row of rows) {
      const uri = row['conceptUri']!;
      if (!uri || row['status'] !== 'released') continue;
      const value = getOrCreate(occupationDrafts, uri);
      if (lang === 'nl') setDutch(value, 'esco-1.2.1', row['preferredLabel']!, row['altLabels']);
      else setEnglish(value, release!, row['preferredLabel']!, row['altLabels']!);
      if (!occupationCodes.has(uri) && row['code']) occupationCodes.set(uri, { code: row['code'], iscoGroup: row['iscoGroup'] ?? '' });
    }
  }

  // ---- skills ----
  const skillDrafts = new Map<string, Draft>();
  const skillKinds = new Map<string, { type: EscoSkillType; reuse: string }>();
  const broader = new Map<string, Set<string>>();
  const addBroader = (uri: string, parent: string) => {
    if (!uri || !parent || uri === parent) return;
    let parents = broader.get(uri);
    if (!parents) broader.set(uri, (parents = new Set()));
    parents.add(parent);
  };
  const broaderNames: Array<{ uri: string; label: string }> = [];
  const readCollection = (rows: CsvRow[], lang: 'nl' | 'en') => {
    for (const row of rows) {
      const uri = row['conceptUri']!;
      if (row['status'] !== 'released') continue;
      const value = getOrCreate(skillDrafts, uri);
      if (lang === 'nl') setDutch(value, 'esco-1.2.1', row['preferredLabel']!, row['altLabels']);
      else setEnglish(value, '1.2.0', row['preferredLabel']!, row['altLabels']!);
      if (lang === 'en' || !skillKinds.has(uri)) skillKinds.set(uri, { type: skillType(row['skillType']!, uri), reuse: row['reuseLevel']! });
      const parents = splitLabels(row['broaderConceptUri'] ?? '');
      const parentLabels = (row['broaderConceptPT'] ?? '').split(' | ');
      for (const parent of parents) addBroader(uri, parent);
      if (lang === 'nl' && parents.length === parentLabels.length) {
        parents.forEach((parent, index) => broaderNames.push({ uri: parent, label: parentLabels[index]!.trim() }));
      }
    }
  };
  for (const name of SKILL_COLLECTIONS) readCollection(sources.csv(`${EN_120}/${name}_en.csv`), 'en');
  for (const name of SKILL_COLLECTIONS) readCollection(sources.csv(`${NL_121}/${name}_nl.csv`), 'nl');
  for (const row of sources.zipCsv(CLASSIFICATION_ZIP, 'skills_en.csv')) {
    const uri = row['conceptUri']!;
    if (row['status'] !== 'released') continue;
    const value = getOrCreate(skillDrafts, uri);
    setEnglish(value, '1.1.1', row['preferredLabel']!, row['altLabels']!);
    if (!skillKinds.has(uri)) skillKinds.set(uri, { type: skillType(row['skillType']!, uri), reuse: row['reuseLevel']! });
  }

  // ---- skill groups ----
  const groupDrafts = new Map<string, Draft>();
  const groupCodes = new Map<string, string>();
  for (const [rows, lang, release] of [
    [sources.csv(`${EN_120}/skillGroups_en.csv`), 'en', '1.2.0'],
    [sources.zipCsv(CLASSIFICATION_ZIP, 'skillGroups_en.csv'), 'en', '1.1.1'],
    [sources.csv(`${NL_121}/skillGroups_nl.csv`), 'nl', null],
  ] as const) {
    for (const row of rows) {
      const uri = row['conceptUri']!;
      if (row['status'] !== 'released') continue;
      const value = getOrCreate(groupDrafts, uri);
      if (lang === 'nl') setDutch(value, 'esco-1.2.1', row['preferredLabel']!, row['altLabels']);
      else setEnglish(value, release!, row['preferredLabel']!, row['altLabels']!);
      if (!groupCodes.has(uri) && row['code']) groupCodes.set(uri, row['code']);
    }
  }

  // ---- hierarchy: Level n -> Level n-1, and Dutch names of its concepts ----
  for (const [rows, lang] of [
    [sources.csv(`${EN_120}/skillsHierarchy_en.csv`), 'en'],
    [sources.csv(`${NL_121}/skillsHierarchy_nl.csv`), 'nl'],
  ] as const) {
    for (const row of rows) {
      for (let level = 0; level <= 3; level += 1) {
        const uri = row[`Level ${level} URI`] ?? '';
        if (!uri) continue;
        if (level > 0) addBroader(uri, row[`Level ${level - 1} URI`] ?? '');
        if (lang === 'nl') broaderNames.push({ uri, label: (row[`Level ${level} preferred term`] ?? '').trim() });
      }
    }
  }
  for (const row of sources.zipCsv(RELATIONS_ZIP, 'broaderRelationsSkillPillar.csv')) addBroader(row['conceptUri']!, row['broaderUri']!);
  for (const { uri, label } of broaderNames) {
    const target = skillDrafts.get(uri) ?? groupDrafts.get(uri);
    if (target) setDutch(target, 'esco-1.2.1', label);
  }

  // ---- Dutch skill labels from v1.0.3 (ESCO columns only) ----
  const nl103 = parseCsv(sources.file(NL_103_FILE), { headerStart: 'Classification 1 URI' });
  for (const row of nl103) {
    const uri = (row['Classification 1 URL'] ?? '').trim();
    const target = skillDrafts.get(uri);
    if (target) setDutch(target, 'esco-1.0.3', row['Classification 1 PrefLabel'] ?? '');
  }

  // ---- skills without an English label (a few green skills new in v1.2.1, with no links) are left out ----
  let droppedSkills = 0;
  for (const [uri, value] of skillDrafts) {
    if (value.en.preferred === null) {
      skillDrafts.delete(uri);
      droppedSkills += 1;
    }
  }

  // ---- Dutch skill labels written by Kring ----
  for (const [uri, en, nl] of readTsv(path.join(options.tablesDir, 'kring-nl-labels.tsv'))) {
    const target = skillDrafts.get(uri!);
    if (!target) throw new Error(`kring-nl-labels.tsv: unknown skill ${uri}`);
    if (target.en.preferred !== en) throw new Error(`kring-nl-labels.tsv: ${uri} is "${target.en.preferred}", not "${en}"`);
    if (target.nl.preferred !== null) throw new Error(`kring-nl-labels.tsv: ${uri} already has the ESCO Dutch label "${target.nl.preferred}"`);
    if (!nl) throw new Error(`kring-nl-labels.tsv: ${uri} has no Dutch label`);
    setDutch(target, 'kring', nl);
  }

  // ---- Dutch alternative labels written by Kring (skills and occupations) ----
  for (const [uri, en, nl] of readTsv(path.join(options.tablesDir, 'kring-nl-alt-labels.tsv'))) {
    const target = skillDrafts.get(uri!) ?? occupationDrafts.get(uri!);
    if (!target) throw new Error(`kring-nl-alt-labels.tsv: unknown skill or occupation ${uri}`);
    if (target.en.preferred !== en) throw new Error(`kring-nl-alt-labels.tsv: ${uri} is "${target.en.preferred}", not "${en}"`);
    if (!nl) throw new Error(`kring-nl-alt-labels.tsv: ${uri} has no Dutch label`);
    const known = [target.nl.preferred, ...target.nl.alt, ...target.nl.kring].map((label) => label?.toLowerCase());
    if (known.includes(nl.toLowerCase())) throw new Error(`kring-nl-alt-labels.tsv: ${uri} already has the Dutch label "${nl}"`);
    target.nl.kring.add(nl);
  }

  // ---- ISCO groups ----
  const iscoDrafts = new Map<string, Draft>();
  const iscoCodes = new Map<string, string>();
  for (const [rows, lang] of [
    [sources.csv(`${EN_120}/ISCOGroups_en.csv`), 'en'],
    [sources.csv(`${NL_121}/ISCOGroups_nl.csv`), 'nl'],
  ] as const) {
    for (const row of rows) {
      const uri = row['conceptUri']!;
      if (row['status'] !== 'released') continue;
      const value = getOrCreate(iscoDrafts, uri);
      if (lang === 'nl') setDutch(value, 'esco-1.2.1', row['preferredLabel']!, row['altLabels']);
      else setEnglish(value, '1.2.0', row['preferredLabel']!, row['altLabels']!);
      if (!iscoCodes.has(uri)) iscoCodes.set(uri, row['code']!);
    }
  }

  // ---- occupation–skill links ----
  const essential = new Map<string, Set<string>>();
  const optional = new Map<string, Set<string>>();
  let droppedLinks = 0;
  for (const row of sources.zipCsv(RELATIONS_ZIP, 'occupationSkillRelations.csv')) {
    const occupationUri = row['occupationUri']!;
    const skillUri = row['skillUri']!;
    if (!occupationDrafts.has(occupationUri) || !skillDrafts.has(skillUri)) {
      droppedLinks += 1;
      continue;
    }
    const target = row['relationType'] === 'essential' ? essential : row['relationType'] === 'optional' ? optional : null;
    if (!target) throw new Error(`occupationSkillRelations.csv: unknown relation type "${row['relationType']}"`);
    let set = target.get(occupationUri);
    if (!set) target.set(occupationUri, (set = new Set()));
    set.add(skillUri);
  }

  // ---- O*NET tool names ----
  const onetRows = parseCsv(sources.file(ONET_FILE), { delimiter: '\t' });
  const tools = mapOnetTools(onetRows, skillDrafts, readTsv(path.join(options.tablesDir, 'onet-commodity-skills.tsv')));

  // ---- output ----
  const known = (uri: string) => skillDrafts.has(uri) || groupDrafts.has(uri);
  const knownBroader = (uri: string) => [...(broader.get(uri) ?? [])].filter(known);
  const occupations: EscoOccupation[] = [...occupationDrafts.values()]
    .filter((value) => value.en.preferred !== null)
    .map((value) => {
      const codes = occupationCodes.get(value.uri) ?? { code: '', iscoGroup: '' };
      const essentialSkills = essential.get(value.uri) ?? new Set<string>();
      // A skill listed as both essential and optional counts as essential.
      const optionalSkills = [...(optional.get(value.uri) ?? [])].filter((uri) => !essentialSkills.has(uri));
      return { uri: value.uri, code: codes.code, iscoGroup: codes.iscoGroup, labels: labelsOf(value), essentialSkills: [...essentialSkills], optionalSkills };
    });
  const skills: EscoSkill[] = [...skillDrafts.values()].map((value) => {
    const kind = skillKinds.get(value.uri)!;
    return { uri: value.uri, type: kind.type, reuse: kind.reuse, labels: labelsOf(value), broader: knownBroader(value.uri), tools: [...(tools.get(value.uri) ?? [])] };
  });
  const skillGroups: EscoSkillGroup[] = [...groupDrafts.values()].map((value) => ({
    uri: value.uri,
    code: groupCodes.get(value.uri) ?? '',
    labels: labelsOf(value),
    broader: knownBroader(value.uri),
  }));
  const iscoGroups: EscoIscoGroup[] = [...iscoDrafts.values()].map((value) => ({ code: iscoCodes.get(value.uri) ?? '', uri: value.uri, labels: labelsOf(value) }));

  const dutch = new Set(skills.filter((skill) => skill.labels.nl.preferred !== null).map((skill) => skill.uri));
  let links = 0;
  let linksWithDutchSkill = 0;
  for (const occupation of occupations) {
    for (const uri of [...occupation.essentialSkills, ...occupation.optionalSkills]) {
      links += 1;
      if (dutch.has(uri)) linksWithDutchSkill += 1;
    }
  }
  const dutchSkillLabels: Record<DutchLabelSource, number> = { 'esco-1.2.1': 0, 'esco-1.0.3': 0, kring: 0 };
  for (const skill of skills) if (skill.labels.nl.source) dutchSkillLabels[skill.labels.nl.source] += 1;
  return {
    bundle: { source: BUNDLE_SOURCE, occupations, skills, skillGroups, iscoGroups },
    stats: {
      links,
      linksWithDutchSkill,
      droppedLinks,
      droppedSkills,
      dutchSkillLabels,
      skillsWithTools: skills.filter((skill) => skill.tools.length > 0).length,
      toolNames: new Set(skills.flatMap((skill) => skill.tools)).size,
    },
  };
}
