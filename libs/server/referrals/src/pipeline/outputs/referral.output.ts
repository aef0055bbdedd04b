import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_STATES, RELATIONSHIPS, STAGES, type ConsentState, type Relationship, type Stage } from '@kring/shared-domain';

export class NamedRefOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class ReferralEventOutput {
  @ApiProperty({ enum: ['stage', 'consent'] }) kind: 'stage' | 'consent';
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty() to: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'HR only' }) actorName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'HR only' }) note?: string | null;
}

/** A referral as HR sees it in lists. Until the candidate consents, only their name and the vacancy. */
export class ReferralSummaryOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: STAGES, enumName: 'Stage' }) stage: Stage;
  @ApiProperty({ enum: CONSENT_STATES, enumName: 'ConsentState' }) consentState: ConsentState;
  @ApiProperty({ type: String, nullable: true, description: 'Null once erased' }) candidateName: string | null;
  @ApiProperty({ type: NamedRefOutput, nullable: true }) vacancy: NamedRefOutput | null;
  @ApiProperty({ type: NamedRefOutput }) programme: NamedRefOutput;
  @ApiProperty({ type: NamedRefOutput }) referrer: NamedRefOutput;
  @ApiProperty({ enum: ['referral_form', 'share_link', 'match'], description: "'match': HR referred a person Search & Match found" }) source: 'referral_form' | 'share_link' | 'match';
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) stageChangedAt: string;
}

export class ReferralListOutput {
  @ApiProperty({ type: ReferralSummaryOutput, isArray: true }) items: ReferralSummaryOutput[];
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Open referrals per stage for the same filters (board column counts)', type: 'object', additionalProperties: { type: 'number' } })
  countsByStage: Record<string, number>;
}

export class CvOutput {
  @ApiProperty() fileName: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() contentType: string;
}

/** Everything HR may see about one referral; personal details only after consent. */
export class ReferralDetailOutput extends ReferralSummaryOutput {
  @ApiProperty({ type: String, nullable: true }) candidateEmail: string | null;
  @ApiProperty({ type: String, nullable: true }) candidatePhone: string | null;
  @ApiProperty({ enum: RELATIONSHIPS, enumName: 'Relationship', nullable: true }) relationship: Relationship | null;
  @ApiProperty({ type: String, nullable: true }) motivation: string | null;
  @ApiProperty({ type: String, nullable: true }) candidateNote: string | null;
  @ApiProperty() candidateInformed: boolean;
  @ApiProperty({ type: CvOutput, nullable: true }) cv: CvOutput | null;
  @ApiProperty({ type: String, nullable: true }) rejectionReason: string | null;
  @ApiProperty() rejectionReasonShareable: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate: string | null;
  @ApiProperty({ type: Number, nullable: true }) probationMonths: number | null;
  @ApiProperty({ format: 'date-time' }) consentDueAt: string;
  @ApiProperty({ type: ReferralEventOutput, isArray: true }) history: ReferralEventOutput[];
}

export class BulkRejectOutput {
  @ApiProperty({ type: String, isArray: true }) rejected: string[];
  @ApiProperty({ type: String, isArray: true, description: 'Referrals that were not open (already decided, or awaiting consent)' }) skipped: string[];
}

export class StageNamesOutput {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) nl: Record<string, string>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) en: Record<string, string>;
}

export class RefusedReferralOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: NamedRefOutput }) referrer: NamedRefOutput;
  @ApiProperty({ type: NamedRefOutput, nullable: true }) vacancy: NamedRefOutput | null;
  @ApiProperty() reason: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) existingReferralId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A referrer's own referral: stage timeline and consent state, without HR's internal notes. */
export class MyReferralOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) candidateName: string | null;
  @ApiProperty({ type: NamedRefOutput, nullable: true }) vacancy: NamedRefOutput | null;
  @ApiProperty({ enum: STAGES, enumName: 'Stage' }) stage: Stage;
  @ApiProperty({ description: "The organisation's name for the stage, in your language" }) stageName: string;
  @ApiProperty({ enum: CONSENT_STATES, enumName: 'ConsentState' }) consentState: ConsentState;
  @ApiProperty({ type: String, nullable: true, description: 'Only when HR chose to share it' }) rejectionReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: ReferralEventOutput, isArray: true }) timeline: ReferralEventOutput[];
}

export class MyReferralListOutput {
  @ApiProperty({ type: MyReferralOutput, isArray: true }) items: MyReferralOutput[];
}

export class SubmittedReferralOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CONSENT_STATES, enumName: 'ConsentState' }) consentState: ConsentState;
}
