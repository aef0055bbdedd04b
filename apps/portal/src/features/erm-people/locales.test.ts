import { describe, expect, it } from 'vitest';
import enPeople from '../../locales/en.erm-people.json';
import enPools from '../../locales/en.erm-pools.json';
import nlPeople from '../../locales/nl.erm-people.json';
import nlPools from '../../locales/nl.erm-pools.json';

/** Every leaf of a translation file as "dotted.key" → text. */
function leaves(tree: unknown, prefix = ''): Array<[string, string]> {
  if (typeof tree === 'string') return [[prefix, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe.each([
  ['nl.erm-people', nlPeople],
  ['en.erm-people', enPeople],
  ['nl.erm-pools', nlPools],
  ['en.erm-pools', enPools],
])('%s', (_name, file) => {
  const all = leaves(file);
  const keys = new Set(all.map(([key]) => key));

  it('gives every text with {{count}} a singular and a plural form', () => {
    const withoutPlural = all.filter(([key, text]) => text.includes('{{count}}') && !/_(zero|one|other)$/.test(key)).map(([key]) => key);
    expect(withoutPlural).toEqual([]);
    const missingPartner = all
      .filter(([key]) => /_(one|other)$/.test(key))
      .filter(([key]) => !keys.has(key.replace(/_(one|other)$/, '_one')) || !keys.has(key.replace(/_(one|other)$/, '_other')))
      .map(([key]) => key);
    expect(missingPartner).toEqual([]);
  });
});
