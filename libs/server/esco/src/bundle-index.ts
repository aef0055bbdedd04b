import type { EscoBundle, EscoIscoGroup, EscoLabels, EscoOccupation, EscoSkill, EscoSkillGroup } from './bundle.types';

/** Lookups by URI (and ISCO code) over one bundle. */
export interface EscoIndex {
  bundle: EscoBundle;
  occupations: ReadonlyMap<string, EscoOccupation>;
  skills: ReadonlyMap<string, EscoSkill>;
  skillGroups: ReadonlyMap<string, EscoSkillGroup>;
  iscoGroups: ReadonlyMap<string, EscoIscoGroup>;
  iscoGroupsByCode: ReadonlyMap<string, EscoIscoGroup>;
}

const indexes = new WeakMap<EscoBundle, EscoIndex>();

/** Maps by URI for the bundle, built once per bundle object. */
export function indexEscoBundle(bundle: EscoBundle): EscoIndex {
  let index = indexes.get(bundle);
  if (!index) {
    index = {
      bundle,
      occupations: new Map(bundle.occupations.map((item) => [item.uri, item])),
      skills: new Map(bundle.skills.map((item) => [item.uri, item])),
      skillGroups: new Map(bundle.skillGroups.map((item) => [item.uri, item])),
      iscoGroups: new Map(bundle.iscoGroups.map((item) => [item.uri, item])),
      iscoGroupsByCode: new Map(bundle.iscoGroups.map((item) => [item.code, item])),
    };
    indexes.set(bundle, index);
  }
  return index;
}

/** The preferred label in `lang`, falling back to the other language (Dutch first, then English). */
export function preferredLabel(labels: EscoLabels, lang: 'nl' | 'en'): string {
  const other = lang === 'nl' ? 'en' : 'nl';
  return labels[lang].preferred ?? labels[other].preferred ?? '';
}

/** Every label of a concept in `lang` (preferred first, then alternatives). */
export function allLabels(labels: EscoLabels, lang: 'nl' | 'en'): string[] {
  const { preferred, alt } = labels[lang];
  return preferred === null ? [...alt] : [preferred, ...alt];
}
