import { ApiProperty } from '@nestjs/swagger';
import { HIRE_CHANNELS, HIRE_SOURCES, type HireChannel, type HireSource } from '@kring/shared-domain';

export class InsightsRefOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class HireOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: HIRE_CHANNELS, enumName: 'HireChannel' }) channel: HireChannel;
  @ApiProperty({ enum: HIRE_SOURCES, enumName: 'HireSource' }) source: HireSource;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) referralId: string | null;
  @ApiProperty({ type: InsightsRefOutput, nullable: true }) programme: InsightsRefOutput | null;
  @ApiProperty({ type: InsightsRefOutput, nullable: true, description: 'The hired person' }) person: InsightsRefOutput | null;
  @ApiProperty({ type: InsightsRefOutput, nullable: true }) vacancy: InsightsRefOutput | null;
  @ApiProperty({ type: String, nullable: true }) department: string | null;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) appliedOn: string | null;
  @ApiProperty({ format: 'date' }) hiredOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) leftOn: string | null;
  @ApiProperty({ type: String, nullable: true }) externalRef: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Quality of hire after 6 months (1-5)' }) rating6: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Quality of hire after 12 months (1-5)' }) rating12: number | null;
  @ApiProperty({ description: 'False for referral hires: Kring keeps those in step with the referral' }) editable: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class HireListOutput {
  @ApiProperty({ type: HireOutput, isArray: true }) items: HireOutput[];
  @ApiProperty() total: number;
}
