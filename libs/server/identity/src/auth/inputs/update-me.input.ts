import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { LOCALES, type Locale } from '@kring/shared-domain';

export class UpdateMeInput {
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale: Locale;
}
