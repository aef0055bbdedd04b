import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_STATUSES, type ConsentStatus } from '@kring/shared-domain';
import { STAY_IN_TOUCH_PURPOSES, type StayInTouchPurpose } from '../offboarding.constants';

export class StayInTouchConsentOutput {
  @ApiProperty({ enum: STAY_IN_TOUCH_PURPOSES, enumName: 'StayInTouchPurpose' }) purpose: StayInTouchPurpose;
  @ApiProperty({ description: 'Granted and not expired' }) granted: boolean;
  @ApiProperty({ enum: CONSENT_STATUSES, enumName: 'ConsentStatus', nullable: true, type: String }) status: ConsentStatus | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
}

export class StayInTouchOutput {
  @ApiProperty() firstName: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ description: 'The person has an alumnus account and can sign in by magic link' }) canSignIn: boolean;
  @ApiProperty({ type: StayInTouchConsentOutput, isArray: true }) consents: StayInTouchConsentOutput[];
}

export class AlumnusConsentsOutput {
  @ApiProperty({ type: StayInTouchConsentOutput, isArray: true }) consents: StayInTouchConsentOutput[];
}
