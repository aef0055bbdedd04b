import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PROGRAMME_KINDS, type ProgrammeKind } from '@kring/shared-domain';
import type { ProgrammeStatus } from '../programme-choice';

export const PROGRAMME_STATUSES = ['scheduled', 'active', 'ended', 'archived'] as const satisfies readonly ProgrammeStatus[];

export class ListProgrammesInput {
  @ApiPropertyOptional({ enum: PROGRAMME_STATUSES, enumName: 'ProgrammeStatus' })
  @IsOptional()
  @IsIn(PROGRAMME_STATUSES)
  status?: ProgrammeStatus;

  @ApiPropertyOptional({ enum: PROGRAMME_KINDS, enumName: 'ProgrammeKind' })
  @IsOptional()
  @IsIn(PROGRAMME_KINDS)
  kind?: ProgrammeKind;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}
