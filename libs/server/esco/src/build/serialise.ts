/**
 * Deterministic bundle bytes: every array sorted by a stable key (code-unit order, never locale order), object keys in
 * a fixed order, compact JSON, gzip at level 9 without a file name or timestamp. The same bundle gives the same bytes.
 */
import { gzipSync } from 'node:zlib';
import type { EscoBundle, EscoLabels, EscoOccupation, EscoSkill, EscoSkillGroup, EscoIscoGroup } from '../bundle.types';

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}

function labels(value: EscoLabels): EscoLabels {
  const alt = (preferred: string | null, list: string[]) => sortedUnique(list.filter((label) => label !== preferred));
  return {
    nl: {
      preferred: value.nl.preferred,
      alt: alt(value.nl.preferred, value.nl.alt),
      source: value.nl.source,
      ...(value.nl.kring?.length ? { kring: sortedUnique(value.nl.kring) } : {}),
    },
    en: { preferred: value.en.preferred, alt: alt(value.en.preferred, value.en.alt) },
  };
}

function occupation(value: EscoOccupation): EscoOccupation {
  return {
    uri: value.uri,
    code: value.code,
    iscoGroup: value.iscoGroup,
    labels: labels(value.labels),
    essentialSkills: sortedUnique(value.essentialSkills),
    optionalSkills: sortedUnique(value.optionalSkills),
  };
}

function skill(value: EscoSkill): EscoSkill {
  return {
    uri: value.uri,
    type: value.type,
    reuse: value.reuse,
    labels: labels(value.labels),
    broader: sortedUnique(value.broader),
    tools: sortedUnique(value.tools),
  };
}

function skillGroup(value: EscoSkillGroup): EscoSkillGroup {
  return { uri: value.uri, code: value.code, labels: labels(value.labels), broader: sortedUnique(value.broader) };
}

function iscoGroup(value: EscoIscoGroup): EscoIscoGroup {
  return { code: value.code, uri: value.uri, labels: labels(value.labels) };
}

/** The bundle in canonical form (sorted, deduplicated, fixed key order). */
export function canonicalBundle(bundle: EscoBundle): EscoBundle {
  const byUri = <T extends { uri: string }>(a: T, b: T) => compareText(a.uri, b.uri);
  return {
    source: bundle.source,
    occupations: bundle.occupations.map(occupation).sort(byUri),
    skills: bundle.skills.map(skill).sort(byUri),
    skillGroups: bundle.skillGroups.map(skillGroup).sort(byUri),
    iscoGroups: bundle.iscoGroups.map(iscoGroup).sort((a, b) => compareText(a.code, b.code) || compareText(a.uri, b.uri)),
  };
}

/** The gzip bytes of the canonical bundle. */
export function serialiseBundle(bundle: EscoBundle): Buffer {
  const json = JSON.stringify(canonicalBundle(bundle));
  // gzipSync writes no file name and a zero timestamp, so the output depends on the input alone.
  return gzipSync(Buffer.from(json, 'utf8'), { level: 9 });
}
