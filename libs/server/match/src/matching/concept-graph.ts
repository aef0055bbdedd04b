import type { EscoIndex } from '@kring/server-esco';

/**
 * The ESCO neighbourhood ranking uses for "related" credit, built once per bundle:
 * - a skill is related to a vacancy skill when it is its direct broader or narrower skill, or when both share a broader
 *   skill or skill group (siblings). ISCED-F knowledge fields (`/isced-f/`) are a parallel classification that lumps
 *   hundreds of unrelated knowledge items together, so they do not make siblings;
 * - an occupation is related to a vacancy occupation when both are in the same ISCO-08 unit group.
 */
export interface ConceptGraph {
  relatedSkills(uri: string): ReadonlySet<string>;
  relatedOccupations(uri: string): ReadonlySet<string>;
}

const isHierarchyParent = (uri: string) => !uri.includes('/isced-f/');

const graphs = new WeakMap<EscoIndex, ConceptGraph>();

export function conceptGraph(index: EscoIndex): ConceptGraph {
  const cached = graphs.get(index);
  if (cached) return cached;
  const children = new Map<string, string[]>();
  for (const skill of index.skills.values()) {
    for (const parent of skill.broader) {
      if (!isHierarchyParent(parent)) continue;
      let list = children.get(parent);
      if (!list) children.set(parent, (list = []));
      list.push(skill.uri);
    }
  }
  const occupationsByIsco = new Map<string, string[]>();
  for (const occupation of index.occupations.values()) {
    let list = occupationsByIsco.get(occupation.iscoGroup);
    if (!list) occupationsByIsco.set(occupation.iscoGroup, (list = []));
    list.push(occupation.uri);
  }
  const graph: ConceptGraph = {
    relatedSkills(uri) {
      const related = new Set<string>();
      for (const child of children.get(uri) ?? []) related.add(child);
      for (const parent of index.skills.get(uri)?.broader ?? []) {
        if (!isHierarchyParent(parent)) continue;
        if (index.skills.has(parent)) related.add(parent);
        for (const sibling of children.get(parent) ?? []) related.add(sibling);
      }
      related.delete(uri);
      return related;
    },
    relatedOccupations(uri) {
      const occupation = index.occupations.get(uri);
      const related = new Set(occupation ? (occupationsByIsco.get(occupation.iscoGroup) ?? []) : []);
      related.delete(uri);
      return related;
    },
  };
  graphs.set(index, graph);
  return graph;
}
