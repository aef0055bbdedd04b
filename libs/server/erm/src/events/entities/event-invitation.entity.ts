import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';
import type { Attendance, InvitationLegalBasis, InvitationStatus } from '../event-rules';

/** One person invited to one event: the RSVP answer, the waitlist place, mails sent once, attendance. */
@Entity('event_invitations')
export class EventInvitationEntity extends OrganisationScopedEntity {
  @Column({ type: 'uuid' }) eventId: string;
  @Column({ type: 'uuid' }) personId: string;
  @Column({ type: 'text', default: 'invited' }) status: InvitationStatus;
  @Column({ type: 'text' }) legalBasis: InvitationLegalBasis;
  @Column({ type: 'timestamptz' }) invitedAt: Date;
  @Column({ type: 'uuid', nullable: true }) invitedByUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) respondedAt: Date | null;
  /** From a sequence when the person joined the waitlist: lower is promoted first. */
  @Column({ type: 'bigint', nullable: true }) waitlistOrder: string | null;
  @Column({ type: 'timestamptz', nullable: true }) remindedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) cancellationMailedAt: Date | null;
  @Column({ type: 'text', nullable: true }) attendance: Attendance | null;
  @Column({ type: 'timestamptz', nullable: true }) attendanceRecordedAt: Date | null;
  /** Set with the one `event_attended` touchpoint, so re-recording attendance never logs it twice. */
  @Column({ type: 'timestamptz', nullable: true }) attendedTouchpointAt: Date | null;
}
