import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ATTENDANCES, type Attendance } from '../event-rules';

/** Invite everyone in a segment, a list of people, or both. */
export class InviteInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'A segment of your organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  segmentId?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', isArray: true, maxItems: 1000 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  personIds?: string[];
}

export class AttendanceEntryInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  invitationId: string;

  @ApiProperty({ enum: ATTENDANCES, enumName: 'EventAttendance' })
  @IsIn(ATTENDANCES)
  attendance: Attendance;
}

export class RecordAttendanceInput {
  @ApiProperty({ type: AttendanceEntryInput, isArray: true, maxItems: 1000 })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries: AttendanceEntryInput[];
}
