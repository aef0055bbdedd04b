import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDateString, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OFFBOARDING_REASONS, OFFBOARDING_STATUSES, type OffboardingReason, type OffboardingStatus } from '../offboarding.constants';

const trimmedOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const emailOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value);

/** The optional private address: the stay-in-touch mail goes there and it becomes the alumnus' login email. */
function PrivateEmail(): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional({ type: String, format: 'email', maxLength: 254, nullable: true, description: 'Private email: gets the stay-in-touch mail and becomes the alumnus login email (the work mailbox closes on leaving)' })(target, key);
    IsOptional()(target, key);
    Transform(emailOrNull)(target, key);
    IsEmail({}, { message: 'must be a valid email address' })(target, key);
    MaxLength(254)(target, key);
  };
}

export class CreateOffboardingInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) personId: string;
  @ApiProperty({ format: 'date', description: 'Last working day; takes effect the day after (Europe/Amsterdam), a past date at once' })
  @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  leavingDate: string;
  @ApiProperty({ enum: OFFBOARDING_REASONS, enumName: 'OffboardingReason' }) @IsIn(OFFBOARDING_REASONS) reason: OffboardingReason;
  @ApiProperty() @IsBoolean() eligibleForRehire: boolean;
  @ApiPropertyOptional({ maxLength: 2000, nullable: true, type: String })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
  @PrivateEmail() privateEmail?: string | null;
}

export class UpdateOffboardingInput {
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' }) leavingDate?: string;
  @ApiPropertyOptional({ enum: OFFBOARDING_REASONS, enumName: 'OffboardingReason' }) @IsOptional() @IsIn(OFFBOARDING_REASONS) reason?: OffboardingReason;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() eligibleForRehire?: boolean;
  @ApiPropertyOptional({ maxLength: 2000, nullable: true, type: String })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
  @PrivateEmail() privateEmail?: string | null;
}

export class OffboardingIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}

export class ListOffboardingsInput {
  @ApiPropertyOptional({ enum: OFFBOARDING_STATUSES, enumName: 'OffboardingStatus' }) @IsOptional() @IsIn(OFFBOARDING_STATUSES) status?: OffboardingStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) personId?: string;
}

export class ListEmployeesInput {
  @ApiPropertyOptional({ maxLength: 100, description: 'Searches name, email and employee number' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ description: 'Also list former employees (exit phase with an employee number)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeAlumni?: boolean;
}
