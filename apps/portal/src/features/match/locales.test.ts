import { describe, expect, it } from 'vitest';
import en from '../../locales/en.match.json';
import nl from '../../locales/nl.match.json';

function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe('Search & Match translations', () => {
  it('have the same keys in Dutch and English, under the one top-level key match', () => {
    expect(Object.keys(nl)).toEqual(['match']);
    expect(Object.keys(en)).toEqual(['match']);
    expect(leaves(en).sort()).toEqual(leaves(nl).sort());
  });

  it('name every score part, phase and audience the API can return', () => {
    for (const tree of [nl, en]) {
      expect(Object.keys(tree.match.scoreParts).sort()).toEqual(
        ['availability', 'essentialSkills', 'language', 'location', 'occupation', 'optionalSkills'].sort(),
      );
      expect(Object.keys(tree.match.phases).sort()).toEqual(['employment', 'entry', 'exit', 'information', 'orientation', 'relation']);
      expect(Object.keys(tree.match.audiences).sort()).toEqual(['alumnus', 'candidate', 'contact', 'employee', 'talent_pool']);
    }
  });
});
