import { ApiProperty } from '@nestjs/swagger';
import { PHASES, type Phase, type Role } from '@kring/shared-domain';
import { OFFBOARDING_REASONS, OFFBOARDING_STATUSES, type OffboardingReason, type OffboardingStatus } from '../offboarding.constants';

export class OffboardingOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() personName: string;
  @ApiProperty({ type: String, nullable: true }) employeeNumber: string | null;
  @ApiProperty({ format: 'date' }) leavingDate: string;
  @ApiProperty({ enum: OFFBOARDING_REASONS, enumName: 'OffboardingReason' }) reason: OffboardingReason;
  @ApiProperty() eligibleForRehire: boolean;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Private email for the stay-in-touch mail and the alumnus login' }) privateEmail: string | null;
  @ApiProperty({ enum: OFFBOARDING_STATUSES, enumName: 'OffboardingStatus' }) status: OffboardingStatus;
  @ApiProperty({ enum: ['hr', 'import'] }) source: 'hr' | 'import';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class EmployeeOutput {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) employeeNumber: string | null;
  @ApiProperty({ type: String, nullable: true }) department: string | null;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['permanent', 'flex'] }) employmentType: 'permanent' | 'flex' | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate: string | null;
  @ApiProperty({ enum: PHASES, enumName: 'Phase' }) phase: Phase;
  @ApiProperty({ type: String, isArray: true, description: 'Roles of their account; empty without one' }) roles: Role[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When a former employee came back' }) boomerangAt: string | null;
  @ApiProperty({ type: OffboardingOutput, nullable: true, description: 'The scheduled offboarding, if any' }) offboarding: OffboardingOutput | null;
}

export class EmployeeListOutput {
  @ApiProperty({ type: EmployeeOutput, isArray: true }) items: EmployeeOutput[];
}
