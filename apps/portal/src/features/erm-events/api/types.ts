import type { components, RequestBody, operations } from '@kring/api-client';

type Schemas = components['schemas'];

export type EventDetails = Schemas['EventOutput'];
export type EventList = Schemas['EventListOutput'];
export type EventInvitation = Schemas['InvitationOutput'];
export type InviteResult = Schemas['InviteResultOutput'];
export type AttendanceResult = Schemas['AttendanceResultOutput'];
export type Rsvp = Schemas['RsvpOutput'];
export type RsvpAnswer = Schemas['RsvpAnswerInput']['answer'];
export type InvitationStatus = EventInvitation['status'];
export type Attendance = NonNullable<EventInvitation['attendance']>;
export type CreateEventBody = RequestBody<operations['createEvent']>;
export type UpdateEventBody = RequestBody<operations['updateEvent']>;
export type SegmentOption = Schemas['SegmentOutput'];
