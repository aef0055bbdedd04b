import { Body, Controller, Get, Headers, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public, RateLimit } from '@kring/server-identity';
import { WEBHOOK_SECRET_HEADER } from './preferences.constants';
import { PreferencesService } from './preferences.service';
import { SuppressionsService } from './suppressions.service';
import { MailingTokenInput, UnsubscribeQuery, UpdatePublicMailPreferencesInput } from './inputs/preferences.input';
import { LinkMatchingConsentInput } from './inputs/matching-consent.input';
import { BounceReportInput } from './inputs/suppressions.input';
import { BounceReportOutput, PublicMailPreferencesOutput } from './outputs/preferences.output';

const LINK_REASON = 'mail recipients have no login; the signed link from the mail is the credential';
/** One-click POSTs come from the mailbox providers' servers (few addresses, many recipients): a generous limit. */
const UNSUBSCRIBE_LIMIT = { name: 'mailing-unsubscribe', windowSeconds: 900, limits: { ip: 2000 } };
const PREFERENCES_LIMIT = { name: 'mailing-preferences', windowSeconds: 900, limits: { ip: 60 } };

/** One-click unsubscribe (RFC 8058), the preference centre without login, and the providers' bounce webhook. */
@ApiTags('mailings-public')
@Controller('public/mailings')
export class PublicPreferencesController {
  constructor(
    private readonly preferences: PreferencesService,
    private readonly suppressions: SuppressionsService,
  ) {}

  @Post('unsubscribe')
  @HttpCode(204)
  @Public(`${LINK_REASON}; RFC 8058 one-click POSTs come without cookies`)
  @RateLimit(UNSUBSCRIBE_LIMIT)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({ required: false, schema: { type: 'object', properties: { 'List-Unsubscribe': { type: 'string', enum: ['One-Click'] } } } })
  @ApiOperation({ operationId: 'unsubscribeOneClick', summary: 'One-click unsubscribe (RFC 8058): withdraws the topic at once; idempotent' })
  @ApiNoContentResponse({ description: 'Unsubscribed (also when already unsubscribed)' })
  async unsubscribe(@Query() query: UnsubscribeQuery): Promise<void> {
    await this.preferences.unsubscribe(query.token, query.topic);
  }

  @Get('unsubscribe')
  @Public(`${LINK_REASON}; a GET only redirects to the preference page (mail scanners follow links)`)
  @RateLimit(UNSUBSCRIBE_LIMIT)
  @ApiOperation({ operationId: 'openUnsubscribeLink', summary: 'Redirects (303) to the preference page; changes nothing' })
  @ApiResponse({ status: 303, description: 'To /preferences/manage?token=' })
  async openUnsubscribe(@Query() query: UnsubscribeQuery, @Res() reply: FastifyReply): Promise<void> {
    await reply.status(303).header('location', this.preferences.preferencePageUrl(query.token)).header('cache-control', 'no-store').send();
  }

  @Post('preferences/lookup')
  @HttpCode(200)
  @Public(LINK_REASON)
  @RateLimit(PREFERENCES_LIMIT)
  @ApiOperation({ operationId: 'lookupMailPreferences', summary: 'Whom the link is for, the state of each mail topic and of the matching consent (reads only)' })
  @ApiOkResponse({ type: PublicMailPreferencesOutput })
  lookup(@Body() body: MailingTokenInput): Promise<PublicMailPreferencesOutput> {
    return this.preferences.lookup(body.token);
  }

  @Put('preferences')
  @Public(LINK_REASON)
  @RateLimit(PREFERENCES_LIMIT)
  @ApiOperation({ operationId: 'updateMailPreferences', summary: 'Switch each topic on (consent for 24 months) or off (withdrawn)' })
  @ApiOkResponse({ type: PublicMailPreferencesOutput })
  update(@Body() body: UpdatePublicMailPreferencesInput): Promise<PublicMailPreferencesOutput> {
    return this.preferences.update(body.token, { newsletter: body.newsletter, job_alerts: body.jobAlerts, events: body.events, programme_mails: body.programmeMails });
  }

  @Put('preferences/matching')
  @Public(LINK_REASON)
  @RateLimit(PREFERENCES_LIMIT)
  @ApiOperation({
    operationId: 'updateLinkMatchingConsent',
    summary: 'Grant (for 24 months) or withdraw (at once) the consent to be found for vacancies; idempotent; never touches the mail topics',
  })
  @ApiOkResponse({ type: PublicMailPreferencesOutput })
  updateMatching(@Body() body: LinkMatchingConsentInput): Promise<PublicMailPreferencesOutput> {
    return this.preferences.updateMatching(body.token, body.granted);
  }

  @Post('bounces')
  @HttpCode(200)
  @Public('SMTP providers call it; authenticated by the shared secret header, not a session')
  @RateLimit({ name: 'mailing-bounces', windowSeconds: 60, limits: { ip: 600 } })
  @ApiHeader({ name: WEBHOOK_SECRET_HEADER, required: true, description: 'The shared secret (MAIL_WEBHOOK_SECRET)' })
  @ApiOperation({ operationId: 'reportMailBounces', summary: 'Bounce and complaint notifications: hard bounces and complaints suppress the address' })
  @ApiOkResponse({ type: BounceReportOutput })
  bounces(@Headers(WEBHOOK_SECRET_HEADER) secret: string | undefined, @Body() body: BounceReportInput): Promise<BounceReportOutput> {
    this.suppressions.authorise(secret);
    return this.suppressions.applyBounces(body.events);
  }
}
