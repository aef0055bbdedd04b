/**
 * The committed bundle (libs/server/esco/data/esco-bundle.json.gz): shape, known concepts, Dutch coverage, the labels
 * written by Kring, and — when the ESCO exports are present (../shared/data/esco or $ESCO_SOURCE) — counts against the
 * sources and a rebuild that must give the committed bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assembleBundle, ESCO_TABLES_DIR, escoSourceDir, parseCsv, readZip, serialiseBundle } from './build';
import { indexEscoBundle, type EscoIndex } from './bundle-index';
import type { EscoBundle } from './bundle.types';
import { defaultBundlePath, loadEscoBundle } from './load-bundle';

const TABLES_DIR = ESCO_TABLES_DIR;
const SOURCE_DIR = escoSourceDir();
const SOFTWARE_DEVELOPER = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';
const COMPUTER_PROGRAMMING = 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97';
const POSTGRESQL = 'http://data.europa.eu/esco/skill/a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996';
const USE_SPREADSHEETS = 'http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be';
const SKILL_URI = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/;

function kringRows(file = 'kring-nl-labels.tsv'): Array<{ uri: string; en: string; nl: string }> {
  return readFileSync(path.join(TABLES_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => {
      const [uri, en, nl] = line.split('\t');
      return { uri: uri!, en: en!, nl: nl! };
    });
}

function links(bundle: EscoBundle): Array<{ occupation: string; skill: string }> {
  return bundle.occupations.flatMap((occupation) =>
    [...occupation.essentialSkills, ...occupation.optionalSkills].map((skill) => ({ occupation: occupation.uri, skill })),
  );
}

let bundle: EscoBundle;
let index: EscoIndex;

beforeAll(async () => {
  bundle = await loadEscoBundle();
  index = indexEscoBundle(bundle);
});

describe('the committed ESCO bundle', () => {
  it('has unique, sorted URIs and only references concepts it contains', () => {
    for (const list of [bundle.occupations, bundle.skills, bundle.skillGroups]) {
      const uris = list.map((item) => item.uri);
      expect(new Set(uris).size).toBe(uris.length);
      expect(uris).toEqual([...uris].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    // Problems are collected and compared once: an expect() per link would take minutes.
    const problems: string[] = [];
    const knownBroader = (uri: string) => index.skills.has(uri) || index.skillGroups.has(uri);
    for (const occupation of bundle.occupations) {
      // Usually the code starts with the ISCO group; ESCO has one exception (Smart City consultant, 2421.8 in 2164).
      if (!/^\d{4}(\.\d+)+$/.test(occupation.code)) problems.push(`${occupation.uri}: code ${occupation.code}`);
      if (!index.iscoGroupsByCode.has(occupation.iscoGroup)) problems.push(`${occupation.uri}: ISCO group ${occupation.iscoGroup}`);
      if (!occupation.labels.en.preferred) problems.push(`${occupation.uri}: no English label`);
      const essential = new Set(occupation.essentialSkills);
      for (const uri of [...occupation.essentialSkills, ...occupation.optionalSkills]) if (!index.skills.has(uri)) problems.push(`${occupation.uri}: skill ${uri}`);
      for (const uri of occupation.optionalSkills) if (essential.has(uri)) problems.push(`${occupation.uri}: ${uri} both essential and optional`);
    }
    for (const skill of bundle.skills) {
      if (!SKILL_URI.test(skill.uri)) problems.push(`${skill.uri}: URI`);
      if (skill.type !== 'skill/competence' && skill.type !== 'knowledge') problems.push(`${skill.uri}: type ${skill.type}`);
      if (!skill.labels.en.preferred) problems.push(`${skill.uri}: no English label`);
      if ((skill.labels.nl.source === null) !== (skill.labels.nl.preferred === null)) problems.push(`${skill.uri}: Dutch source`);
      for (const uri of skill.broader) if (!knownBroader(uri)) problems.push(`${skill.uri}: broader ${uri}`);
    }
    for (const group of bundle.skillGroups) for (const uri of group.broader) if (!knownBroader(uri)) problems.push(`${group.uri}: broader ${uri}`);
    expect(problems).toEqual([]);
  });

  it('joins Dutch and English labels on the URI (software developer and an essential skill of it)', () => {
    const developer = index.occupations.get(SOFTWARE_DEVELOPER)!;
    expect(developer.code).toBe('2512.4');
    expect(developer.labels.en.preferred).toBe('software developer');
    expect(developer.labels.nl).toMatchObject({ preferred: 'software ontwikkelaar', source: 'esco-1.2.1' });
    expect(developer.labels.nl.alt).toContain('softwareontwikkelaar');
    expect(developer.labels.en.alt).toContain('application developer');
    expect(developer.essentialSkills).toContain(COMPUTER_PROGRAMMING);
    const programming = index.skills.get(COMPUTER_PROGRAMMING)!;
    expect(programming.labels.en.preferred).toBe('computer programming');
    expect(programming.labels.nl.preferred).toBe('computerprogrammering');
    expect(index.iscoGroupsByCode.get('2512')!.labels.nl.preferred).toBe('Softwareontwikkelaars');
  });

  it('carries O*NET tool names on digital skills', () => {
    expect(index.skills.get(POSTGRESQL)!.tools).toContain('PostgreSQL');
    expect(index.skills.get(USE_SPREADSHEETS)!.tools).toEqual(expect.arrayContaining(['Microsoft Excel', 'Google Sheets']));
  });

  it('gives at least 80% of the occupation–skill links a Dutch skill label', () => {
    const all = links(bundle);
    const withDutch = all.filter((link) => index.skills.get(link.skill)!.labels.nl.preferred !== null).length;
    expect(all.length).toBeGreaterThan(100_000);
    expect(withDutch / all.length).toBeGreaterThanOrEqual(0.8);
  });

  it('marks exactly the labels of kring-nl-labels.tsv as written by Kring', () => {
    const rows = kringRows();
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((row) => row.uri)).size).toBe(rows.length);
    for (const row of rows) {
      const skill = index.skills.get(row.uri);
      expect(skill?.labels.en.preferred).toBe(row.en);
      // `kring` (alternative labels of kring-nl-alt-labels.tsv) is checked below.
      const { preferred, alt, source } = skill!.labels.nl;
      expect({ preferred, alt, source }).toEqual({ preferred: row.nl, alt: [], source: 'kring' });
    }
    expect(bundle.skills.filter((skill) => skill.labels.nl.source === 'kring')).toHaveLength(rows.length);
  });

  it('keeps the Dutch alternative labels of kring-nl-alt-labels.tsv apart from ESCO\'s, in labels.nl.kring', () => {
    const rows = kringRows('kring-nl-alt-labels.tsv');
    expect(rows.length).toBeGreaterThanOrEqual(50);
    const expected = new Map<string, string[]>();
    for (const row of rows) expected.set(row.uri, [...(expected.get(row.uri) ?? []), row.nl]);
    const concepts = [...bundle.skills, ...bundle.occupations];
    const byUri = new Map(concepts.map((concept) => [concept.uri, concept]));
    for (const row of rows) {
      const concept = byUri.get(row.uri);
      expect(concept?.labels.en.preferred).toBe(row.en);
      // Written by Kring: never mixed into ESCO's own Dutch labels.
      expect(concept?.labels.nl.alt).not.toContain(row.nl);
      expect(concept?.labels.nl.preferred).not.toBe(row.nl);
    }
    const actual = new Map(concepts.filter((concept) => concept.labels.nl.kring).map((concept) => [concept.uri, concept.labels.nl.kring]));
    expect(actual).toEqual(new Map([...expected].map(([uri, labels]) => [uri, [...labels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))])));
  });
});

const describeWithSources = existsSync(SOURCE_DIR) ? describe : describe.skip;

describeWithSources('the bundle against the ESCO exports', () => {
  const classification = () => readZip(readFileSync(path.join(SOURCE_DIR, 'en-v1.1.1', 'ESCO dataset - v1.1.1 - classification - en - csv.zip')));

  it('holds every released occupation of v1.2.0 and every released skill of v1.1.1', () => {
    const occupations = parseCsv(readFileSync(path.join(SOURCE_DIR, 'en-v1.2.0', 'occupations_en.csv'), 'utf8')).filter((row) => row['status'] === 'released');
    const skills = parseCsv(classification().get('skills_en.csv')!.toString('utf8')).filter((row) => row['status'] === 'released');
    expect(occupations.length).toBeGreaterThan(2900);
    expect(skills.length).toBeGreaterThan(13_000);
    const wrongOccupations = occupations.filter((row) => index.occupations.get(row['conceptUri']!)?.labels.en.preferred !== row['preferredLabel']!.trim());
    expect(wrongOccupations).toEqual([]);
    expect(skills.filter((row) => !index.skills.has(row['conceptUri']!))).toEqual([]);
    // The v1.2.x collections add skills; never more than they list.
    expect(bundle.skills.length - skills.length).toBeLessThan(2500);
  });

  it('keeps the v1.1.1 occupation–skill links (at most 0.1% dropped, none invented)', () => {
    const relations = readZip(readFileSync(path.join(SOURCE_DIR, 'en-v1.1.1', 'ESCO dataset - v1.1.1 - relations - csv.zip')));
    const rows = parseCsv(relations.get('occupationSkillRelations.csv')!.toString('utf8'));
    const source = new Map(rows.map((row) => [`${row['occupationUri']} ${row['skillUri']}`, row['relationType']]));
    const kept = links(bundle);
    expect(kept.length).toBeGreaterThanOrEqual(0.999 * source.size);
    const essential = new Set(bundle.occupations.flatMap((occupation) => occupation.essentialSkills.map((skill) => `${occupation.uri} ${skill}`)));
    const invented = kept.map((link) => `${link.occupation} ${link.skill}`).filter((key) => !source.has(key));
    const demoted = [...source].filter(([key, type]) => type === 'essential' && !essential.has(key) && index.occupations.has(key.split(' ')[0]!));
    expect(invented).toEqual([]);
    expect(demoted).toEqual([]);
  });

  it('uses Kring labels only for skills that have no Dutch label in ESCO v1.2.1 or v1.0.3', () => {
    const labelled = new Set<string>();
    const nlDir = path.join(SOURCE_DIR, 'nl-v1.2.1');
    // Every skill URI named in a v1.2.1 file that carries labels (not the skill–skill relations, which have none).
    for (const file of readdirSync(nlDir).filter((name) => /Collection|skillsHierarchy|skillGroups/.test(name))) {
      for (const match of readFileSync(path.join(nlDir, file), 'utf8').matchAll(/http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}/g)) labelled.add(match[0]);
    }
    const crosswalk = readFileSync(path.join(SOURCE_DIR, 'nl-v1.0.3-skill-labels', 'escocompetencemappingfinalreport-fr-nl-45-v3.8.csv'), 'utf8');
    for (const match of crosswalk.matchAll(/http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}/g)) labelled.add(match[0]);
    expect(labelled.size).toBeGreaterThan(6000);
    for (const row of kringRows()) expect(labelled.has(row.uri)).toBe(false);
  });

  it('rebuilds to exactly the committed bytes', () => {
    const { bundle: rebuilt } = assembleBundle({ sourceDir: SOURCE_DIR, tablesDir: TABLES_DIR });
    expect(serialiseBundle(rebuilt).equals(readFileSync(defaultBundlePath()))).toBe(true);
  }, 120_000);
});
