import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsIn, IsOptional, IsString, IsUUID, Length, MinDate } from 'class-validator';
import { PHASES, TOUCHPOINT_CHANNELS, type Phase, type TouchpointChannel } from '@kring/shared-domain';

export const MAX_BULK_PEOPLE = 1000;
/** The earliest moment a touchpoint logged by hand may have happened. */
export const EARLIEST_TOUCHPOINT = new Date('2000-01-01T00:00:00Z');
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Moving one person by hand: the target phase and why. */
export class MovePersonInput {
  @ApiProperty({ enum: PHASES, enumName: 'Phase' })
  @IsIn(PHASES)
  to: Phase;

  @ApiProperty({ minLength: 1, maxLength: 500, example: 'Gesprek gehad, staat open voor een overstap' })
  @Transform(trim)
  @IsString()
  @Length(1, 500)
  reason: string;
}

/** Moving many people at once; ids of other organisations are ignored. */
export class MovePeopleInput extends MovePersonInput {
  @ApiProperty({ type: String, format: 'uuid', isArray: true, minItems: 1, maxItems: MAX_BULK_PEOPLE })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_PEOPLE)
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  personIds: string[];
}

/** A touchpoint HR logs by hand, e.g. "Kerstkaart verstuurd" (post) or "Koffie met recruiter" (meeting). */
export class LogTouchpointInput {
  @ApiProperty({ enum: TOUCHPOINT_CHANNELS, enumName: 'TouchpointChannel' })
  @IsIn(TOUCHPOINT_CHANNELS)
  channel: TouchpointChannel;

  @ApiProperty({ minLength: 1, maxLength: 2000, example: 'Kerstkaart verstuurd' })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  note: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'When it happened (default: now); from 2000 on, not in the future' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  // A lower bound keeps dates PostgreSQL cannot store (e.g. year -200000) a 400 instead of a 500; the upper bound ("not in the future") is checked against the clock in PeopleService.
  @MinDate(EARLIEST_TOUCHPOINT, { message: 'must not be before 2000' })
  occurredAt?: Date;
}

export class LogTouchpointForPeopleInput extends LogTouchpointInput {
  @ApiProperty({ type: String, format: 'uuid', isArray: true, minItems: 1, maxItems: MAX_BULK_PEOPLE })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_PEOPLE)
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  personIds: string[];
}
