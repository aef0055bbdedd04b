import type { components } from '@kring/api-client';

type Schemas = components['schemas'];
export type ReferralSummary = Schemas['ReferralSummaryOutput'];
export type ReferralList = Schemas['ReferralListOutput'];
export type ReferralDetail = Schemas['ReferralDetailOutput'];
export type ReferralEvent = Schemas['ReferralEventOutput'];
export type RefusedReferral = Schemas['RefusedReferralOutput'];
export type Stage = Schemas['Stage'];
export type OpenStage = Schemas['OpenStage'];
export type ConsentState = Schemas['ConsentState'];
export type MoveReferralInput = Schemas['MoveReferralInput'];
export type BulkRejectInput = Schemas['BulkRejectInput'];
export type BulkRejectOutput = Schemas['BulkRejectOutput'];
export type StageNames = Schemas['StageNamesOutput'];
export type StageNamesInput = Schemas['StageNamesInput'];
