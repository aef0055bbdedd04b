import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class MatchPersonParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  personId: string;
}

export class InviteToApplyInput {
  @ApiPropertyOptional({ type: String, maxLength: 1000, nullable: true, description: "HR's short personal line, shown in the mail as plain text" })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(1000)
  message?: string | null;
}

export class ReferMatchInput {
  @ApiPropertyOptional({
    type: String,
    maxLength: 1000,
    nullable: true,
    description: "HR's note to the candidate: why HR thinks of them (plain text; shown in the consent request and kept as the referral's motivation)",
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}
