import { ApiProperty } from '@nestjs/swagger';
import { EVENT_STATUSES, INVITATION_STATUSES, type EventStatus, type InvitationStatus } from '../event-rules';

/** What the invitee's RSVP page shows (no login: the mailed token is the credential). */
export class RsvpEventOutput {
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() timeZone: string;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: String, nullable: true }) onlineUrl: string | null;
  @ApiProperty({ enum: EVENT_STATUSES, enumName: 'EventStatus' }) status: EventStatus;
}

export class RsvpOutput {
  @ApiProperty() organisationName: string;
  @ApiProperty() firstName: string;
  @ApiProperty({ type: RsvpEventOutput }) event: RsvpEventOutput;
  @ApiProperty({ enum: INVITATION_STATUSES, enumName: 'EventInvitationStatus' }) status: InvitationStatus;
  @ApiProperty({ type: Number, nullable: true }) waitlistPosition: number | null;
  @ApiProperty({ format: 'date-time', description: 'Answers can change until then' }) closesAt: string;
  @ApiProperty({ description: 'Whether the answer can still change' }) open: boolean;
}
