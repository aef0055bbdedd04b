import { allLabels, preferredLabel, type EscoIndex } from '@kring/server-esco';

export interface SkillHit {
  uri: string;
  label: string;
  matchedLabel: string;
}

interface LabelRow {
  uri: string;
  label: string;
  norm: string;
  preferred: boolean;
}

const rowsByIndex = new WeakMap<EscoIndex, LabelRow[]>();

/** Lower case without diacritics, so "Gebaren" finds "gebarentaal" and "cafe" finds "café". */
export function normaliseLabel(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function rows(index: EscoIndex): LabelRow[] {
  let list = rowsByIndex.get(index);
  if (!list) {
    list = [];
    for (const skill of index.skills.values()) {
      for (const lang of ['nl', 'en'] as const) {
        allLabels(skill.labels, lang).forEach((label, i) => list!.push({ uri: skill.uri, label, norm: normaliseLabel(label), preferred: i === 0 }));
      }
      for (const tool of skill.tools) list.push({ uri: skill.uri, label: tool, norm: normaliseLabel(tool), preferred: false });
    }
    rowsByIndex.set(index, list);
  }
  return list;
}

/**
 * ESCO skills whose Dutch or English label (or tool name) contains the query, best first: a label equal to the query,
 * then labels starting with it, then a word starting with it, then anywhere; preferred labels and shorter labels first.
 * One hit per skill. A linear scan over ≈100k labels (a few ms).
 */
export function searchSkills(index: EscoIndex, query: string, lang: 'nl' | 'en', limit: number): SkillHit[] {
  const q = normaliseLabel(query);
  if (q.length < 2) return [];
  const best = new Map<string, { row: LabelRow; rank: number }>();
  for (const row of rows(index)) {
    const at = row.norm.indexOf(q);
    if (at < 0) continue;
    const kind = row.norm === q ? 0 : at === 0 ? 1 : row.norm[at - 1] === ' ' || row.norm[at - 1] === '-' ? 2 : 3;
    const rank = kind * 10_000 + (row.preferred ? 0 : 5_000) + Math.min(row.norm.length, 4_999);
    const current = best.get(row.uri);
    if (!current || rank < current.rank) best.set(row.uri, { row, rank });
  }
  return [...best.values()]
    .sort((a, b) => a.rank - b.rank || a.row.label.localeCompare(b.row.label))
    .slice(0, limit)
    .map(({ row }) => ({ uri: row.uri, label: preferredLabel(index.skills.get(row.uri)!.labels, lang) || row.label, matchedLabel: row.label }));
}
