import type { operations, RequestBody, SuccessBody } from '@kring/api-client';

/** Preboarding shapes from the generated client (named here until they are exported by @kring/api-client). */
export type PreboardingStarterSummary = SuccessBody<operations['listPreboardingStarters']>[number];
export type PreboardingStarterDetail = SuccessBody<operations['getPreboardingStarter']>;
export type PreboardingTask = PreboardingStarterDetail['tasks'][number];
export type PreboardingPerson = SuccessBody<operations['findPreboardingPeople']>[number];
export type PreboardingTemplate = SuccessBody<operations['getPreboardingTemplate']>;
export type PreboardingTemplateInput = RequestBody<operations['createPreboardingTemplate']>;
export type PreboardingAssignee = PreboardingTask['assignee'];
export type StarterChecklist = SuccessBody<operations['getStarterChecklist']>;
export type StartPreboardingInput = RequestBody<operations['startPreboarding']>;
