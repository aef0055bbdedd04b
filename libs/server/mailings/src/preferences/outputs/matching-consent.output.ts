import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_STATUSES, type ConsentStatus } from '@kring/shared-domain';

export class MatchingConsentPreferenceOutput {
  @ApiProperty({ description: 'The consent counts now (granted and not expired): the person can appear in match results' })
  granted: boolean;
  @ApiProperty({ enum: CONSENT_STATUSES, enumName: 'ConsentStatus', nullable: true, type: String, description: 'The stored status; null when never asked' })
  status: ConsentStatus | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was last granted' }) grantedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the grant lapses (24 months after granting)' }) expiresAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt: string | null;
  @ApiProperty({ description: 'How many months a grant made here is valid' }) validMonths: number;
}
