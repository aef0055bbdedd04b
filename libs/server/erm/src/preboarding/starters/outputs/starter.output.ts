import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, PHASES, type Locale, type Phase } from '@kring/shared-domain';
import { PREBOARDING_ASSIGNEES, type PreboardingAssignee } from '../../entities/preboarding-template.entity';

export class PreboardingTaskOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() titleNl: string;
  @ApiProperty() titleEn: string;
  @ApiProperty({ type: String, nullable: true }) descriptionNl: string | null;
  @ApiProperty({ type: String, nullable: true }) descriptionEn: string | null;
  @ApiProperty() dueOffsetDays: number;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: PREBOARDING_ASSIGNEES, enumName: 'PreboardingAssignee' }) assignee: PreboardingAssignee;
  @ApiProperty() done: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) doneAt: string | null;
  @ApiProperty({ description: 'Not done and the due day is over (Amsterdam time)' }) overdue: boolean;
}

export class PreboardingNextTaskOutput {
  @ApiProperty() titleNl: string;
  @ApiProperty() titleEn: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: PREBOARDING_ASSIGNEES, enumName: 'PreboardingAssignee' }) assignee: PreboardingAssignee;
}

export class PreboardingStarterSummaryOutput {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ enum: PHASES, enumName: 'Phase' }) phase: Phase;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null until the hourly job (or HR) created it' }) checklistId: string | null;
  @ApiProperty({ type: String, nullable: true }) templateName: string | null;
  @ApiProperty() done: number;
  @ApiProperty() total: number;
  @ApiProperty() overdue: number;
  @ApiProperty({ type: PreboardingNextTaskOutput, nullable: true }) nextTask: PreboardingNextTaskOutput | null;
}

export class PreboardingChecklistInfoOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() templateName: string;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) linkSentAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PreboardingStarterDetailOutput {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ enum: LOCALES, enumName: 'Locale' }) locale: Locale;
  @ApiProperty({ enum: PHASES, enumName: 'Phase' }) phase: Phase;
  @ApiProperty({ type: String, nullable: true }) department: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate: string | null;
  @ApiProperty({ type: PreboardingChecklistInfoOutput, nullable: true }) checklist: PreboardingChecklistInfoOutput | null;
  @ApiProperty({ type: PreboardingTaskOutput, isArray: true }) tasks: PreboardingTaskOutput[];
  @ApiProperty() done: number;
  @ApiProperty() total: number;
}

export class PreboardingPersonOutput {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ enum: PHASES, enumName: 'Phase' }) phase: Phase;
  @ApiProperty({ type: String, nullable: true }) department: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate: string | null;
}

export class PreboardingLinkSentOutput {
  @ApiProperty() sentTo: string;
}
