import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, TouchpointsRepository, Tx } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { notFound, type FieldError } from '@kring/shared-domain';
import { SegmentsService } from '../people';
import type { EventEntity } from './entities';
import { EventMailer } from './event-mailer';
import { canonicalTimeZone, EMPLOYEE_PHASES, timeOrPlaceChanged, utcToZoned as localOf, zonedToUtc, type InvitationLegalBasis } from './event-rules';
import { EventSeats } from './event-seats';
import { attendanceTooEarly, capacityBelowConfirmed, eventCancelled, eventStarted, invalidEventFields } from './events.errors';
import { EventChanges, EventsRepository } from './events.repository';
import { CreateEventInput, UpdateEventInput } from './inputs/event.input';
import { ListEventsInput } from './inputs/event-id.input';
import { InviteInput, RecordAttendanceInput } from './inputs/invite.input';
import { EventListOutput, EventOutput } from './outputs/event.output';
import { AttendanceResultOutput, InvitationOutput, InviteResultOutput } from './outputs/invitation.output';

type Schedule = Pick<EventEntity, 'startsAt' | 'endsAt' | 'timeZone' | 'rsvpDeadline'>;

/** HR's events: plan, change, cancel, invite (a segment or people), follow the answers, record attendance. */
@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsRepository,
    private readonly seats: EventSeats,
    private readonly mailer: EventMailer,
    private readonly segments: SegmentsService,
    private readonly touchpoints: TouchpointsRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext, input: ListEventsInput): Promise<EventListOutput> {
    const { items, total } = await this.events.list(auth.organisationId, {
      when: input.when ?? 'upcoming',
      now: this.clock.now(),
      limit: input.limit ?? 20,
      offset: input.offset ?? 0,
    });
    return { items: items.map((e) => EventOutput.from(e, e.counts)), total };
  }

  async get(auth: AuthContext, id: string, tx?: Tx): Promise<EventOutput> {
    const event = await this.events.find(auth.organisationId, id, tx);
    if (!event) throw notFound('Event');
    return EventOutput.from(event, await this.events.counts(auth.organisationId, id, tx));
  }

  async create(auth: AuthContext, input: CreateEventInput): Promise<EventOutput> {
    const schedule = scheduleOf(input.timeZone, input.start, input.end, input.rsvpDeadline ?? null, this.clock.now());
    const where = whereErrors(input.location ?? null, input.onlineUrl ?? null);
    if (where.length) throw invalidEventFields(where);
    const id = await this.dataSource.transaction(async (tx) => {
      const id = await this.events.insert(
        auth.organisationId,
        {
          title: input.title,
          description: input.description ?? '',
          ...schedule,
          location: input.location ?? null,
          onlineUrl: input.onlineUrl ?? null,
          capacity: input.capacity ?? null,
          status: 'scheduled',
          cancelledAt: null,
          createdByUserId: auth.userId,
        },
        tx,
      );
      await this.audit.record(auth.organisationId, { actorUserId: auth.userId, action: 'event.created', subjectType: 'event', subjectId: id, data: {} }, tx);
      return id;
    });
    return this.get(auth, id);
  }

  async update(auth: AuthContext, id: string, input: UpdateEventInput): Promise<EventOutput> {
    const nulls = (['title', 'description', 'start', 'end', 'timeZone'] as const)
      .filter((field) => input[field] === null)
      .map((field) => ({ field, message: 'must not be null' }));
    if (nulls.length) throw invalidEventFields(nulls);
    return this.dataSource.transaction(async (tx) => {
      const now = this.clock.now();
      const event = await this.lock(auth, id, tx);
      if (event.status === 'cancelled') throw eventCancelled();
      if (event.startsAt <= now) throw eventStarted();
      const zone = input.timeZone ?? event.timeZone;
      const schedule = scheduleOf(
        zone,
        input.start ?? localOf(event.startsAt, zone),
        input.end ?? localOf(event.endsAt, zone),
        input.rsvpDeadline === undefined ? (event.rsvpDeadline ? localOf(event.rsvpDeadline, zone) : null) : input.rsvpDeadline,
        now,
      );
      const location = input.location === undefined ? event.location : input.location;
      const onlineUrl = input.onlineUrl === undefined ? event.onlineUrl : input.onlineUrl;
      const where = whereErrors(location, onlineUrl);
      if (where.length) throw invalidEventFields(where);
      const capacity = input.capacity === undefined ? event.capacity : input.capacity;
      const counts = await this.events.counts(auth.organisationId, id, tx);
      if (capacity !== null && capacity < counts.yes) throw capacityBelowConfirmed(counts.yes);

      const changes: EventChanges = {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...schedule,
        location,
        onlineUrl,
        capacity,
      };
      await this.events.update(auth.organisationId, id, changes, tx);
      if (schedule.startsAt.getTime() !== event.startsAt.getTime()) await this.events.resetReminders(auth.organisationId, id, tx);
      if (schedule.endsAt.getTime() !== event.endsAt.getTime()) await this.events.extendTokens(auth.organisationId, id, schedule.endsAt, now, tx);
      const moved = timeOrPlaceChanged(event, { ...schedule, location, onlineUrl });
      const told = moved ? await this.events.toNotifyOfChange(auth.organisationId, id, tx) : [];
      for (const invitationId of told) await this.mailer.send(tx, auth.organisationId, invitationId, 'changed');
      const promoted = await this.seats.promote(tx, auth.organisationId, { ...event, ...changes }, now);
      await this.audit.record(
        auth.organisationId,
        { actorUserId: auth.userId, action: 'event.updated', subjectType: 'event', subjectId: id, data: { fields: Object.keys(input), promoted: promoted.length, mailedChange: told.length } },
        tx,
      );
      return this.get(auth, id, tx);
    });
  }

  /** Cancels once; everyone who said yes or maybe, or waits for a seat, is mailed once. */
  async cancel(auth: AuthContext, id: string): Promise<EventOutput> {
    return this.dataSource.transaction(async (tx) => {
      const now = this.clock.now();
      const event = await this.lock(auth, id, tx);
      if (event.status === 'cancelled') throw eventCancelled();
      if (event.startsAt <= now) throw eventStarted();
      await this.events.update(auth.organisationId, id, { status: 'cancelled', cancelledAt: now }, tx);
      const recipients = await this.events.toNotifyOfCancellation(auth.organisationId, id, tx);
      for (const invitationId of recipients) await this.mailer.send(tx, auth.organisationId, invitationId, 'cancelled');
      await this.events.markCancellationMailed(auth.organisationId, recipients, now, tx);
      await this.audit.record(
        auth.organisationId,
        { actorUserId: auth.userId, action: 'event.cancelled', subjectType: 'event', subjectId: id, data: { mailed: recipients.length } },
        tx,
      );
      return this.get(auth, id, tx);
    });
  }

  /**
   * Invites people once each: only those with an email; employees on legitimate interest, everyone else only with
   * granted, unexpired consent for events. Each new invitation gets an `event_invited` touchpoint and a mail.
   */
  async invite(auth: AuthContext, id: string, input: InviteInput): Promise<InviteResultOutput> {
    if (!input.segmentId && !input.personIds?.length) {
      throw invalidEventFields([{ field: 'personIds', message: 'choose a segment or at least one person' }]);
    }
    return this.dataSource.transaction(async (tx) => {
      const now = this.clock.now();
      const event = await this.lock(auth, id, tx);
      if (event.status === 'cancelled') throw eventCancelled();
      if (event.startsAt <= now) throw eventStarted();
      const fromSegment = input.segmentId ? await this.segments.peopleIds(auth.organisationId, input.segmentId, tx) : [];
      const wanted = [...new Set([...fromSegment, ...(input.personIds ?? [])])];
      const candidates = await this.events.inviteCandidates(auth.organisationId, wanted, now, tx);
      const found = new Set(candidates.map((c) => c.id));
      const skipped = { noEmail: [] as string[], noConsent: [] as string[], notFound: wanted.filter((p) => !found.has(p)) };
      const admitted: Array<{ personId: string; legalBasis: InvitationLegalBasis }> = [];
      for (const person of candidates) {
        const employee = (EMPLOYEE_PHASES as readonly string[]).includes(person.phase);
        if (!person.email) skipped.noEmail.push(person.id);
        else if (!employee && !person.hasConsent) skipped.noConsent.push(person.id);
        else admitted.push({ personId: person.id, legalBasis: employee ? 'legitimate_interest' : 'consent' });
      }
      const created = await this.events.insertInvitations(auth.organisationId, id, admitted, { invitedAt: now, invitedByUserId: auth.userId }, tx);
      await this.touchpoints.record(
        auth.organisationId,
        created.map((c) => c.personId),
        { kind: 'event_invited', channel: 'event', occurredAt: now, actorUserId: auth.userId, subjectType: 'event', subjectId: id, data: { title: event.title } },
        tx,
      );
      for (const invitation of created) await this.mailer.send(tx, auth.organisationId, invitation.id, 'invitation');
      await this.audit.record(
        auth.organisationId,
        {
          actorUserId: auth.userId,
          action: 'event.invited',
          subjectType: 'event',
          subjectId: id,
          data: { segmentId: input.segmentId ?? null, invited: created.length, noEmail: skipped.noEmail.length, noConsent: skipped.noConsent.length },
        },
        tx,
      );
      for (const list of Object.values(skipped)) list.sort();
      return { invited: created.length, alreadyInvited: admitted.length - created.length, skipped };
    });
  }

  async invitations(auth: AuthContext, id: string): Promise<InvitationOutput[]> {
    if (!(await this.events.find(auth.organisationId, id))) throw notFound('Event');
    return (await this.events.listInvitations(auth.organisationId, id)).map(InvitationOutput.from);
  }

  /** Attended or no-show per invitation, from the start on; the first "attended" of a person writes the one touchpoint. */
  async recordAttendance(auth: AuthContext, id: string, input: RecordAttendanceInput): Promise<AttendanceResultOutput> {
    return this.dataSource.transaction(async (tx) => {
      const now = this.clock.now();
      const event = await this.lock(auth, id, tx);
      if (event.status === 'cancelled') throw eventCancelled();
      if (event.startsAt > now) throw attendanceTooEarly();
      const byId = new Map(input.entries.map((e) => [e.invitationId, e.attendance]));
      const invitations = await this.events.invitationsOfEvent(auth.organisationId, id, [...byId.keys()], tx);
      const known = new Set(invitations.map((i) => i.id));
      const unknown = [...byId.keys()].filter((key) => !known.has(key));
      if (unknown.length) {
        throw invalidEventFields(
          input.entries.flatMap((e, index) => (known.has(e.invitationId) ? [] : [{ field: `entries.${index}.invitationId`, message: 'is not an invitation to this event' }])),
        );
      }
      const entries = invitations.map((i) => {
        const attendance = byId.get(i.id)!;
        return { id: i.id, personId: i.personId, attendance, touchpoint: attendance === 'attended' && !i.attendedTouchpointAt };
      });
      await this.events.setAttendance(auth.organisationId, entries, now, tx);
      const attendees = entries.filter((e) => e.touchpoint).map((e) => e.personId);
      const touchpoints = await this.touchpoints.record(
        auth.organisationId,
        attendees,
        { kind: 'event_attended', channel: 'event', occurredAt: event.startsAt, actorUserId: auth.userId, subjectType: 'event', subjectId: id, data: { title: event.title } },
        tx,
      );
      return { recorded: entries.length, touchpoints };
    });
  }

  private async lock(auth: AuthContext, id: string, tx: Tx): Promise<EventEntity> {
    const event = await this.events.lock(auth.organisationId, id, tx);
    if (!event) throw notFound('Event');
    return event;
  }
}

const DAY_MS = 86_400_000;
/** An event starts from a day ago (entered afterwards) to five years ahead; beyond that it is a typo. */
const EARLIEST_START_MS = DAY_MS;
const LATEST_START_YEARS = 5;

/** Turns the local times into instants and checks them together; all errors at once, on their fields. */
function scheduleOf(typedZone: string, start: string, end: string, deadline: string | null, now: Date): Schedule {
  const errors: FieldError[] = [];
  const timeZone = canonicalTimeZone(typedZone);
  if (!timeZone) {
    throw invalidEventFields([{ field: 'timeZone', message: 'must be an IANA time zone such as Europe/Amsterdam' }]);
  }
  const startsAt = zonedToUtc(start, timeZone);
  const endsAt = zonedToUtc(end, timeZone);
  const rsvpDeadline = deadline === null ? null : zonedToUtc(deadline, timeZone);
  const missing = 'does not exist in this time zone (summer time) or is not a valid date';
  if (!startsAt) errors.push({ field: 'start', message: missing });
  if (!endsAt) errors.push({ field: 'end', message: missing });
  if (deadline !== null && !rsvpDeadline) errors.push({ field: 'rsvpDeadline', message: missing });
  if (startsAt) {
    const earliest = new Date(now.getTime() - EARLIEST_START_MS);
    const latest = new Date(now);
    latest.setUTCFullYear(latest.getUTCFullYear() + LATEST_START_YEARS);
    if (startsAt < earliest || startsAt > latest) {
      errors.push({ field: 'start', message: `must be between ${localOf(earliest, timeZone)} and ${localOf(latest, timeZone)} (${timeZone})` });
    }
  }
  if (startsAt && endsAt && endsAt <= startsAt) errors.push({ field: 'end', message: 'must be after the start' });
  if (startsAt && rsvpDeadline && rsvpDeadline > startsAt) errors.push({ field: 'rsvpDeadline', message: 'must be at or before the start' });
  if (errors.length) throw invalidEventFields(errors);
  return { startsAt: startsAt!, endsAt: endsAt!, timeZone, rsvpDeadline };
}

function whereErrors(location: string | null, onlineUrl: string | null): FieldError[] {
  return location || onlineUrl ? [] : [{ field: 'location', message: 'give a place or an online link' }];
}
