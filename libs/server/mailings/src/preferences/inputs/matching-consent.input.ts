import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, Length } from 'class-validator';

export class MatchingConsentPreferenceInput {
  @ApiProperty({ description: 'true: HR may compare your skills profile with vacancies (consent for 24 months); false: withdraw at once' })
  @IsBoolean()
  granted: boolean;
}

/** The public preference centre: the signed token from the mail link and the wanted state of the matching consent. */
export class LinkMatchingConsentInput extends MatchingConsentPreferenceInput {
  @ApiProperty({ maxLength: 200, description: 'The signed token from the mail link' }) @IsString() @Length(20, 200) token: string;
}
