import { describe, expect, it } from 'vitest';
import en from '../../locales/en.insights-dashboard.json';
import nl from '../../locales/nl.insights-dashboard.json';
import { KPI_CATALOGUE, MISSING_LINKS } from './lib/kpi-catalogue';
import { PERIOD_PRESETS } from './lib/period';

function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

function at(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe('dashboard translations', () => {
  it('have the same keys in Dutch and English, under the one top-level key insightsDashboard', () => {
    expect(Object.keys(nl)).toEqual(['insightsDashboard']);
    expect(Object.keys(en)).toEqual(['insightsDashboard']);
    expect(leaves(en).sort()).toEqual(leaves(nl).sort());
  });

  it('name every KPI, its tables and every period preset', () => {
    for (const locale of [nl, en]) {
      for (const spec of KPI_CATALOGUE) {
        expect(at(locale, `insightsDashboard.kpis.${spec.id}.title`), spec.name).toEqual(expect.any(String));
        expect(at(locale, `insightsDashboard.kpis.${spec.id}.description`), spec.name).toEqual(expect.any(String));
        for (const table of Object.keys(spec.tables)) {
          expect(at(locale, `insightsDashboard.kpis.${spec.id}.tables.${table}`), `${spec.name} ${table}`).toEqual(expect.any(String));
        }
      }
      for (const preset of PERIOD_PRESETS) expect(at(locale, `insightsDashboard.presets.${preset}`)).toEqual(expect.any(String));
    }
  });

  it('explain every missing-data code, with a link text exactly where there is a page to link to', () => {
    for (const locale of [nl, en]) {
      for (const [code, to] of Object.entries(MISSING_LINKS)) {
        expect(at(locale, `insightsDashboard.missing.codes.${code}.text`), code).toEqual(expect.any(String));
        expect(at(locale, `insightsDashboard.missing.codes.${code}.link`) !== undefined, code).toBe(to !== null);
      }
    }
  });
});
