import { PageInput } from '@kring/server-http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { UserStatus } from '../../entities/user.entity';

export const USER_STATUSES = ['invited', 'active', 'deactivated'] as const;

export class ListUsersInput extends PageInput {
  @ApiPropertyOptional({ enum: USER_STATUSES, enumName: 'UserStatus' })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @ApiPropertyOptional({ description: 'Searches email and name', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

}
