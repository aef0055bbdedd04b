import { ApiProperty } from '@nestjs/swagger';
import { PREBOARDING_ASSIGNEES, type PreboardingAssignee } from '../../entities/preboarding-template.entity';

export class PreboardingTemplateTaskOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() titleNl: string;
  @ApiProperty() titleEn: string;
  @ApiProperty({ type: String, nullable: true }) descriptionNl: string | null;
  @ApiProperty({ type: String, nullable: true }) descriptionEn: string | null;
  @ApiProperty() dueOffsetDays: number;
  @ApiProperty({ enum: PREBOARDING_ASSIGNEES, enumName: 'PreboardingAssignee' }) assignee: PreboardingAssignee;
  @ApiProperty({ type: String, nullable: true }) department: string | null;
}

export class PreboardingTemplateOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() isDefault: boolean;
  @ApiProperty({ type: PreboardingTemplateTaskOutput, isArray: true }) tasks: PreboardingTemplateTaskOutput[];
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
