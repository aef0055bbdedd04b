import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Authenticated } from '@kring/server-identity';
import { MatchingConsentService } from './matching-consent.service';
import { MatchingConsentPreferenceInput } from './inputs/matching-consent.input';
import { MatchingConsentPreferenceOutput } from './outputs/matching-consent.output';

/** The signed-in person's own consent to be found for vacancies (purpose `matching`), apart from the mail topics. */
@ApiTags('mailings')
@Controller('me/matching-consent')
export class MyMatchingConsentController {
  constructor(private readonly matching: MatchingConsentService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ operationId: 'getMyMatchingConsent', summary: 'Whether HR may compare your skills profile with vacancies (consent purpose matching)' })
  @ApiOkResponse({ type: MatchingConsentPreferenceOutput })
  mine(@Auth() auth: AuthContext): Promise<MatchingConsentPreferenceOutput> {
    return this.matching.mine(auth);
  }

  @Put()
  @Authenticated()
  @ApiOperation({ operationId: 'setMyMatchingConsent', summary: 'Grant (for 24 months) or withdraw (at once) your matching consent; idempotent' })
  @ApiOkResponse({ type: MatchingConsentPreferenceOutput })
  setMine(@Auth() auth: AuthContext, @Body() body: MatchingConsentPreferenceInput): Promise<MatchingConsentPreferenceOutput> {
    return this.matching.setMine(auth, body.granted);
  }
}
