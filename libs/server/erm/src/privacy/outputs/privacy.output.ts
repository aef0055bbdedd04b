import { ApiProperty } from '@nestjs/swagger';

export class ErasureOutput {
  @ApiProperty({ enum: ['deleted', 'tombstone'], enumName: 'ErasureOutcome', description: '`tombstone`: an empty person and account row stay because payroll records point at them' })
  outcome: 'deleted' | 'tombstone';
  @ApiProperty({ format: 'date-time' }) erasedAt: string;
  @ApiProperty() referralsAnonymised: number;
  @ApiProperty() filesDeleted: number;
  @ApiProperty() mailsDeleted: number;
}
