import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDateString, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

const date = () => IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' });

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
