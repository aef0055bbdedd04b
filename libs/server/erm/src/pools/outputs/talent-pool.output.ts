import { ApiProperty } from '@nestjs/swagger';
import { PHASES, type Phase } from '@kring/shared-domain';
import type { PoolMemberRow, TalentPoolRow } from '../talent-pools.repository';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export class TalentPoolOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ description: 'Offered on the public form' }) public: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
  @ApiProperty() memberCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(row: TalentPoolRow): TalentPoolOutput {
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      public: row.public,
      archivedAt: iso(row.archivedAt),
      memberCount: row.memberCount,
      createdAt: iso(row.createdAt)!,
      updatedAt: iso(row.updatedAt)!,
    };
  }
}

export class TalentPoolListOutput {
  @ApiProperty({ type: TalentPoolOutput, isArray: true }) items: TalentPoolOutput[];
}

export class PoolMemberOutput {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ enum: PHASES, enumName: 'Phase' }) phase: Phase;
  @ApiProperty({ description: '`hr` or `talent_pool_form`' }) source: string;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When their talent-pool consent expires (null: no consent on record)' })
  consentExpiresAt: string | null;

  static from(row: PoolMemberRow): PoolMemberOutput {
    return {
      personId: row.personId,
      name: `${row.firstName} ${row.lastName}`.trim(),
      email: row.email,
      phase: row.phase,
      source: row.source,
      joinedAt: iso(row.joinedAt)!,
      consentExpiresAt: iso(row.consentExpiresAt),
    };
  }
}

export class PoolMemberListOutput {
  @ApiProperty({ type: PoolMemberOutput, isArray: true }) items: PoolMemberOutput[];
  @ApiProperty() total: number;
}

export class AddPoolMembersOutput {
  @ApiProperty({ description: 'How many people were not in the pool yet' }) added: number;
}
