import { ApiProperty } from '@nestjs/swagger';
import { POINTS_KINDS, type PointsKind } from '../points-settings';

export class PointValuesOutput {
  @ApiProperty() share: number;
  @ApiProperty() referral: number;
  @ApiProperty() interview: number;
  @ApiProperty() hire: number;
}

export class PointsLevelOutput {
  @ApiProperty() threshold: number;
  @ApiProperty() nameNl: string;
  @ApiProperty() nameEn: string;
}

export class PointsSettingsOutput {
  @ApiProperty({ type: PointValuesOutput, description: 'Points per event, for events from now on (awarded points keep their value)' }) values: PointValuesOutput;
  @ApiProperty({ type: PointsLevelOutput, isArray: true, description: 'Ascending; the first starts at 0' }) levels: PointsLevelOutput[];
  @ApiProperty({ description: 'True while HR never changed the defaults' }) isDefault: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) updatedAt: string | null;
}

export class CurrentLevelOutput extends PointsLevelOutput {
  @ApiProperty({ description: '0 for the first level' }) index: number;
}

export class NextLevelOutput extends PointsLevelOutput {
  @ApiProperty() pointsToGo: number;
}

export class PointsEventOutput {
  @ApiProperty({ enum: POINTS_KINDS, enumName: 'PointsKind' }) kind: PointsKind;
  @ApiProperty() points: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ format: 'uuid', description: 'The share link (share) or your referral (referral, interview, hire)' }) subjectId: string;
  @ApiProperty({ nullable: true, type: String }) vacancyTitle: string | null;
}

export class MyPointsOutput {
  @ApiProperty({ description: 'Recognition points (all time): the sum of events. Levels and the leaderboard use these only' }) total: number;
  @ApiProperty({ type: CurrentLevelOutput }) level: CurrentLevelOutput;
  @ApiProperty({ type: NextLevelOutput, nullable: true, description: 'Null at the highest level' }) nextLevel: NextLevelOutput | null;
  @ApiProperty({
    description: 'Points granted as part of rewards (approved or paid milestones, see /api/my/rewards). Not included in total, levels or the leaderboard',
  })
  rewardPoints: number;
  @ApiProperty() leaderboardOptIn: boolean;
  @ApiProperty({ type: PointsEventOutput, isArray: true, description: 'Newest first, at most 200' }) events: PointsEventOutput[];
}

export class LeaderboardEntryOutput {
  @ApiProperty({ description: 'Equal points share a rank (1, 1, 3)' }) rank: number;
  @ApiProperty({ nullable: true, type: String, description: 'Only for people who opted in, and your own row for you; null otherwise' }) name: string | null;
  @ApiProperty() points: number;
  @ApiProperty() isYou: boolean;
}

export class LeaderboardOutput {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) programmeId: string | null;
  @ApiProperty({ nullable: true, type: String }) department: string | null;
  @ApiProperty({ description: 'Everyone with points in the period and filters, named or not' }) participants: number;
  @ApiProperty({ type: LeaderboardEntryOutput, isArray: true, description: 'The top `limit`, by points' }) items: LeaderboardEntryOutput[];
  @ApiProperty({ type: LeaderboardEntryOutput, nullable: true, description: 'Your position, also when outside the top or not opted in; null without points' })
  you: LeaderboardEntryOutput | null;
}

export class RecognitionOutput {
  @ApiProperty() leaderboardOptIn: boolean;
}
