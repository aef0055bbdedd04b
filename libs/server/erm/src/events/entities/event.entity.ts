import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';
import type { EventStatus } from '../event-rules';

/** An event HR plans: instants in UTC plus the IANA zone it is planned in (for display and mails). */
@Entity('events')
export class EventEntity extends OrganisationScopedEntity {
  @Column({ type: 'text' }) title: string;
  /** Plain text; shown as text everywhere (never as HTML). */
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'timestamptz' }) startsAt: Date;
  @Column({ type: 'timestamptz' }) endsAt: Date;
  /** IANA zone, e.g. Europe/Amsterdam. */
  @Column({ type: 'text' }) timeZone: string;
  /** Place (address); null for an online-only event. */
  @Column({ type: 'text', nullable: true }) location: string | null;
  /** https link for an online event. */
  @Column({ type: 'text', nullable: true }) onlineUrl: string | null;
  /** Seats for "yes" answers; null: unlimited. */
  @Column({ type: 'integer', nullable: true }) capacity: number | null;
  /** Answers can change until then (or until the start when null). */
  @Column({ type: 'timestamptz', nullable: true }) rsvpDeadline: Date | null;
  @Column({ type: 'text', default: 'scheduled' }) status: EventStatus;
  @Column({ type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) createdByUserId: string | null;
}
