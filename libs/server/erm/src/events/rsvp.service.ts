import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { asOrganisationId, OrganisationId, PersonTokensRepository, Tx } from '@kring/server-database';
import type { EventEntity, EventInvitationEntity } from './entities';
import { EventMailer } from './event-mailer';
import { ICS_TOKEN_PURPOSE, rsvpClosesAt, RSVP_TOKEN_PURPOSE, statusForYes, type InvitationStatus, type RsvpAnswer } from './event-rules';
import { EventSeats } from './event-seats';
import { eventCancelled, rsvpClosed, rsvpTokenInvalid } from './events.errors';
import { EventsRepository } from './events.repository';
import { buildIcs } from './ics/ics';
import { RsvpOutput } from './outputs/rsvp.output';

export interface IcsFile {
  fileName: string;
  content: string;
}

interface Owner {
  organisationId: OrganisationId;
  invitationId: string;
}

/**
 * The invitee's side, without login: the mailed token (purpose event_rsvp, subject = invitation) is the credential;
 * the calendar link carries a separate read-only token (purpose event_ics) that can fetch the .ics and nothing else.
 * Reading never changes anything; answering is a POST, so link scanners cannot answer for someone.
 */
@Injectable()
export class RsvpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: PersonTokensRepository,
    private readonly events: EventsRepository,
    private readonly seats: EventSeats,
    private readonly mailer: EventMailer,
    private readonly clock: Clock,
  ) {}

  async view(token: string): Promise<RsvpOutput> {
    const owner = await this.owner(token);
    return this.output(owner);
  }

  /**
   * Yes, no or maybe, until the deadline (or the start). The event row is locked first, so two people taking the
   * last seat at the same moment queue: the first gets it, the second goes on the waitlist. A "yes" that becomes
   * "no" or "maybe" frees a seat for the first waitlisted, who is mailed.
   */
  async answer(token: string, answer: RsvpAnswer): Promise<RsvpOutput> {
    const owner = await this.owner(token);
    await this.dataSource.transaction(async (tx) => {
      const now = this.clock.now();
      const invitation = await this.events.findInvitation(owner.organisationId, owner.invitationId, tx);
      if (!invitation) throw rsvpTokenInvalid();
      const event = (await this.events.lock(owner.organisationId, invitation.eventId, tx))!;
      if (event.status === 'cancelled') throw eventCancelled();
      if (now >= rsvpClosesAt(event)) throw rsvpClosed(rsvpClosesAt(event));
      const current = (await this.events.findInvitation(owner.organisationId, owner.invitationId, tx))!;
      const next = await this.nextStatus(tx, owner.organisationId, event, current, answer);
      if (next === current.status) return;
      await this.events.setStatus(owner.organisationId, current.id, next, now, tx);
      if (current.status === 'yes') await this.seats.promote(tx, owner.organisationId, event, now);
      await this.mailer.send(tx, owner.organisationId, current.id, 'rsvp');
    });
    return this.output(owner);
  }

  /**
   * The calendar file of the invitation's event; stable UID per event, so re-importing updates it. Takes the mailed
   * read-only calendar token (event_ics), and the RSVP token too (the RSVP page, which holds one, links here).
   */
  async ics(token: string): Promise<IcsFile> {
    const owner = await this.owner(token, [ICS_TOKEN_PURPOSE, RSVP_TOKEN_PURPOSE]);
    const invitation = (await this.events.findInvitation(owner.organisationId, owner.invitationId))!;
    const event = (await this.events.find(owner.organisationId, invitation.eventId))!;
    return {
      fileName: `${slug(event.title) || 'event'}.ics`,
      content: buildIcs({
        uid: `event-${event.id}@kring`,
        stamp: this.clock.now(),
        sequence: Math.floor(new Date(event.updatedAt).getTime() / 1000),
        start: event.startsAt,
        end: event.endsAt,
        summary: event.title,
        description: [event.description, event.onlineUrl].filter(Boolean).join('\n\n'),
        location: event.location ?? event.onlineUrl,
        url: event.onlineUrl,
        cancelled: event.status === 'cancelled',
      }),
    };
  }

  private async nextStatus(tx: Tx, organisationId: OrganisationId, event: EventEntity, current: EventInvitationEntity, answer: RsvpAnswer): Promise<InvitationStatus> {
    if (answer !== 'yes') return answer;
    if (current.status === 'yes' || current.status === 'waitlisted') return current.status;
    const counts = await this.events.counts(organisationId, event.id, tx);
    return statusForYes(event.capacity, counts.yes);
  }

  /** Whose invitation this token is; by default only an RSVP token (the one that may answer) is accepted. */
  private async owner(token: string, purposes: readonly string[] = [RSVP_TOKEN_PURPOSE]): Promise<Owner> {
    const now = this.clock.now();
    let row = null;
    for (const purpose of purposes) {
      row = await this.tokens.findValid(token, purpose, now);
      if (row) break;
    }
    if (!row?.subjectId) throw rsvpTokenInvalid();
    return { organisationId: asOrganisationId(row.organisationId), invitationId: row.subjectId };
  }

  private async output(owner: Owner): Promise<RsvpOutput> {
    const ctx = await this.events.mailContext(owner.organisationId, owner.invitationId);
    if (!ctx) throw rsvpTokenInvalid();
    const e = ctx.event;
    const closesAt = rsvpClosesAt(e);
    return {
      organisationName: ctx.organisationName,
      firstName: ctx.firstName,
      event: {
        title: e.title,
        description: e.description,
        startsAt: e.startsAt.toISOString(),
        endsAt: e.endsAt.toISOString(),
        timeZone: e.timeZone,
        location: e.location,
        onlineUrl: e.onlineUrl,
        status: e.status,
      },
      status: ctx.status,
      waitlistPosition: ctx.waitlistPosition,
      closesAt: closesAt.toISOString(),
      open: e.status === 'scheduled' && this.clock.now() < closesAt,
    };
  }
}

const slug = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
