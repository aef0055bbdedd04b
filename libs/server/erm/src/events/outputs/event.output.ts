import { ApiProperty } from '@nestjs/swagger';
import type { EventEntity } from '../entities';
import { EVENT_STATUSES, utcToZoned, type EventStatus } from '../event-rules';
import type { RsvpCounts } from '../events.repository';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export class RsvpCountsOutput {
  @ApiProperty({ description: 'Invited, no answer yet' }) invited: number;
  @ApiProperty() yes: number;
  @ApiProperty() no: number;
  @ApiProperty() maybe: number;
  @ApiProperty() waitlisted: number;
}

/** An event as HR sees it: instants in UTC plus the same moments on the event's own wall clock. */
export class EventOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Plain text' }) description: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ example: 'Europe/Amsterdam' }) timeZone: string;
  @ApiProperty({ example: '2026-12-12T19:00', description: 'Start on the wall clock of timeZone' }) start: string;
  @ApiProperty({ example: '2026-12-12T21:00', description: 'End on the wall clock of timeZone' }) end: string;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: String, nullable: true }) onlineUrl: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'null: unlimited' }) capacity: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) rsvpDeadlineAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Deadline on the wall clock of timeZone' }) rsvpDeadline: string | null;
  @ApiProperty({ enum: EVENT_STATUSES, enumName: 'EventStatus' }) status: EventStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt: string | null;
  @ApiProperty({ type: RsvpCountsOutput }) counts: RsvpCountsOutput;
  @ApiProperty({ type: Number, nullable: true, description: 'Free seats; null: unlimited' }) seatsLeft: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(event: EventEntity, counts: RsvpCounts): EventOutput {
    return {
      id: event.id,
      title: event.title,
      description: event.description,
      startsAt: iso(event.startsAt)!,
      endsAt: iso(event.endsAt)!,
      timeZone: event.timeZone,
      start: utcToZoned(event.startsAt, event.timeZone),
      end: utcToZoned(event.endsAt, event.timeZone),
      location: event.location,
      onlineUrl: event.onlineUrl,
      capacity: event.capacity,
      rsvpDeadlineAt: iso(event.rsvpDeadline),
      rsvpDeadline: event.rsvpDeadline ? utcToZoned(event.rsvpDeadline, event.timeZone) : null,
      status: event.status,
      cancelledAt: iso(event.cancelledAt),
      counts,
      seatsLeft: event.capacity === null ? null : Math.max(0, event.capacity - counts.yes),
      createdAt: iso(event.createdAt)!,
      updatedAt: iso(event.updatedAt)!,
    };
  }
}

export class EventListOutput {
  @ApiProperty({ type: EventOutput, isArray: true }) items: EventOutput[];
  @ApiProperty() total: number;
}
