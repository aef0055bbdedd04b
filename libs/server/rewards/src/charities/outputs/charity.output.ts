import { ApiProperty } from '@nestjs/swagger';
import type { CharityEntity } from '../../entities/charity.entity';

export class CharityOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() active: boolean;

  static from(c: CharityEntity): CharityOutput {
    return { id: c.id, name: c.name, active: c.active };
  }
}
