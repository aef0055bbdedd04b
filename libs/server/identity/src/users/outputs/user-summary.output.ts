import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@kring/shared-domain';
import type { UserStatus } from '../../entities/user.entity';
import { USER_STATUSES } from '../inputs/list-users.input';
import type { UserRow } from '../users.repository';

export class UserSummaryOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ enum: ROLES, isArray: true, enumName: 'Role' }) roles: Role[];
  @ApiProperty({ enum: USER_STATUSES, enumName: 'UserStatus' }) status: UserStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(user: UserRow): UserSummaryOutput {
    return {
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      roles: user.roles,
      status: user.status,
      lastLoginAt: user.lastLoginAt ? new Date(user.lastLoginAt).toISOString() : null,
      createdAt: new Date(user.createdAt).toISOString(),
    };
  }
}

export class UserListOutput {
  @ApiProperty({ type: UserSummaryOutput, isArray: true }) items: UserSummaryOutput[];
  @ApiProperty() total: number;
}
