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

export class MatchReferralOutput {
  @ApiProperty({ format: 'uuid' })
  referralId: string;

  @ApiProperty({ format: 'uuid' })
  vacancyId: string;

  @ApiProperty({ format: 'uuid' })
  personId: string;

  @ApiProperty({ format: 'uuid', description: 'The programme the referral is filed under (the vacancy\'s own, else the internal or combined one)' })
  programmeId: string;

  @ApiProperty({ enum: ['awaiting_consent'], description: 'The candidate is asked for consent first, as with every referral' })
  consentState: 'awaiting_consent';

  @ApiProperty({ format: 'date-time', description: 'Without an answer by then the referral is erased' })
  consentDueAt: string;

  @ApiProperty({ enum: ['nl', 'en'], description: "The candidate's language the consent request was written in" })
  locale: 'nl' | 'en';

  @ApiProperty({ type: [String], description: 'The skills named in the consent request as the reason (labels in the candidate\'s language)' })
  matchedSkills: string[];

  @ApiProperty({ format: 'date-time' })
  referredAt: string;
}
