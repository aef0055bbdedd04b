import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { EventMailer } from './event-mailer';
import { EventsRepository } from './events.repository';

export const REMINDER_WINDOW_MS = 24 * 3_600_000;

/** The day-before reminder: once per "yes" invitee of an event starting within the next 24 hours (not yet started). */
@Injectable()
export class EventRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsRepository,
    private readonly mailer: EventMailer,
    private readonly clock: Clock,
  ) {}

  /**
   * Claims a batch (marking reminded_at) and queues the mails in the same transaction: a rerun or a second worker
   * finds nothing left to claim, and a failure rolls back both the mark and the mails. Returns how many were sent.
   */
  async sendDue(batchSize = 200): Promise<number> {
    let total = 0;
    for (;;) {
      const now = this.clock.now();
      const sent = await this.dataSource.transaction(async (tx) => {
        const due = await this.events.claimDueReminders(now, new Date(now.getTime() + REMINDER_WINDOW_MS), batchSize, tx);
        for (const { organisationId, id } of due) await this.mailer.send(tx, organisationId, id, 'reminder');
        return due.length;
      });
      total += sent;
      if (sent < batchSize) return total;
    }
  }
}
