import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_STATUSES, type ConsentStatus } from '@kring/shared-domain';
import { MatchingConsentPreferenceOutput } from './matching-consent.output';
import { MAIL_TOPICS, SUPPRESSION_REASONS, type MailTopic, type SuppressionReason } from '../preferences.constants';

export class MailTopicOutput {
  @ApiProperty({ enum: MAIL_TOPICS, enumName: 'MailTopic' }) topic: MailTopic;
  @ApiProperty({ description: 'Mail on this topic is sent: opt-in topics have a granted, unexpired consent; programme_mails (opt-out) is not withdrawn' })
  subscribed: boolean;
  @ApiProperty({ enum: CONSENT_STATUSES, enumName: 'ConsentStatus', nullable: true, type: String }) status: ConsentStatus | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
}

export class MailPreferencesOutput {
  @ApiProperty({ type: MailTopicOutput, isArray: true }) topics: MailTopicOutput[];
  @ApiProperty({ description: 'The address is on the suppression list (bounced or complained): no bulk mail reaches it whatever the topics say' })
  suppressed: boolean;
}

export class PublicMailPreferencesOutput extends MailPreferencesOutput {
  @ApiProperty() firstName: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({
    type: MatchingConsentPreferenceOutput,
    nullable: true,
    description: 'The consent to be found for vacancies (purpose matching); null when the person was never asked (no consent row): the page then says nothing about it',
  })
  matching: MatchingConsentPreferenceOutput | null;
}

export class SuppressionOutput {
  @ApiProperty() email: string;
  @ApiProperty({ enum: SUPPRESSION_REASONS, enumName: 'SuppressionReason' }) reason: SuppressionReason;
  @ApiProperty({ description: 'webhook, hr, ...' }) source: string;
  @ApiProperty({ type: String, nullable: true }) detail: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class SuppressionListOutput {
  @ApiProperty({ type: SuppressionOutput, isArray: true }) items: SuppressionOutput[];
  @ApiProperty() total: number;
}

export class BounceReportOutput {
  @ApiProperty({ description: 'Events in the request' }) received: number;
  @ApiProperty({ description: 'Addresses newly suppressed (hard bounces and complaints)' }) suppressed: number;
  @ApiProperty({ description: 'Soft bounces: counted only, nothing suppressed' }) softBounces: number;
  @ApiProperty({ description: 'Complaints (all three mail topics withdrawn for the people with that address)' }) complaints: number;
  @ApiProperty({ description: 'Events whose organisation could not be found (unknown slug or Message-ID): ignored' }) ignored: number;
}
