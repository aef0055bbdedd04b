import { Injectable } from '@nestjs/common';
import { OrganisationId, Tx } from '@kring/server-database';
import type { EventEntity } from './entities';
import { EventMailer } from './event-mailer';
import { seatsToPromote } from './event-rules';
import { EventsRepository } from './events.repository';

/**
 * Seats of one event. Callers hold the event row lock (EventsRepository.lock) for the whole transaction,
 * so counting seats and taking one cannot interleave with another answer for the same event.
 */
@Injectable()
export class EventSeats {
  constructor(
    private readonly events: EventsRepository,
    private readonly mailer: EventMailer,
  ) {}

  /** Gives free seats to the first waitlisted, in order, and mails each of them. Returns who was promoted. */
  async promote(tx: Tx, organisationId: OrganisationId, event: EventEntity, now: Date): Promise<string[]> {
    if (event.status !== 'scheduled' || event.startsAt <= now) return [];
    const counts = await this.events.counts(organisationId, event.id, tx);
    const ids = await this.events.firstWaitlisted(organisationId, event.id, seatsToPromote(event.capacity, counts.yes, counts.waitlisted), tx);
    for (const id of ids) {
      await this.events.setStatus(organisationId, id, 'yes', null, tx);
      await this.mailer.send(tx, organisationId, id, 'promoted');
    }
    return ids;
  }
}
