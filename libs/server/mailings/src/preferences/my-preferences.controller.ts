import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Authenticated } from '@kring/server-identity';
import { PreferencesService } from './preferences.service';
import { MailTopicChoiceInput } from './inputs/preferences.input';
import { MailPreferencesOutput } from './outputs/preferences.output';

/** The signed-in user's own mail topics (the same topics as the preference centre). */
@ApiTags('mailings')
@Controller('me/mail-preferences')
export class MyPreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ operationId: 'getMyMailPreferences', summary: 'Your mail topics: newsletter, job alerts, events (and programme mails for referrers)' })
  @ApiOkResponse({ type: MailPreferencesOutput })
  mine(@Auth() auth: AuthContext): Promise<MailPreferencesOutput> {
    return this.preferences.mine(auth);
  }

  @Put()
  @Authenticated()
  @ApiOperation({ operationId: 'setMyMailPreferences', summary: 'Switch your mail topics on (consent for 24 months) or off' })
  @ApiOkResponse({ type: MailPreferencesOutput })
  setMine(@Auth() auth: AuthContext, @Body() body: MailTopicChoiceInput): Promise<MailPreferencesOutput> {
    return this.preferences.setMine(auth, { newsletter: body.newsletter, job_alerts: body.jobAlerts, events: body.events, programme_mails: body.programmeMails });
  }
}
