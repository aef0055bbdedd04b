import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageInput } from '@kring/server-http';

export class EventIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;
}

export class ListEventsInput extends PageInput {
  @ApiPropertyOptional({ enum: ['upcoming', 'past'], default: 'upcoming', description: 'upcoming: not yet ended; past: ended' })
  @IsOptional()
  @IsIn(['upcoming', 'past'])
  when?: 'upcoming' | 'past';
}
