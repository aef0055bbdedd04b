import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public, RateLimit } from '@kring/server-identity';
import { RsvpAnswerInput, RsvpTokenInput } from './inputs/rsvp.input';
import { RsvpOutput } from './outputs/rsvp.output';
import { RsvpService } from './rsvp.service';

const LIMIT = { name: 'event-rsvp', windowSeconds: 900, limits: { ip: 60 } };
const WHY = 'invitees have no account; the mailed RSVP token is the credential';

/** The invitee's RSVP page, answer and calendar file. */
@ApiTags('events')
@Controller('events/rsvp')
export class RsvpController {
  constructor(private readonly rsvp: RsvpService) {}

  @Post('lookup')
  @HttpCode(200)
  @Public(WHY)
  @RateLimit(LIMIT)
  @ApiOperation({ operationId: 'lookupEventRsvp', summary: 'The event, the current answer and the waitlist position (reads only)' })
  @ApiOkResponse({ type: RsvpOutput })
  lookup(@Body() body: RsvpTokenInput): Promise<RsvpOutput> {
    return this.rsvp.view(body.token);
  }

  @Post()
  @HttpCode(200)
  @Public(WHY)
  @RateLimit(LIMIT)
  @ApiOperation({ operationId: 'answerEventRsvp', summary: 'Answer yes, no or maybe until the deadline; yes beyond capacity joins the waitlist' })
  @ApiOkResponse({ type: RsvpOutput })
  answer(@Body() body: RsvpAnswerInput): Promise<RsvpOutput> {
    return this.rsvp.answer(body.token, body.answer);
  }

  @Get('ics')
  @Public(WHY)
  @RateLimit(LIMIT)
  @ApiProduces('text/calendar')
  @ApiOperation({ operationId: 'downloadEventIcs', summary: 'The event as an iCalendar file (RFC 5545)' })
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async ics(@Query() query: RsvpTokenInput, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.rsvp.ics(query.token);
    await reply
      .status(200)
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'private, no-store')
      .send(file.content);
  }
}
