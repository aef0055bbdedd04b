import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { ERASURE_REASONS, type ErasureReason } from '../privacy.constants';

export class PersonIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}

export class ErasePersonInput {
  @ApiProperty({ enum: ERASURE_REASONS, enumName: 'ErasureReason', description: 'A category only: free text could hold personal data' })
  @IsIn(ERASURE_REASONS, { message: `must be one of ${ERASURE_REASONS.join(', ')}` })
  reason: ErasureReason;
}
