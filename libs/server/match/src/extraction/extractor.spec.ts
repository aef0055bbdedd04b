import { createExtractor } from './extraction';
import { acceptableWords } from './extraction-index';
import { smallBundle, uri } from './extraction.fixtures';
import type { ExtractedConcept, ExtractionResult } from './extraction.types';

const extractor = createExtractor(smallBundle());

function find(list: ExtractedConcept[], id: string): ExtractedConcept | undefined {
  return list.find((concept) => concept.uri === uri.skill(id) || concept.uri === uri.occupation(id));
}

function expectEvidenceOffsets(result: ExtractionResult, fields: { title?: string; text: string }): void {
  for (const concept of [...result.occupations, ...result.skills]) {
    for (const evidence of concept.evidence) {
      const source = evidence.field === 'title' ? fields.title ?? '' : fields.text;
      expect(source.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  }
}

describe('extraction with a small bundle', () => {
  it('reads a Dutch vacancy: compound title, tools, inflection, skill support for the occupation', () => {
    const title = 'Senior Java-ontwikkelaar';
    const text = 'Je bouwt software met Java en beheert de databases in PostgreSQL. Je werkt graag in teams.';
    const result = extractor.extract(text, { title });

    expect(result.language).toBe('nl');
    expect(result.occupations[0].uri).toBe(uri.occupation('software-developer'));
    expect(result.occupations[0].label).toBe('softwareontwikkelaar');
    expect(result.occupations[0].parts.skillSupport).toBeGreaterThan(0);
    expect(result.occupations[0].evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: 'ontwikkelaar', field: 'title', via: 'label' }),
        expect.objectContaining({ via: 'skill', skillUri: uri.skill('java') }),
      ]),
    );
    const java = find(result.skills, 'java');
    expect(java?.label).toBe('Java (computerprogrammering)');
    expect(java?.evidence.map((e) => [e.field, e.text])).toEqual([
      ['title', 'Java'],
      ['text', 'Java'],
    ]);
    expect(find(result.skills, 'postgresql')?.parts.quality).toMatch(/exact|tool/);
    // "werkt … in teams" against "in teams werken": inflected verb, words in another order.
    expect(find(result.skills, 'teams')).toBeDefined();
    expectEvidenceOffsets(result, { title, text });
  });

  it('splits Dutch compounds into label words, with the inflection on the last part', () => {
    const text = 'Ervaring met garenverwerking en het meten van garennummers.';
    const result = extractor.extract(text);
    const processing = find(result.skills, 'yarn-processing');
    expect(processing?.evidence[0]).toMatchObject({ text: 'garenverwerking', start: 13, end: 28 });
    expect(processing?.parts.quality).toBe('stemmed');
    // "meten van garennummers" against "garennummer meten": other word order, plural compound.
    expect(find(result.skills, 'yarn-count')?.evidence.map((e) => e.text)).toEqual(['meten', 'garennummers']);
    expect(result.occupations[0].uri).toBe(uri.occupation('yarn-spinner'));
    expect(result.occupations[0].parts.quality).toBe('none');
    expectEvidenceOffsets(result, { text });
  });

  it('matches plural and -ing forms in English and a plural Dutch compound', () => {
    const english = extractor.extract('Experienced programmers wanted for processing yarns.');
    expect(english.language).toBe('en');
    expect(find(english.occupations, 'software-developer')?.evidence[0].text).toBe('programmers');
    expect(find(english.skills, 'yarn-processing')?.evidence[0].text).toBe('processing yarns');

    const dutch = extractor.extract('Wij zoeken softwareontwikkelaars');
    expect(dutch.occupations[0].uri).toBe(uri.occupation('software-developer'));
    expect(dutch.occupations[0].evidence[0].text).toBe('softwareontwikkelaars');
  });

  it('matches tool names case-insensitively as whole words only', () => {
    const text = 'Kennis van excel, SAP en postgresql; excelleren in sapjes telt niet.';
    const result = extractor.extract(text);
    expect(find(result.skills, 'spreadsheets')?.evidence).toEqual([expect.objectContaining({ text: 'excel', via: 'tool' })]);
    expect(find(result.skills, 'erp')?.evidence).toEqual([expect.objectContaining({ text: 'SAP', via: 'tool' })]);
    expect(find(result.skills, 'postgresql')?.evidence).toHaveLength(1);
    expectEvidenceOffsets(result, { text });
  });

  it('reads a text mixing Dutch and English and reports both languages', () => {
    const text = 'Wij zoeken een programmeur voor het team. You will work in teams and you care for wounds of the patients.';
    const result = extractor.extract(text);
    expect(result.languageShares.nl).toBeGreaterThan(0.2);
    expect(result.languageShares.en).toBeGreaterThan(0.2);
    expect(find(result.occupations, 'software-developer')).toBeDefined();
    expect(find(result.skills, 'teams')).toBeDefined();
    expect(find(result.skills, 'wound-care')).toBeDefined();
  });

  it('lets English label words match in part in a Dutch text only in the title', () => {
    const text = 'Wij zoeken een collega voor ons team in Utrecht. Je bent een goede developer.';
    const inText = extractor.extract(text, { minScore: 0 });
    expect(inText.languageShares.en).toBeLessThan(0.2);
    expect(find(inText.occupations, 'software-developer')).toBeUndefined();
    const inTitle = extractor.extract(text, { title: 'Java Developer' });
    expect(find(inTitle.occupations, 'software-developer')?.evidence[0]).toMatchObject({ field: 'title', text: 'Developer' });
  });

  it('labels results in the requested language, falling back to English where Dutch has none', () => {
    const result = extractor.extract('install doors and care for wounds', { lang: 'nl' });
    expect(find(result.skills, 'wound-care')?.label).toBe('wonden verzorgen');
    expect(find(result.skills, 'doors')?.label).toBe('install doors');
  });

  it('does not let function words of the other language or lone letters trigger labels', () => {
    // "door" is Dutch for "by"; a lone lowercase "r" is no programming language.
    const result = extractor.extract('Gemaakt door het team, r en s.');
    expect(find(result.skills, 'doors')).toBeUndefined();
    expect(find(result.skills, 'r-language')).toBeUndefined();
    expect(find(extractor.extract('Statistiek in R').skills, 'r-language')).toBeDefined();
  });

  it('weighs a match in the title more, and scores stay between 0 and 1, best first', () => {
    const inText = extractor.extract('Wij zoeken een verpleegkundige.');
    const inTitle = extractor.extract('Wij zoeken een verpleegkundige.', { title: 'Verpleegkundige' });
    const nurse = (result: ExtractionResult) => find(result.occupations, 'nurse')?.score ?? 0;
    expect(nurse(inTitle)).toBeGreaterThan(nurse(inText));
    expect(find(inTitle.occupations, 'nurse')?.parts.inTitle).toBe(true);
    for (const list of [inTitle.occupations, inTitle.skills]) {
      const scores = list.map((concept) => concept.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores.every((score) => score > 0 && score <= 1)).toBe(true);
    }
  });

  it('gives the same result for a text however often and in whatever order texts are extracted', () => {
    const a = 'Je bouwt software met Java en beheert de databases in PostgreSQL.';
    const b = 'Ervaring met garenverwerking en het meten van garennummers.';
    const first = extractor.extract(a, { title: 'Java-ontwikkelaar' });
    extractor.extract(b);
    extractor.extract(`${a} ${b} ${a}`);
    expect(extractor.extract(a, { title: 'Java-ontwikkelaar' })).toEqual(first);
    expect(extractor.extract(b)).toEqual(createExtractor(smallBundle()).extract(b));
  });

  it('keeps the packed label table in step with the labels (the shortcut for labels hit by one word)', () => {
    const { entries, packed } = extractor.index;
    let soloAccepted = 0;
    entries.forEach((entry, id) => {
      expect(packed.wordCount[id]).toBe(entry.keys.length);
      expect(packed.totalWeight[id]).toBe(entry.totalWeight);
      for (let position = 0; position < entry.keys.length; position++) {
        const alone = acceptableWords(packed, id, 1 << position);
        expect((packed.soloMask[id] & (1 << position)) !== 0).toBe(alone);
        // The gate lets a single word through exactly when it may match on its own (one-word labels always).
        expect((packed.gate[id] & (1 << position)) !== 0).toBe(entry.keys.length === 1 || alone);
        if (alone && entry.keys.length > 1) soloAccepted++;
      }
      expect(acceptableWords(packed, id, (1 << entry.keys.length) - 1)).toBe(true);
    });
    expect(soloAccepted).toBeGreaterThan(0);
  });

  it('returns nothing for an empty or unrelated text', () => {
    expect(extractor.extract('')).toMatchObject({ occupations: [], skills: [] });
    expect(extractor.extract('Het weer is vandaag mooi.')).toMatchObject({ occupations: [], skills: [] });
  });
});
