/**
 * Dutch vacancy and CV language over the shipped ESCO bundle: short phrases that only Kring's Dutch alternative labels
 * cover (scripts/esco/kring-nl-alt-labels.tsv), separable verbs ("neemt bestellingen op"), and Dutch labels Kring wrote
 * for frequent skills that had none. The phrases are hand-written for these tests (healthcare, logistics, hospitality,
 * technical trades, finance, education), not taken from the evaluation set.
 */
import { loadEscoBundle, type EscoBundle } from '@kring/server-esco';
import { createExtractor, type Extractor } from './extraction';
import type { ExtractedConcept, ExtractionResult } from './extraction.types';

let bundle: EscoBundle;
let extractor: Extractor;

beforeAll(async () => {
  bundle = await loadEscoBundle();
  extractor = createExtractor(bundle);
}, 120_000);

function skillUri(english: string): string {
  const found = bundle.skills.find((skill) => skill.labels.en.preferred === english);
  if (!found) throw new Error(`no skill "${english}" in the bundle`);
  return found.uri;
}

const find = (list: ExtractedConcept[], english: string) => list.find((concept) => concept.uri === skillUri(english));
const top = (result: ExtractionResult, n: number) => result.skills.slice(0, n).map((skill) => skill.uri);

function expectEvidenceOffsets(result: ExtractionResult, fields: { title?: string; text: string }): void {
  for (const concept of [...result.occupations, ...result.skills]) {
    for (const evidence of concept.evidence) {
      const source = evidence.field === 'title' ? (fields.title ?? '') : fields.text;
      expect(source.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  }
}

describe('Dutch phrases of vacancies and CVs', () => {
  it.each([
    ['wondzorg', 'carry out wound care'],
    ['medicatie toedienen', 'administer prescribed medication'],
    ['heftruck rijden', 'operate forklift'],
    ['orderpicking', 'warehouse operations'],
    ['preventief onderhoud', 'perform machine maintenance'],
    ['btw-aangifte', 'prepare tax returns forms'],
    ['crediteurenadministratie', 'maintain financial records'],
    ['lesgeven', 'teach in academic or vocational contexts'],
    ['salarisadministratie', 'manage payroll'],
    ['acquisitie', 'prospect new customers'],
    ['metselen', 'lay bricks'],
    ['code reviews', 'conduct ICT code review'],
  ])('finds a skill for the short phrase "%s" (%s) as its best suggestion', (phrase, english) => {
    const result = extractor.extract(phrase);
    expect(result.skills[0]?.uri).toBe(skillUri(english));
    expect(result.skills[0]?.evidence[0]).toMatchObject({ text: phrase, start: 0, end: phrase.length, field: 'text', via: 'label' });
  });

  it('finds the same concept for a Dutch phrase and its English counterpart', () => {
    const dutch = extractor.extract('Ervaring met wondzorg en medicatie toedienen.');
    const english = extractor.extract('Experience with wound care and administering medication.');
    for (const skill of ['carry out wound care', 'administer prescribed medication']) {
      expect(top(dutch, 3)).toContain(skillUri(skill));
      expect(top(english, 5)).toContain(skillUri(skill));
    }
  });

  it('reads inflected forms of the Kring labels ("verzorgt wonden", "verzamelt orders")', () => {
    const text = 'Je verzorgt wonden en verzamelt orders in het magazijn.';
    const result = extractor.extract(text);
    expect(find(result.skills, 'carry out wound care')?.evidence[0].text).toBe('verzorgt wonden');
    expect(find(result.skills, 'warehouse operations')?.evidence[0].text).toBe('verzamelt orders');
    expectEvidenceOffsets(result, { text });
  });
});

describe('Dutch separable verbs', () => {
  it('joins a verb and its particle at the end of the clause ("neemt bestellingen op", "rekent af met")', () => {
    const title = 'Bediening';
    const text = 'Je neemt bestellingen op, serveert drankjes en rekent af met gasten.';
    const result = extractor.extract(text, { title });
    const orders = find(result.skills, 'take food and beverage orders from customers');
    expect(orders?.evidence[0].text).toBe('neemt bestellingen op');
    expect(orders?.score).toBeGreaterThanOrEqual(0.8);
    expect(find(result.skills, 'process payments')?.evidence[0].text).toBe('rekent af');
    expect(find(result.skills, 'serve beverages')).toBeDefined();
    expectEvidenceOffsets(result, { title, text });
  });

  it('joins "voert … uit" into uitvoeren and "lost … op" into oplossen', () => {
    const text = 'Je voert preventief onderhoud uit. Daarnaast lost je storingen op en voer je controles uit.';
    const result = extractor.extract(text);
    expect(find(result.skills, 'perform machine maintenance')?.evidence.map((e) => e.text)).toContain('voert preventief onderhoud uit');
    const troubleshoot = find(result.skills, 'resolve equipment malfunctions');
    expect(troubleshoot?.evidence.map((e) => e.text)).toEqual(expect.arrayContaining([expect.stringMatching(/storingen/)]));
    expectEvidenceOffsets(result, { text });
  });

  it('leaves a preposition before a noun phrase alone ("rijdt op de heftruck", "werkt in een team")', () => {
    const text = 'Je rijdt op de heftruck en werkt in een team.';
    const result = extractor.extract(text);
    const evidence = [...result.skills, ...result.occupations].flatMap((concept) => concept.evidence.map((e) => e.text));
    expect(evidence.some((value) => /rijdt op|werkt in/.test(value))).toBe(false);
    expect(find(result.skills, 'operate forklift')).toBeDefined();
  });
});

describe('one-letter words', () => {
  it('do not trigger a longer label on their own ("rijbewijs C" is no Objective-C), but still name R', () => {
    const result = extractor.extract('In het bezit van rijbewijs C/CE en code 95.', { title: 'Vrachtwagenchauffeur' });
    expect(result.skills.some((skill) => skill.evidence.some((e) => e.text === 'C'))).toBe(false);
    expect(find(result.skills, 'Objective-C')).toBeUndefined();
    const objectiveC = extractor.extract('Je programmeert apps in Objective-C en Swift.');
    expect(find(objectiveC.skills, 'Objective-C')?.evidence[0].text).toBe('Objective-C');
    expect(find(extractor.extract('Statistische analyses in R en Python.').skills, 'R')).toBeDefined();
  });
});

describe('Dutch labels Kring wrote for frequent skills', () => {
  it('finds skills that had no Dutch label before ("vragen van patiënten beantwoorden", "werknemers motiveren")', () => {
    const text = 'Je beantwoordt vragen van patiënten en weet werknemers te motiveren.';
    const result = extractor.extract(text);
    expect(top(result, 5)).toEqual(expect.arrayContaining([skillUri("answer patients' questions"), skillUri('motivate employees')]));
    expect(find(result.skills, 'motivate employees')?.label).toBe('werknemers motiveren');
  });
});
