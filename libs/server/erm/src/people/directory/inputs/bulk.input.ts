import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PHASES, TOUCHPOINT_CHANNELS, type Phase, type TouchpointChannel } from '@kring/shared-domain';

export const MAX_BULK_PEOPLE = 1000;
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

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'When it happened (default: now); not in the future' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
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
