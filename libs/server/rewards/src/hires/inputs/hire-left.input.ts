import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsString, IsUUID, Length } from 'class-validator';

export class RecordHireLeftInput {
  @ApiProperty({ format: 'date', description: 'Last day of employment. Rewards due after it are cancelled; earlier ones stand.' })
  @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  leftOn: string;

  @ApiProperty({ maxLength: 1000, description: 'Internal; kept in the audit log and on the referral' }) @IsString() @Length(3, 1000) reason: string;
}

export class HireReferralIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}
