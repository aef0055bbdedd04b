import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, RateLimit } from '@kring/server-identity';
import { OrganisationSlugParams, TalentPoolSignupInput, TalentPoolTokenInput } from './inputs/signup.input';
import { TalentPoolConfirmOutput, TalentPoolFormOutput, TalentPoolLeaveOutput, TalentPoolRenewOutput, TalentPoolSignupOutput } from './outputs/public.output';
import { PublicSignupService } from './public-signup.service';

const FORM_REASON = 'people not ready to apply sign up for the talent pool without an account';
const LINK_REASON = 'talent-pool contacts have no account; the mailed token is the credential';
const LINK_LIMIT = { name: 'talent-pool-link', windowSeconds: 900, limits: { ip: 30 } };

/** The "keep me posted" form (/join/:slug) and the links in its mails. */
@ApiTags('talent-pool-public')
@Controller('public/talent-pool')
export class PublicTalentPoolController {
  constructor(private readonly signups: PublicSignupService) {}

  @Get('forms/:slug')
  @Public(FORM_REASON)
  @RateLimit({ name: 'talent-pool-form', windowSeconds: 900, limits: { ip: 300 } })
  @ApiOperation({ operationId: 'getTalentPoolForm', summary: 'The organisation behind a "keep me posted" form, its public pools and the privacy facts' })
  @ApiOkResponse({ type: TalentPoolFormOutput })
  form(@Param() params: OrganisationSlugParams): Promise<TalentPoolFormOutput> {
    return this.signups.form(params.slug);
  }

  @Post('forms/:slug/signups')
  @HttpCode(202)
  @Public(FORM_REASON)
  @RateLimit({ name: 'talent-pool-signup', windowSeconds: 3600, limits: { ip: 10, email: 3 } })
  @ApiOperation({ operationId: 'signUpForTalentPool', summary: 'Sign up; a confirmation link is mailed (the answer is the same whether or not the address is known)' })
  @ApiAcceptedResponse({ type: TalentPoolSignupOutput })
  signup(@Param() params: OrganisationSlugParams, @Body() body: TalentPoolSignupInput): Promise<TalentPoolSignupOutput> {
    return this.signups.signup(params.slug, body);
  }

  @Post('confirm')
  @HttpCode(200)
  @Public(LINK_REASON)
  @RateLimit(LINK_LIMIT)
  @ApiOperation({ operationId: 'confirmTalentPoolSignup', summary: 'Confirm a sign-up (double opt-in): consent for 12 months, pools joined' })
  @ApiOkResponse({ type: TalentPoolConfirmOutput })
  confirm(@Body() body: TalentPoolTokenInput): Promise<TalentPoolConfirmOutput> {
    return this.signups.confirm(body);
  }

  @Post('renew')
  @HttpCode(200)
  @Public(LINK_REASON)
  @RateLimit(LINK_LIMIT)
  @ApiOperation({ operationId: 'renewTalentPoolConsent', summary: 'Renew talent-pool consent for 12 months from now' })
  @ApiOkResponse({ type: TalentPoolRenewOutput })
  renew(@Body() body: TalentPoolTokenInput): Promise<TalentPoolRenewOutput> {
    return this.signups.renew(body);
  }

  @Post('leave')
  @HttpCode(200)
  @Public(LINK_REASON)
  @RateLimit(LINK_LIMIT)
  @ApiOperation({ operationId: 'leaveTalentPool', summary: 'Leave the talent pool: consent withdrawn, details erased unless kept for another reason' })
  @ApiOkResponse({ type: TalentPoolLeaveOutput })
  leave(@Body() body: TalentPoolTokenInput): Promise<TalentPoolLeaveOutput> {
    return this.signups.leave(body);
  }
}
