import { indexEscoBundle } from '@kring/server-esco';
import { createExtractor } from '../extraction';
import { smallBundle, uri } from '../extraction/extraction.fixtures';
import { documentXmlText } from './docx-text';
import { profileText, storedEvidence, SNIPPET_MAX } from './profile-evidence';
import { searchSkills } from './skill-search';

describe('documentXmlText', () => {
  it('keeps run text, tabs, breaks and paragraph ends, decodes entities, and skips everything else', () => {
    const xml =
      '<w:document xmlns:w="x"><w:body><w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t>Java</w:t></w:r><w:r><w:t xml:space="preserve">-ontwikkelaar &amp; </w:t></w:r>' +
      '<w:r><w:tab/><w:t>SQL</w:t><w:br/><w:t>&#233;&#x E9;&lt;x&gt;</w:t></w:r></w:p><w:p/><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Excel</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      '<w:p><w:r><w:instrText>HYPERLINK "x"</w:instrText><w:t>einde</w:t></w:r></w:p></w:body></w:document>';
    expect(documentXmlText(xml)).toBe('Java-ontwikkelaar & \tSQL\né&#x E9;<x>\n\nExcel\neinde\n');
  });
});

describe('profile text and stored evidence', () => {
  const extractor = createExtractor(smallBundle());

  it('reads only function title, department, skills and interests, and maps evidence back to its field', () => {
    const input = profileText({ functionTitle: ' Verpleegkundige ', department: 'Zorg', skills: ['wonden verzorgen', '  '], interests: ['PostgreSQL'] });
    expect(input).toEqual({
      title: 'Verpleegkundige',
      text: 'Zorg.\nwonden verzorgen.\nPostgreSQL',
      ranges: [
        { field: 'department', start: 0, end: 4 },
        { field: 'skills', start: 6, end: 22 },
        { field: 'interests', start: 24, end: 34 },
      ],
    });
    const result = extractor.extract(input.text, { title: input.title });
    const originOf = (field: 'title' | 'text', start: number) =>
      field === 'title' ? ('functionTitle' as const) : (input.ranges.find((r) => start >= r.start && start < r.end)?.field ?? 'skills');
    const wound = result.skills.find((s) => s.uri === uri.skill('wound-care'))!;
    const postgres = result.skills.find((s) => s.uri === uri.skill('postgresql'))!;
    expect(storedEvidence(wound, input, originOf)[0]).toMatchObject({ origin: 'skills', via: 'label' });
    expect(storedEvidence(postgres, input, originOf)[0]).toMatchObject({ text: 'PostgreSQL', origin: 'interests' });
    const nurse = result.occupations.find((o) => o.uri === uri.occupation('nurse'))!;
    expect(storedEvidence(nurse, input, originOf).map((e) => e.origin)).toContain('functionTitle');
  });

  it('keeps at most three short, distinct pieces of evidence with snippets cut at word boundaries', () => {
    const filler = 'woord '.repeat(60);
    const text = `${filler}Ik werk met PostgreSQL. ${filler}Weer PostgreSQL. PostgreSQL! postgresql ${filler}`;
    const result = extractor.extract(text);
    const postgres = result.skills.find((s) => s.uri === uri.skill('postgresql'))!;
    expect(postgres.evidence.length).toBeGreaterThan(1);
    const stored = storedEvidence(postgres, { title: '', text }, () => 'cv');
    expect(stored.length).toBeLessThanOrEqual(3);
    expect(new Set(stored.map((e) => `${e.via}:${e.text.toLowerCase()}`)).size).toBe(stored.length);
    for (const e of stored) {
      expect(e.snippet.length).toBeLessThanOrEqual(SNIPPET_MAX);
      expect(e.snippet).toContain(e.text);
      expect(e.snippet.startsWith('oord')).toBe(false);
      expect(text).toContain(e.snippet.split(' ').slice(0, 3).join(' '));
    }
  });
});

describe('searchSkills', () => {
  const index = indexEscoBundle(smallBundle());

  it('finds skills by Dutch or English label or tool name, best match first, labels in the asked language', () => {
    expect(searchSkills(index, 'postgres', 'nl', 5).map((h) => h.uri)).toEqual([uri.skill('postgresql')]);
    const wounds = searchSkills(index, 'WOUNDS', 'nl', 5);
    expect(wounds).toEqual([{ uri: uri.skill('wound-care'), label: 'wonden verzorgen', matchedLabel: 'care for wounds' }]);
    expect(searchSkills(index, 'excel', 'en', 5)).toEqual([{ uri: uri.skill('spreadsheets'), label: 'use spreadsheets software', matchedLabel: 'Microsoft Excel' }]);
    // "garen" starts the Dutch label of yarn processing, and only sits inside "garennummer meten" as a prefix too; both found, one hit per skill.
    const yarn = searchSkills(index, 'garen', 'nl', 5).map((h) => h.uri);
    expect(yarn).toEqual([uri.skill('yarn-processing'), uri.skill('yarn-count')]);
    expect(searchSkills(index, 'j', 'nl', 5)).toEqual([]);
    expect(searchSkills(index, 'a', 'nl', 1).length).toBeLessThanOrEqual(1);
  });
});
