/**
 * npm run match -- occupations|skills --lang nl|en
 *
 * Reads one text per line on standard input and prints one JSON line per input line:
 * {"input": …, "results": [{"uri": …, "label": …, "score": …, "evidence": […]}]}, best first, at most 20, labels in
 * the --lang language. Everything runs in process: no text leaves the machine.
 */
import { createInterface } from 'node:readline';
import { getExtractor, type ExtractionLanguage } from '@kring/server-match';

const USAGE = 'usage: npm run match -- occupations|skills --lang nl|en   (one text per line on standard input)';
const TOP = 20;

interface Arguments {
  kind: 'occupations' | 'skills';
  lang: ExtractionLanguage;
}

function parseArguments(args: string[]): Arguments | null {
  const [kind, ...rest] = args;
  if (kind !== 'occupations' && kind !== 'skills') return null;
  let lang: ExtractionLanguage | null = null;
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i].split('=', 2);
    if (flag !== '--lang') return null;
    const value = inline ?? rest[++i];
    if (value !== 'nl' && value !== 'en') return null;
    lang = value;
  }
  return lang ? { kind, lang } : null;
}

async function main(): Promise<void> {
  const parsed = parseArguments(process.argv.slice(2));
  if (!parsed) {
    console.error(USAGE);
    process.exit(2);
  }
  const extractor = await getExtractor();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const input of lines) {
    const found = input.trim() ? extractor.extract(input, { lang: parsed.lang, limit: TOP })[parsed.kind] : [];
    const results = found.map(({ uri, label, score, evidence }) => ({ uri, label, score, evidence }));
    process.stdout.write(`${JSON.stringify({ input, results })}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
