import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../access/access.decorators';
import { TokenInput } from '../auth/inputs/magic-link.input';
import { SessionOutput } from '../auth/session.output';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { SessionCookies } from '../sessions/session-cookies';
import { AcceptInvitationInput } from './inputs/accept-invitation.input';
import { InvitationsService } from './invitations.service';
import { InvitationPreviewOutput } from './outputs/invitation-preview.output';

@ApiTags('auth')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly cookies: SessionCookies,
  ) {}

  @Post('lookup')
  @HttpCode(200)
  @Public('the invitee has no account yet; the token is the credential')
  @RateLimit({ name: 'invitation', windowSeconds: 900, limits: { ip: 30 } })
  @ApiOperation({ operationId: 'lookupInvitation', summary: 'What an invitation is for, before accepting it' })
  @ApiOkResponse({ type: InvitationPreviewOutput })
  lookup(@Body() body: TokenInput): Promise<InvitationPreviewOutput> {
    return this.invitations.lookup(body);
  }

  @Post('accept')
  @HttpCode(200)
  @Public('the invitee has no account yet; the token is the credential')
  @RateLimit({ name: 'invitation', windowSeconds: 900, limits: { ip: 30 } })
  @ApiOperation({ operationId: 'acceptInvitation', summary: 'Accept an invitation (choosing a password where required) and sign in' })
  @ApiOkResponse({ type: SessionOutput })
  async accept(@Body() body: AcceptInvitationInput, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.cookies.issue(reply, await this.invitations.accept(body, req.headers['user-agent'] ?? null));
  }
}
