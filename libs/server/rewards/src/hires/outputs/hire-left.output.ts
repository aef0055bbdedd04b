import { ApiProperty } from '@nestjs/swagger';

export class HireLeftOutput {
  @ApiProperty({ format: 'uuid' }) referralId: string;
  @ApiProperty({ format: 'date' }) leftOn: string;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Unpaid rewards this cancelled' }) cancelledRewardIds: string[];
}
