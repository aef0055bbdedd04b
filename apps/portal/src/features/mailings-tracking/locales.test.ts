import { describe, expect, it } from 'vitest';
import en from '../../locales/en.mailings-tracking.json';
import nl from '../../locales/nl.mailings-tracking.json';

function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe('mail tracking translations', () => {
  it('have the same keys in Dutch and English, under the one top-level key mailingsTracking', () => {
    expect(Object.keys(nl)).toEqual(['mailingsTracking']);
    expect(Object.keys(en)).toEqual(['mailingsTracking']);
    expect(leaves(en).sort()).toEqual(leaves(nl).sort());
  });
});
