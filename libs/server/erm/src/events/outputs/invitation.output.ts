import { ApiProperty } from '@nestjs/swagger';
import { ATTENDANCES, INVITATION_STATUSES, type Attendance, type InvitationLegalBasis, type InvitationStatus } from '../event-rules';
import type { InvitationRow } from '../events.repository';

export class InvitationOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ enum: INVITATION_STATUSES, enumName: 'EventInvitationStatus' }) status: InvitationStatus;
  @ApiProperty({ enum: ['consent', 'legitimate_interest'], enumName: 'EventInvitationLegalBasis' }) legalBasis: InvitationLegalBasis;
  @ApiProperty({ type: Number, nullable: true, description: '1 = next to get a seat' }) waitlistPosition: number | null;
  @ApiProperty({ format: 'date-time' }) invitedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondedAt: string | null;
  @ApiProperty({ enum: ATTENDANCES, enumName: 'EventAttendance', nullable: true }) attendance: Attendance | null;

  static from(row: InvitationRow): InvitationOutput {
    return {
      id: row.id,
      personId: row.personId,
      name: `${row.firstName} ${row.lastName}`.trim(),
      email: row.email,
      status: row.status,
      legalBasis: row.legalBasis,
      waitlistPosition: row.waitlistPosition,
      invitedAt: new Date(row.invitedAt).toISOString(),
      respondedAt: row.respondedAt ? new Date(row.respondedAt).toISOString() : null,
      attendance: row.attendance,
    };
  }
}

export class SkippedInviteesOutput {
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'No email address' }) noEmail: string[];
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Not an employee and no granted, unexpired consent for events' })
  noConsent: string[];
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Not a person of your organisation' }) notFound: string[];
}

export class InviteResultOutput {
  @ApiProperty({ description: 'New invitations (each mailed)' }) invited: number;
  @ApiProperty({ description: 'Already invited before: nothing happened' }) alreadyInvited: number;
  @ApiProperty({ type: SkippedInviteesOutput }) skipped: SkippedInviteesOutput;
}

export class AttendanceResultOutput {
  @ApiProperty() recorded: number;
  @ApiProperty({ description: 'event_attended touchpoints written now (at most one per person and event, ever)' }) touchpoints: number;
}
