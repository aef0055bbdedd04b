import { PageInput } from '@kring/server-http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PROGRAMME_KINDS, type ProgrammeKind } from '@kring/shared-domain';
import type { ProgrammeStatus } from '../programme-choice';

export const PROGRAMME_STATUSES = ['scheduled', 'active', 'ended', 'archived'] as const satisfies readonly ProgrammeStatus[];

export class ListProgrammesInput extends PageInput {
  @ApiPropertyOptional({ enum: PROGRAMME_STATUSES, enumName: 'ProgrammeStatus' })
  @IsOptional()
  @IsIn(PROGRAMME_STATUSES)
  status?: ProgrammeStatus;

  @ApiPropertyOptional({ enum: PROGRAMME_KINDS, enumName: 'ProgrammeKind' })
  @IsOptional()
  @IsIn(PROGRAMME_KINDS)
  kind?: ProgrammeKind;

}
