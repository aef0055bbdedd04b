import { describe, expect, it } from 'vitest';
import en from '../../locales/en.mailings-newsletters.json';
import nl from '../../locales/nl.mailings-newsletters.json';

function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe('newsletter translations', () => {
  it('have the same keys in Dutch and English, under the one top-level key mailingsNewsletters', () => {
    expect(Object.keys(nl)).toEqual(['mailingsNewsletters']);
    expect(Object.keys(en)).toEqual(['mailingsNewsletters']);
    expect(leaves(en).sort()).toEqual(leaves(nl).sort());
  });
});
