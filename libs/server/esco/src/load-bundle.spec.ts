import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseCsv, serialiseBundle } from './build';
import { allLabels, indexEscoBundle, preferredLabel } from './bundle-index';
import type { EscoBundle, EscoLabels } from './bundle.types';
import { defaultBundlePath, loadEscoBundle } from './load-bundle';

const SKILL_A = 'http://data.europa.eu/esco/skill/aaa';
const SKILL_B = 'http://data.europa.eu/esco/skill/bbb';
const GROUP = 'http://data.europa.eu/esco/skill/group';

function labels(nl: string | null, en: string, alt: { nl?: string[]; en?: string[] } = {}): EscoLabels {
  return { nl: { preferred: nl, alt: alt.nl ?? [], source: nl === null ? null : 'esco-1.2.1' }, en: { preferred: en, alt: alt.en ?? [] } };
}

/** A two-skill bundle; `reversed` lists every array in the opposite order. */
function smallBundle(reversed: boolean): EscoBundle {
  const order = <T>(values: T[]) => (reversed ? [...values].reverse() : values);
  return {
    source: 'test',
    occupations: [
      {
        uri: 'http://data.europa.eu/esco/occupation/o1',
        code: '2512.4',
        iscoGroup: '2512',
        labels: labels('softwareontwikkelaar', 'software developer', { nl: order(['programmeur', 'ontwikkelaar']), en: order(['programmer', 'coder']) }),
        essentialSkills: order([SKILL_A, SKILL_B]),
        optionalSkills: [],
      },
    ],
    skills: order([
      { uri: SKILL_A, type: 'knowledge', reuse: 'sector-specific', labels: labels('PostgreSQL', 'PostgreSQL'), broader: order([GROUP, SKILL_B]), tools: order(['Postgres', 'PostgreSQL']) },
      { uri: SKILL_B, type: 'skill/competence', reuse: 'cross-sector', labels: labels(null, 'meet deadlines'), broader: [], tools: [] },
    ]),
    skillGroups: [{ uri: GROUP, code: 'S1', labels: labels('groep', 'group'), broader: [] }],
    iscoGroups: order([
      { code: '2512', uri: 'http://data.europa.eu/esco/isco/C2512', labels: labels('Softwareontwikkelaars', 'Software developers') },
      { code: '25', uri: 'http://data.europa.eu/esco/isco/C25', labels: labels('ICT-specialisten', 'ICT professionals') },
    ]),
  };
}

describe('serialiseBundle', () => {
  it('gives the same bytes whatever the order of the input, and sorted content', () => {
    const first = serialiseBundle(smallBundle(false));
    const second = serialiseBundle(smallBundle(true));
    expect(second.equals(first)).toBe(true);
    const parsed = JSON.parse(gunzipSync(first).toString('utf8')) as EscoBundle;
    expect(parsed.skills.map((skill) => skill.uri)).toEqual([SKILL_A, SKILL_B]);
    // Code-unit order, not locale order: 'S' (U+0053) sorts before 's' (U+0073).
    expect(parsed.skills[0]!.tools).toEqual(['PostgreSQL', 'Postgres']);
    expect(parsed.occupations[0]!.labels.nl.alt).toEqual(['ontwikkelaar', 'programmeur']);
    expect(parsed.iscoGroups.map((group) => group.code)).toEqual(['25', '2512']);
  });

  it('gives different bytes for different content', () => {
    const changed = smallBundle(false);
    changed.skills[1]!.labels.nl = { preferred: 'deadlines halen', alt: [], source: 'kring' };
    expect(serialiseBundle(changed).equals(serialiseBundle(smallBundle(false)))).toBe(false);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and drops a byte-order mark', () => {
    const rows = parseCsv('\ufeffuri,label,alt\r\nu1,"a, b","x\ny"\nu2,"say ""hi""",\n');
    expect(rows).toEqual([
      { uri: 'u1', label: 'a, b', alt: 'x\ny' },
      { uri: 'u2', label: 'say "hi"', alt: '' },
    ]);
  });
});

describe('loadEscoBundle', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'esco-bundle-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a bundle file once per path and returns the same object', async () => {
    const file = path.join(dir, 'small.json.gz');
    writeFileSync(file, serialiseBundle(smallBundle(false)));
    const first = await loadEscoBundle(file);
    const second = await loadEscoBundle(file);
    expect(second).toBe(first);
    expect(first.skills).toHaveLength(2);
  });

  it('rejects a missing file and retries on the next call', async () => {
    const file = path.join(dir, 'later.json.gz');
    await expect(loadEscoBundle(file)).rejects.toThrow(/ENOENT/);
    writeFileSync(file, serialiseBundle(smallBundle(true)));
    await expect(loadEscoBundle(file)).resolves.toMatchObject({ source: 'test' });
  });

  it('finds the shipped bundle next to the sources', () => {
    expect(defaultBundlePath()).toBe(path.resolve(__dirname, '..', 'data', 'esco-bundle.json.gz'));
  });
});

describe('indexEscoBundle', () => {
  it('looks concepts up by URI and ISCO code, and labels fall back to the other language', () => {
    const bundle = smallBundle(false);
    const index = indexEscoBundle(bundle);
    expect(indexEscoBundle(bundle)).toBe(index);
    expect(index.skills.get(SKILL_A)?.labels.en.preferred).toBe('PostgreSQL');
    expect(index.iscoGroupsByCode.get('2512')?.labels.nl.preferred).toBe('Softwareontwikkelaars');
    expect(index.skillGroups.get(GROUP)?.code).toBe('S1');
    const skillB = index.skills.get(SKILL_B)!;
    expect(preferredLabel(skillB.labels, 'nl')).toBe('meet deadlines');
    expect(allLabels(skillB.labels, 'nl')).toEqual([]);
    expect(allLabels(index.occupations.get('http://data.europa.eu/esco/occupation/o1')!.labels, 'en')).toEqual(['software developer', 'programmer', 'coder']);
  });
});
