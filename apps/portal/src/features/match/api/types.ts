import type { components, operations, SuccessBody } from '@kring/api-client';

type Schemas = components['schemas'];

export type VacancyMatchProfile = Schemas['VacancyMatchProfileOutput'];
export type VacancyConcept = Schemas['VacancyConceptOutput'];
export type PutVacancyMatchProfileInput = Schemas['PutVacancyMatchProfileInput'];
export type MatchList = Schemas['MatchListOutput'];
export type Match = Schemas['MatchOutput'];
export type ScorePart = Schemas['ScorePartOutput'];
export type PersonSkills = Schemas['PersonSkillsOutput'];
export type PutPersonSkillsInput = Schemas['PutPersonSkillsInput'];
export type InviteToApplyInput = Schemas['InviteToApplyInput'];
export type MatchInvitation = Schemas['MatchInvitationOutput'];
export type ReferMatchInput = Schemas['ReferMatchInput'];
export type MatchReferral = Schemas['MatchReferralOutput'];
export type ListMatchesQuery = NonNullable<operations['listVacancyMatches']['parameters']['query']>;
export type LabelLanguage = 'nl' | 'en';
/** A person's skills and occupations with status, source and evidence, and their matching consent (HR's view). */
export type PersonSkillProfile = SuccessBody<operations['getPersonSkillProfile']>;
export type ProfileConcept = PersonSkillProfile['skills'][number];
export type ProfileEvidence = ProfileConcept['evidence'][number];
export type PersonMatchingConsent = PersonSkillProfile['matchingConsent'];
export type PersonSkillExtraction = SuccessBody<operations['readPersonProfileSkills']>;
export type SkillSearchResult = SuccessBody<operations['searchSkills']>[number];

/** A word in the vacancy text that triggered a suggestion (the API types evidence loosely). */
export interface Evidence {
  text: string;
  field?: 'title' | 'text';
}

export function evidenceWords(evidence: unknown[]): string[] {
  const words = evidence
    .map((item) => (typeof item === 'object' && item !== null ? (item as Partial<Evidence>).text : undefined))
    .filter((text): text is string => typeof text === 'string' && text.length > 0);
  return [...new Set(words)];
}
