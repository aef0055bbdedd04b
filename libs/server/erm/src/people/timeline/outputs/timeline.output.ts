import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TIMELINE_KINDS, type TimelineKind } from '../timeline.repository';

/** What an item is about; which fields are set depends on the kind (see docs/developer/erm-people.md). */
export class TimelineDetailsOutput {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'phase_changed' }) fromPhase?: string | null;
  @ApiPropertyOptional({ type: String, description: 'phase_changed' }) toPhase?: string;
  @ApiPropertyOptional({ type: String, description: 'phase_changed' }) cause?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'phase_changed' }) reason?: string | null;
  @ApiPropertyOptional({ type: String, description: 'touchpoint' }) touchpointKind?: string;
  @ApiPropertyOptional({ type: String, description: 'touchpoint' }) channel?: string;
  @ApiPropertyOptional({ type: String, description: 'touchpoint: the phase at that moment' }) phase?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'touchpoint' }) note?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'touchpoint' }) subjectType?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'touchpoint' }) subjectId?: string | null;
  @ApiPropertyOptional({ type: String, description: 'referral_*, reward' }) referralId?: string;
  @ApiPropertyOptional({ enum: ['referrer', 'candidate'], description: 'referral_*' }) referralRole?: 'referrer' | 'candidate';
  @ApiPropertyOptional({ type: String, description: 'referral_*: the (new) stage' }) stage?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'referral_stage_changed' }) fromStage?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'referral_*' }) vacancyTitle?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'referral_made: the candidate; referral_received: the referrer' })
  counterpartName?: string | null;
  @ApiPropertyOptional({ type: String, description: 'reward' }) milestoneKey?: string;
  @ApiPropertyOptional({ type: Number, description: 'reward' }) amountCents?: number;
  @ApiPropertyOptional({ type: String, description: 'reward' }) currency?: string;
  @ApiPropertyOptional({ type: Number, description: 'reward, points' }) points?: number;
  @ApiPropertyOptional({ type: String, description: 'reward' }) rewardStatus?: string;
  @ApiPropertyOptional({ type: String, description: 'points' }) pointsKind?: string;
  @ApiPropertyOptional({ type: String, description: 'consent' }) purpose?: string;
  @ApiPropertyOptional({ type: String, description: 'consent' }) consentStatus?: string;
  @ApiPropertyOptional({ type: String, description: 'consent' }) source?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'consent' }) expiresAt?: string | null;
}

export class TimelineItemOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: TIMELINE_KINDS, enumName: 'TimelineKind' }) kind: TimelineKind;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorUserId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty({ type: TimelineDetailsOutput }) details: TimelineDetailsOutput;
}

export class TimelineOutput {
  @ApiProperty({ type: TimelineItemOutput, isArray: true, description: 'Newest first' }) items: TimelineItemOutput[];
  @ApiProperty({ description: 'All items of this person (all pages)' }) total: number;
}
