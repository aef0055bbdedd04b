import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Public, RateLimit, Roles } from '@kring/server-identity';
import { ShareApplicationInput, ShareCodeParams, ShareVisitInput, VacancyIdParams } from './inputs/share-link.input';
import { ShareApplicationOutput, ShareLinkOutput, SharedVacancyOutput } from './outputs/share-link.output';
import { ShareLinksService } from './share-links.service';

const PUBLIC_REASON = 'candidates open shared vacancy links without an account';

@ApiTags('share-links')
@Controller()
export class ShareLinksController {
  constructor(private readonly shareLinks: ShareLinksService) {}

  @Post('open-vacancies/:id/share-link')
  @HttpCode(200)
  @Roles('employee', 'alumnus', 'external_referrer', 'hr_admin')
  @ApiOperation({ operationId: 'getMyShareLink', summary: 'Your personal link for a vacancy (created on first use), with channel variants, texts and clicks' })
  @ApiOkResponse({ type: ShareLinkOutput })
  mine(@Auth() auth: AuthContext, @Param() params: VacancyIdParams): Promise<ShareLinkOutput> {
    return this.shareLinks.mine(auth.organisationId, auth.userId, params.id);
  }

  @Get('public/share-links/:code')
  @Public(PUBLIC_REASON)
  @RateLimit({ name: 'share-view', windowSeconds: 900, limits: { ip: 300 } })
  @ApiOperation({ operationId: 'getSharedVacancy', summary: 'The vacancy behind a share link' })
  @ApiOkResponse({ type: SharedVacancyOutput })
  view(@Param() params: ShareCodeParams): Promise<SharedVacancyOutput> {
    return this.shareLinks.publicVacancy(params.code);
  }

  @Post('public/share-links/:code/visits')
  @HttpCode(204)
  @Public(PUBLIC_REASON)
  @RateLimit({ name: 'share-visit', windowSeconds: 900, limits: { ip: 120 } })
  @ApiOperation({ operationId: 'recordShareLinkVisit', summary: 'Count a visit through a share link, per channel' })
  @ApiNoContentResponse()
  visit(@Param() params: ShareCodeParams, @Body() body: ShareVisitInput): Promise<void> {
    return this.shareLinks.recordVisit(params.code, body);
  }

  @Post('public/share-links/:code/applications')
  @Public(PUBLIC_REASON)
  @RateLimit({ name: 'share-apply', windowSeconds: 3600, limits: { ip: 10, email: 3 } })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiOperation({ operationId: 'applyViaShareLink', summary: "Apply through a referrer's link (becomes their referral, with the candidate's own consent)" })
  @ApiCreatedResponse({ type: ShareApplicationOutput })
  apply(@Param() params: ShareCodeParams, @Body() body: ShareApplicationInput): Promise<ShareApplicationOutput> {
    return this.shareLinks.apply(params.code, body);
  }
}
