import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@kring/server-config';
import { OrganisationId, PersonTokensRepository, Tx } from '@kring/server-database';
import { Outbox } from '@kring/server-mail';
import { ICS_TOKEN_PURPOSE, RSVP_TOKEN_PURPOSE } from './event-rules';
import { EventsRepository, InvitationMailContext } from './events.repository';

export type EventMailKind = 'invitation' | 'rsvp' | 'promoted' | 'reminder' | 'changed' | 'cancelled';

/**
 * Every events mail goes through here: in the person's language, inside the caller's transaction (outbox),
 * with a fresh RSVP token and a fresh read-only calendar token (only hashes are stored, so each mail carries its own;
 * all stay valid until the event ends, and move with its end).
 */
@Injectable()
export class EventMailer {
  constructor(
    private readonly events: EventsRepository,
    private readonly tokens: PersonTokensRepository,
    private readonly outbox: Outbox,
    @InjectConfig('app') private readonly app: AppConfig,
  ) {}

  /** Returns false when there is nobody to mail (no address any more). */
  async send(tx: Tx, organisationId: OrganisationId, invitationId: string, kind: EventMailKind): Promise<boolean> {
    const ctx = await this.events.mailContext(organisationId, invitationId, tx);
    if (!ctx?.email) return false;
    const base = { to: ctx.email, personId: ctx.personId, locale: ctx.locale };
    const facts = factsOf(ctx);
    if (kind === 'cancelled') {
      await this.outbox.enqueue(tx, organisationId, { ...base, template: 'erm_event_cancelled', data: facts });
      return true;
    }
    const links = await this.links(tx, ctx);
    const sensitive = true; // the links answer on the person's behalf
    switch (kind) {
      case 'invitation':
        await this.outbox.enqueue(tx, organisationId, {
          ...base,
          sensitive,
          template: 'erm_event_invitation',
          data: {
            ...facts,
            icsUrl: links.icsUrl,
            yesUrl: `${links.rsvpUrl}&answer=yes`,
            noUrl: `${links.rsvpUrl}&answer=no`,
            maybeUrl: `${links.rsvpUrl}&answer=maybe`,
            rsvpDeadline: ctx.event.rsvpDeadline,
          },
        });
        break;
      case 'rsvp': {
        const status = ctx.status === 'invited' ? 'maybe' : ctx.status;
        await this.outbox.enqueue(tx, organisationId, {
          ...base,
          sensitive,
          template: 'erm_event_rsvp',
          data: { ...facts, ...links, status, waitlistPosition: ctx.waitlistPosition },
        });
        break;
      }
      case 'promoted':
        await this.outbox.enqueue(tx, organisationId, { ...base, sensitive, template: 'erm_event_promoted', data: { ...facts, ...links } });
        break;
      case 'reminder':
        await this.outbox.enqueue(tx, organisationId, { ...base, sensitive, template: 'erm_event_reminder', data: { ...facts, ...links } });
        break;
      case 'changed':
        await this.outbox.enqueue(tx, organisationId, { ...base, sensitive, template: 'erm_event_changed', data: { ...facts, ...links } });
        break;
    }
    return true;
  }

  private async links(tx: Tx, ctx: InvitationMailContext): Promise<{ rsvpUrl: string; icsUrl: string }> {
    const link = (purpose: string) =>
      this.tokens.issue(ctx.organisationId, { personId: ctx.personId, purpose, subjectId: ctx.invitationId, expiresAt: ctx.event.endsAt }, tx);
    const rsvp = await link(RSVP_TOKEN_PURPOSE);
    // The calendar link gets its own read-only token: its URL ends up in calendars and history, so it must not answer.
    const ics = await link(ICS_TOKEN_PURPOSE);
    return {
      rsvpUrl: `${this.app.publicUrl}/events/rsvp?token=${rsvp.token}`,
      icsUrl: `${this.app.publicUrl}/api/events/rsvp/ics?token=${ics.token}`,
    };
  }
}

function factsOf(ctx: InvitationMailContext) {
  const e = ctx.event;
  return {
    organisationName: ctx.organisationName,
    firstName: ctx.firstName,
    title: e.title,
    description: e.description,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    timeZone: e.timeZone,
    location: e.location,
    onlineUrl: e.onlineUrl,
  };
}
