import type { components } from '@kring/api-client';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.my-skills.json';
import nl from '../../locales/nl.my-skills.json';

function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

const SOURCES: Array<components['schemas']['MyConceptOutput']['source']> = ['confirmed_by_person', 'hr', 'extracted_profile', 'extracted_cv'];
const ORIGINS = ['cv', 'functionTitle', 'department', 'skills', 'interests'];
const CONSENT: Array<components['schemas']['MatchingConsentOutput']['status']> = ['none', 'pending', 'granted', 'withdrawn', 'expired'];
const CV_CODES = ['file_type_not_allowed', 'file_too_large', 'cv_unreadable', 'cv_encrypted', 'cv_unpacked_too_large', 'cv_no_text', 'rate_limited'];

describe('"Mijn vaardigheden" translations', () => {
  it('have the same keys in Dutch and English, under the one top-level key mySkills', () => {
    expect(Object.keys(nl)).toEqual(['mySkills']);
    expect(Object.keys(en)).toEqual(['mySkills']);
    expect(leaves(en).sort()).toEqual(leaves(nl).sort());
  });

  it('name every source, evidence origin, consent status and CV refusal the API can return', () => {
    for (const tree of [nl, en]) {
      expect(Object.keys(tree.mySkills.source).sort()).toEqual([...SOURCES].sort());
      expect(Object.keys(tree.mySkills.origin).sort()).toEqual([...ORIGINS].sort());
      for (const status of CONSENT) expect(Object.keys(tree.mySkills.consent)).toContain(status);
      expect(Object.keys(tree.mySkills.problems).sort()).toEqual([...CV_CODES].sort());
    }
  });
});
