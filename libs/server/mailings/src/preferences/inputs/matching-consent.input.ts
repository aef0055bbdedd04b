import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class MatchingConsentPreferenceInput {
  @ApiProperty({ description: 'true: HR may compare your skills profile with vacancies (consent for 24 months); false: withdraw at once' })
  @IsBoolean()
  granted: boolean;
}
