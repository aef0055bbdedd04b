import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateBy } from 'class-validator';
import { isCalendarDay } from '../../due-dates';

/**
 * A calendar day as YYYY-MM-DD and nothing else (no time, no week date, no sign), that exists in the calendar.
 * The range (a year back to two years ahead) depends on today, so the service checks it with the Clock.
 */
const date = (): PropertyDecorator => (target, key) => {
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' })(target, key);
  ValidateBy({
    name: 'isCalendarDay',
    validator: { validate: (value: unknown) => typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || isCalendarDay(value), defaultMessage: () => 'is not a date in the calendar' },
  })(target, key);
};

export class StartPreboardingInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) personId: string;
  @ApiProperty({ format: 'date', description: 'First working day' }) @date() startDate: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Without it, the default template' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  templateId?: string;
}

export class ChangeStartDateInput {
  @ApiProperty({ format: 'date' }) @date() startDate: string;
}

export class SetTaskDoneInput {
  @ApiProperty() @IsBoolean() done: boolean;
}

export class StarterParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) personId: string;
}

export class StarterTaskParams extends StarterParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) taskId: string;
}

export class FindPreboardingPeopleInput {
  @ApiPropertyOptional({ maxLength: 100, description: 'Name or email' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
