import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, type Locale } from '@kring/shared-domain';

export class PublicPoolOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
}

export class TalentPoolPrivacyOutput {
  @ApiProperty({ description: 'How long the details are kept after confirming, in months', example: 12 }) retentionMonths: number;
  @ApiProperty({ description: 'How long the confirmation link works; unconfirmed sign-ups are erased after it', example: 7 }) confirmDays: number;
  @ApiProperty({ type: String, isArray: true, example: ['name', 'email', 'interests', 'skills', 'location', 'language'] }) kept: string[];
}

/** What the public form needs: who is asking, which pools to offer, and the privacy facts. */
export class TalentPoolFormOutput {
  @ApiProperty() organisationName: string;
  @ApiProperty({ enum: LOCALES, enumName: 'Locale' }) defaultLocale: Locale;
  @ApiProperty({ type: PublicPoolOutput, isArray: true }) pools: PublicPoolOutput[];
  @ApiProperty({ type: TalentPoolPrivacyOutput }) privacy: TalentPoolPrivacyOutput;
}

export class TalentPoolSignupOutput {
  @ApiProperty({ enum: ['received'], description: 'Always the same answer, whether or not the address was known' }) status: 'received';
}

export class TalentPoolConfirmOutput {
  @ApiProperty({ enum: ['confirmed', 'already_confirmed'] }) status: 'confirmed' | 'already_confirmed';
  @ApiProperty() organisationName: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Until when the details are kept' }) keptUntil: string | null;
}

export class TalentPoolRenewOutput {
  @ApiProperty({ enum: ['renewed', 'already_renewed'] }) status: 'renewed' | 'already_renewed';
  @ApiProperty() organisationName: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) keptUntil: string | null;
}

export class TalentPoolLeaveOutput {
  @ApiProperty({ enum: ['left', 'already_left'] }) status: 'left' | 'already_left';
  @ApiProperty() organisationName: string;
}
