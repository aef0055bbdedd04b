import { Body, Controller, Get, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, AuthContext, Public, RateLimit, Roles } from '@kring/server-identity';
import { ClickQuery, MailSettingsInput } from './inputs/tracking.input';
import { MailSettingsOutput } from './outputs/tracking.output';
import { TrackingService } from './tracking.service';

const LINK_REASON = 'mail recipients have no login; the signed link from the mail is the credential';
/** Pixels and clicks come through the mailbox providers' image proxies and scanners (few addresses, many recipients). */
const TRACKING_LIMIT = { name: 'mailing-tracking', windowSeconds: 900, limits: { ip: 2000 } };

/** The smallest transparent GIF (1×1, 43 bytes). */
export const TRANSPARENT_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** The open pixel and the click redirect of tracked newsletters (only recorded while the organisation has tracking on). */
@ApiTags('mailings-public')
@Controller('public/mailings')
export class PublicTrackingController {
  constructor(private readonly tracking: TrackingService) {}

  @Get('open')
  @Public(`${LINK_REASON}; mail clients load images without cookies`)
  @RateLimit(TRACKING_LIMIT)
  @ApiQuery({ name: 't', required: false, description: 'The signed mailing-link token' })
  @ApiProduces('image/gif')
  @ApiOperation({ operationId: 'mailOpenPixel', summary: 'The open pixel: always a 1×1 GIF; records the first open while tracking is on' })
  @ApiResponse({ status: 200, description: 'A transparent 1×1 GIF', content: { 'image/gif': { schema: { type: 'string', format: 'binary' } } } })
  async open(@Query('t') token: unknown, @Res() reply: FastifyReply): Promise<void> {
    await this.tracking.open(token);
    await reply.status(200).header('content-type', 'image/gif').header('cache-control', 'no-store, max-age=0').send(TRANSPARENT_GIF);
  }

  @Get('click')
  @Public(`${LINK_REASON}; the target is bound to the link by its signature, so this is no open redirect`)
  @RateLimit(TRACKING_LIMIT)
  @ApiOperation({ operationId: 'mailClickRedirect', summary: 'A tracked link: 302 to its signed target; records the first click (and open) while tracking is on' })
  @ApiResponse({ status: 302, description: 'To the link target, exactly as in the mail' })
  @ApiResponse({ status: 400, description: 'Tampered or unknown link (problem+json); never a redirect' })
  async click(@Query() query: ClickQuery, @Res() reply: FastifyReply): Promise<void> {
    const target = await this.tracking.click(query.t, query.u, query.s);
    await reply.status(302).header('location', target).header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').send();
  }
}

/** HR's mail settings: open and click tracking on or off. */
@ApiTags('mailings')
@Controller('mailings/settings')
export class MailSettingsController {
  constructor(private readonly tracking: TrackingService) {}

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getMailSettings', summary: 'Whether opens and clicks of newsletters are tracked (off by default)' })
  @ApiOkResponse({ type: MailSettingsOutput })
  get(@Auth() auth: AuthContext): Promise<MailSettingsOutput> {
    return this.tracking.settings(auth);
  }

  @Put()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'setMailSettings', summary: 'Turn open and click tracking of newsletters on or off (audited)' })
  @ApiOkResponse({ type: MailSettingsOutput })
  set(@Auth() auth: AuthContext, @Body() body: MailSettingsInput): Promise<MailSettingsOutput> {
    return this.tracking.setSettings(auth, body);
  }
}
