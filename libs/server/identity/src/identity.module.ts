import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@kring/server-mail';
import { AccessGuard } from './access/access.guard';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginTokenEntity } from './entities/login-token.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { InvitationsController } from './invitations/invitations.controller';
import { InvitationsService } from './invitations/invitations.service';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RateLimitRepository } from './rate-limit/rate-limit.repository';
import { LoginTokensRepository } from './sessions/login-tokens.repository';
import { Passwords } from './sessions/passwords';
import { SessionCookies } from './sessions/session-cookies';
import { SessionsRepository } from './sessions/sessions.repository';
import { SessionsService } from './sessions/sessions.service';
import { UsersController } from './users/users.controller';
import { UsersRepository } from './users/users.repository';
import { UsersService } from './users/users.service';

/** Who is calling and what they may do: accounts, sessions, login links, invitations, access rules, rate limits. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity, LoginTokenEntity]), MailModule],
  controllers: [AuthController, InvitationsController, UsersController],
  providers: [
    AuthService,
    InvitationsService,
    UsersService,
    SessionsService,
    SessionCookies,
    Passwords,
    UsersRepository,
    SessionsRepository,
    LoginTokensRepository,
    RateLimitRepository,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [SessionsService, UsersRepository, RateLimitRepository, Passwords],
})
export class IdentityModule {}
