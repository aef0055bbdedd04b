import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import {
  CreateNewsletterInput,
  ListNewslettersQuery,
  NewsletterIdParams,
  PreviewNewsletterQuery,
  ResendInterruptedInput,
  SendNewsletterInput,
  UpdateNewsletterInput,
} from './inputs/newsletter.input';
import {
  NewsletterFiguresOutput,
  NewsletterListOutput,
  NewsletterOutput,
  NewsletterPreviewOutput,
  ResendInterruptedOutput,
} from './outputs/newsletter.output';
import { NewslettersService } from './newsletters.service';

@ApiTags('newsletters')
@Controller('newsletters')
export class NewslettersController {
  constructor(private readonly newsletters: NewslettersService) {}

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listNewsletters', summary: 'Newsletters and activation mails, newest first (filter by kind or programme)' })
  @ApiOkResponse({ type: NewsletterListOutput })
  list(@Auth() auth: AuthContext, @Query() query: ListNewslettersQuery): Promise<NewsletterListOutput> {
    return this.newsletters.list(auth, query);
  }

  @Post()
  @Roles('hr_admin')
  @ApiOperation({
    operationId: 'createNewsletter',
    summary: 'Create a draft with its language variants; with programmeId a programme activation mail (409 activation_programme_closed)',
  })
  @ApiCreatedResponse({ type: NewsletterOutput })
  create(@Auth() auth: AuthContext, @Body() body: CreateNewsletterInput): Promise<NewsletterOutput> {
    return this.newsletters.create(auth, body);
  }

  @Get(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getNewsletter', summary: 'One newsletter with variants and figures (poll while sending)' })
  @ApiOkResponse({ type: NewsletterOutput })
  get(@Auth() auth: AuthContext, @Param() params: NewsletterIdParams): Promise<NewsletterOutput> {
    return this.newsletters.get(auth, params.id);
  }

  @Patch(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'updateNewsletter', summary: 'Change a draft or scheduled newsletter; 409 newsletter_not_editable' })
  @ApiOkResponse({ type: NewsletterOutput })
  update(@Auth() auth: AuthContext, @Param() params: NewsletterIdParams, @Body() body: UpdateNewsletterInput): Promise<NewsletterOutput> {
    return this.newsletters.update(auth, params.id, body);
  }

  @Get(':id/preview')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'previewNewsletter', summary: 'One language rendered (HTML and text) with sample personalisation' })
  @ApiOkResponse({ type: NewsletterPreviewOutput })
  preview(@Auth() auth: AuthContext, @Param() params: NewsletterIdParams, @Query() query: PreviewNewsletterQuery): Promise<NewsletterPreviewOutput> {
    return this.newsletters.preview(auth, params.id, query.locale);
  }

  @Post(':id/test')
  @HttpCode(204)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'testSendNewsletter', summary: 'Send one language to yourself through the outbox' })
  @ApiNoContentResponse()
  testSend(@Auth() auth: AuthContext, @Param() params: NewsletterIdParams, @Query() query: PreviewNewsletterQuery): Promise<void> {
    return this.newsletters.testSend(auth, params.id, query.locale);
  }

  @Post(':id/send')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'sendNewsletter', summary: 'Send now, or schedule with scheduledAt; 409 newsletter_not_sendable' })
  @ApiOkResponse({ type: NewsletterOutput })
  send(@Auth() auth: AuthContext, @Param() params: NewsletterIdParams, @Body() body: SendNewsletterInput): Promise<NewsletterOutput> {
    return this.newsletters.send(auth, params.id, body);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'cancelNewsletter', summary: 'Cancel a draft, scheduled or sending newsletter (unsent rows are skipped)' })
  @ApiOkResponse({ type: NewsletterOutput })
  cancel(@Auth() auth: AuthContext, @Param() params: NewsletterIdParams): Promise<NewsletterOutput> {
    return this.newsletters.cancel(auth, params.id);
  }

  @Post(':id/resend-interrupted')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({
    operationId: 'resendInterruptedNewsletter',
    summary: 'Send the rows interrupted in flight again, knowing some may arrive twice (audited; a repeat resends nothing)',
  })
  @ApiOkResponse({ type: ResendInterruptedOutput })
  resendInterrupted(
    @Auth() auth: AuthContext,
    @Param() params: NewsletterIdParams,
    @Body() _body: ResendInterruptedInput,
  ): Promise<ResendInterruptedOutput> {
    return this.newsletters.resendInterrupted(auth, params.id);
  }

  @Get(':id/figures')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getNewsletterFigures', summary: 'Recipients, sent, failed, bounced, unsubscribed (counted in SQL)' })
  @ApiOkResponse({ type: NewsletterFiguresOutput })
  figures(@Auth() auth: AuthContext, @Param() params: NewsletterIdParams): Promise<NewsletterFiguresOutput> {
    return this.newsletters.figures(auth.organisationId, params.id);
  }
}
