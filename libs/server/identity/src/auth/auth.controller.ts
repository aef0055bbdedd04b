import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, Public } from '../access/access.decorators';
import { Auth, AuthContext } from '../access/auth-context';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { SessionCookies } from '../sessions/session-cookies';
import { AuthService } from './auth.service';
import { LoginInput } from './inputs/login.input';
import { RequestMagicLinkInput, TokenInput } from './inputs/magic-link.input';
import { UpdateMeInput } from './inputs/update-me.input';
import { AcceptedOutput, SessionOutput } from './session.output';

const userAgent = (request: FastifyRequest) => request.headers['user-agent'] ?? null;

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  @Post('auth/login')
  @HttpCode(200)
  @Public('signing in')
  @RateLimit({ name: 'login', windowSeconds: 900, limits: { ip: 100, email: 10 } })
  @ApiOperation({ operationId: 'login', summary: 'Sign in with email and password' })
  @ApiOkResponse({ type: SessionOutput })
  async login(@Body() body: LoginInput, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.cookies.issue(reply, await this.auth.login(body, userAgent(req)));
  }

  @Get('auth/session')
  @Authenticated()
  @ApiOperation({ operationId: 'getSession', summary: 'The signed-in user, their organisation and the CSRF token' })
  @ApiOkResponse({ type: SessionOutput })
  session(@Auth() auth: AuthContext): Promise<SessionOutput> {
    return this.auth.session(auth);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ operationId: 'logout', summary: 'End this session' })
  @ApiNoContentResponse()
  async logout(@Auth() auth: AuthContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(auth);
    this.cookies.clear(reply);
  }

  @Post('auth/magic-link')
  @HttpCode(202)
  @Public('requesting a login link by mail')
  @RateLimit({ name: 'magic-link', windowSeconds: 900, limits: { ip: 30, email: 5 } })
  @ApiOperation({
    operationId: 'requestMagicLink',
    summary: 'Mail a single-use login link (alumni and external referrers); always answers 202',
  })
  @ApiAcceptedResponse({ type: AcceptedOutput })
  async requestMagicLink(@Body() body: RequestMagicLinkInput): Promise<AcceptedOutput> {
    return this.auth.requestMagicLink(body).then(() => ({}));
  }

  @Post('auth/magic-link/verify')
  @HttpCode(200)
  @Public('using a login link')
  @RateLimit({ name: 'magic-link-verify', windowSeconds: 900, limits: { ip: 30 } })
  @ApiOperation({ operationId: 'verifyMagicLink', summary: 'Sign in with the token from a login link (once, within 15 minutes)' })
  @ApiOkResponse({ type: SessionOutput })
  async verifyMagicLink(@Body() body: TokenInput, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.cookies.issue(reply, await this.auth.verifyMagicLink(body, userAgent(req)));
  }

  @Patch('me')
  @Authenticated()
  @ApiOperation({ operationId: 'updateMe', summary: 'Change your own preferences (language)' })
  @ApiOkResponse({ type: SessionOutput })
  updateMe(@Auth() auth: AuthContext, @Body() body: UpdateMeInput): Promise<SessionOutput> {
    return this.auth.updateMe(auth, body);
  }
}
