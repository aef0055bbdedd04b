import { ApiProperty } from '@nestjs/swagger';

export class MatchInvitationOutput {
  @ApiProperty({ format: 'uuid' })
  vacancyId: string;

  @ApiProperty({ format: 'uuid' })
  personId: string;

  @ApiProperty({ format: 'uuid', description: 'The queued mail (outbox)' })
  mailId: string;

  @ApiProperty({ enum: ['nl', 'en'], description: "The person's language the mail was written in" })
  locale: 'nl' | 'en';

  @ApiProperty({ format: 'date-time' })
  invitedAt: string;
}
