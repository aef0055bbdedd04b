import type { operations, RequestBody, SuccessBody } from '@kring/api-client';

export type LabelLanguage = 'nl' | 'en';
export type SkillProfile = SuccessBody<operations['getMySkillProfile']>;
export type MyConcept = SkillProfile['skills'][number];
export type StoredEvidence = MyConcept['evidence'][number];
export type MatchingConsent = SkillProfile['matchingConsent'];
export type SkillExtraction = SuccessBody<operations['readMyCvSkills']>;
export type MyConceptsInput = RequestBody<operations['confirmMySkills']>;
