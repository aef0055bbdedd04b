import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Length, Matches, Max, MaxLength, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const localMessage = { message: 'must be a local date and time (YYYY-MM-DDTHH:mm)' };

/**
 * An event as HR plans it. Start, end and RSVP deadline are wall-clock times in `timeZone` (as HR thinks of them);
 * the server turns them into instants, so summer time is handled once, here.
 */
export class CreateEventInput {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Open dag Zorggroep De Linde' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({ maxLength: 10_000, default: '', description: 'Plain text (shown as text, never as HTML)' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string;

  @ApiProperty({ example: '2026-12-12T19:00', description: 'Local start in timeZone' })
  @IsString()
  @Matches(LOCAL_DATE_TIME, localMessage)
  start: string;

  @ApiProperty({ example: '2026-12-12T21:00', description: 'Local end in timeZone; after the start' })
  @IsString()
  @Matches(LOCAL_DATE_TIME, localMessage)
  end: string;

  @ApiProperty({ example: 'Europe/Amsterdam', description: 'IANA time zone the event is planned in' })
  @IsString()
  @Length(1, 64)
  timeZone: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300, description: 'Address; a place or an online link is required' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'https link for an online event' })
  @Transform(trimToNull)
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true, require_tld: false }, { message: 'must be an https link' })
  @MaxLength(2000)
  onlineUrl?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 100_000, description: 'Seats; null: unlimited' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-12-10T17:00', description: 'Local RSVP deadline in timeZone; at or before the start' })
  @IsOptional()
  @IsString()
  @Matches(LOCAL_DATE_TIME, localMessage)
  rsvpDeadline?: string | null;
}

/** Only the fields sent change; `null` clears location, online link, capacity or deadline. */
export class UpdateEventInput extends PartialType(CreateEventInput) {}
