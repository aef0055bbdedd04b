import { splitCompound, type CompoundVocabulary } from './compound-splitter';
import { detectLanguage } from './language-detector';
import { stemDutch, stemEnglish } from './stemmer';
import { normalize, tokenize } from './text';

describe('tokenize', () => {
  it('keeps offsets, hyphen joins, apostrophes and C#/C++ names', () => {
    const text = 'Senior Java-ontwikkelaar (C#, C++), auto’s en Één';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['senior', 'java', 'ontwikkelaar', 'c#', 'c++', 'autos', 'en', 'een']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(tokens.map((t) => t.raw));
    expect(tokens.map((t) => t.hyphenated)).toEqual([false, false, true, false, false, false, false, false]);
    expect(normalize('Crème Brûlée')).toBe('creme brulee');
  });
});

describe('stemmers', () => {
  it.each([
    ['ontwikkelaars', 'ontwikkelaar'],
    ['verwerking', 'verwerken'],
    ['klantgerichte', 'klantgericht'],
    ['klantgerichtheid', 'klantgericht'],
    ['mogelijkheden', 'mogelijkheid'],
    ['garens', 'garen'],
    ['maken', 'maak'],
    ['spinnen', 'spin'],
    ['functies', 'functie'],
  ])('Dutch: %s and %s share a stem', (a, b) => {
    expect(stemDutch(a)).toBe(stemDutch(b));
  });

  it.each([
    ['developers', 'developer'],
    ['processing', 'process'],
    ['processes', 'process'],
    ['managed', 'manage'],
    ['planning', 'plan'],
    ['technologies', 'technology'],
  ])('English: %s and %s share a stem', (a, b) => {
    expect(stemEnglish(a)).toBe(stemEnglish(b));
  });

  it('keeps different words apart and leaves short words alone', () => {
    expect(stemDutch('verwerking')).not.toBe(stemDutch('verwerker'));
    expect(stemEnglish('developer')).not.toBe(stemEnglish('development'));
    expect(stemEnglish('analysis')).toBe('analysis');
    expect(stemDutch('sap')).toBe('sap');
  });
});

describe('splitCompound', () => {
  const words = new Set(['garen', 'verwerken', 'software', 'ontwikkelaar', 'klant', 'service', 'veiligheid', 'beleid', 'data']);
  const vocabulary: CompoundVocabulary = {
    hasWord: (norm) => words.has(norm),
    hasLastPartStem: (norm) => [...words].some((word) => stemDutch(word) === stemDutch(norm)),
  };
  const parts = (word: string) => splitCompound(word, vocabulary)?.map((part) => word.slice(part.start, part.end));

  it('splits into label words, with linking -s-/-e- and an inflected last part', () => {
    expect(parts('garenverwerking')).toEqual(['garen', 'verwerking']);
    expect(parts('softwareontwikkelaars')).toEqual(['software', 'ontwikkelaars']);
    expect(parts('veiligheidsbeleid')).toEqual(['veiligheid', 'beleid']);
    expect(parts('klanteservice')).toEqual(['klant', 'service']);
  });

  it('refuses words that are not made of known words, short words and the word itself', () => {
    expect(parts('garenspinnerij')).toBeUndefined();
    expect(parts('garen')).toBeUndefined();
    expect(parts('software')).toBeUndefined();
  });
});

describe('detectLanguage', () => {
  const words = (text: string) => tokenize(text).map((t) => t.norm);

  it('tells Dutch from English by function words, and reports mixed texts', () => {
    expect(detectLanguage(words('Wij zoeken een collega die van aanpakken houdt en het team versterkt.')).language).toBe('nl');
    expect(detectLanguage(words('We are looking for a colleague who likes to get things done in the team.')).language).toBe('en');
    const mixed = detectLanguage(words('Je werkt in het team van de afdeling. You will report to the head of finance and the board.'));
    expect(mixed.shares.nl).toBeGreaterThan(0.25);
    expect(mixed.shares.en).toBeGreaterThan(0.25);
  });

  it('uses words that only one language labels with when there are no function words', () => {
    const vocabulary = { nl: new Set(['verpleegkundige']), en: new Set(['nurse']) };
    expect(detectLanguage(['verpleegkundige'], vocabulary).language).toBe('nl');
    expect(detectLanguage(['nurse'], vocabulary).language).toBe('en');
    expect(detectLanguage(['xyz'], vocabulary).shares).toEqual({ nl: 0.5, en: 0.5 });
  });
});
