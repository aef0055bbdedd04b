import type { components } from '@kring/api-client';

/** Friendly names for the people API's shapes (generated from the API's OpenAPI document). */
type Schemas = components['schemas'];
export type Person = Schemas['PersonOutput'];
export type PersonList = Schemas['PersonListOutput'];
export type PersonDetail = Schemas['PersonDetailOutput'];
export type PhaseTransition = Schemas['PhaseTransitionOutput'];
export type PersonConsent = Schemas['ConsentOutput'];
export type CreatePersonInput = Schemas['CreatePersonInput'];
export type UpdatePersonInput = Schemas['UpdatePersonInput'];
export type MovePeopleInput = Schemas['MovePeopleInput'];
export type MovePeopleResult = Schemas['MovePeopleOutput'];
export type LogTouchpointInput = Schemas['LogTouchpointInput'];
export type TouchpointsLogged = Schemas['TouchpointsLoggedOutput'];
export type Timeline = Schemas['TimelineOutput'];
export type TimelineItem = Schemas['TimelineItemOutput'];
export type SegmentFilter = Schemas['SegmentFilterInput'];
export type Segment = Schemas['SegmentOutput'];
export type SegmentPeople = Schemas['SegmentPeopleOutput'];
export type CreateSegmentInput = Schemas['CreateSegmentInput'];
export type UpdateSegmentInput = Schemas['UpdateSegmentInput'];
export type TalentPoolOption = Schemas['TalentPoolOutput'];
