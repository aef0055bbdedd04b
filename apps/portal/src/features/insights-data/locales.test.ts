import { describe, expect, it } from 'vitest';
import en from '../../locales/en.insights-data.json';
import nl from '../../locales/nl.insights-data.json';

function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe('recruitment data translations', () => {
  it('have the same keys in Dutch and English, under the one top-level key insightsData', () => {
    expect(Object.keys(nl)).toEqual(['insightsData']);
    expect(Object.keys(en)).toEqual(['insightsData']);
    expect(leaves(en).sort()).toEqual(leaves(nl).sort());
  });

  it('have no empty texts', () => {
    const values = (tree: unknown): string[] => (typeof tree === 'string' ? [tree] : Object.values(tree as Record<string, unknown>).flatMap(values));
    expect([...values(nl), ...values(en)].filter((text) => text.trim() === '')).toEqual([]);
  });
});
