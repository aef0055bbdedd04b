import type { components } from '@kring/api-client';

type Schemas = components['schemas'];
export type TalentPool = Schemas['TalentPoolOutput'];
export type TalentPoolList = Schemas['TalentPoolListOutput'];
export type PoolMember = Schemas['PoolMemberOutput'];
export type PoolMemberList = Schemas['PoolMemberListOutput'];
export type TalentPoolForm = Schemas['TalentPoolFormOutput'];
export type TalentPoolSignupInput = Schemas['TalentPoolSignupInput'];
export type TalentPoolConfirm = Schemas['TalentPoolConfirmOutput'];
export type TalentPoolRenew = Schemas['TalentPoolRenewOutput'];
export type CreateTalentPoolInput = Schemas['CreateTalentPoolInput'];
export type UpdateTalentPoolInput = Schemas['UpdateTalentPoolInput'];
export type PersonCandidate = Schemas['PersonOutput'];
export type TalentPoolLeave = Schemas['TalentPoolLeaveOutput'];
