import { ApiProperty } from '@nestjs/swagger';

/** What a candidate sees when opening a consent or decline link: enough to decide, nothing more. */
export class CandidateReferralOutput {
  @ApiProperty() organisationName: string;
  @ApiProperty() referrerName: string;
  @ApiProperty({ type: String, nullable: true }) vacancyTitle: string | null;
  @ApiProperty() candidateName: string;
  @ApiProperty({ description: 'Which personal data Kring holds', enum: ['name', 'email', 'phone', 'relationship', 'motivation', 'cv'], isArray: true })
  dataHeld: Array<'name' | 'email' | 'phone' | 'relationship' | 'motivation' | 'cv'>;
  @ApiProperty({ enum: ['consent', 'decline'], description: 'What this link is for' }) purpose: 'consent' | 'decline';
  @ApiProperty({ format: 'date-time' }) respondBefore: string;
  @ApiProperty() hasCv: boolean;
}

export class CandidateDecisionOutput {
  @ApiProperty({ enum: ['consented', 'declined'] }) consentState: 'consented' | 'declined';
}
