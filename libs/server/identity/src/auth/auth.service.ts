import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, InjectConfig } from '@kring/server-config';
import { Outbox } from '@kring/server-mail';
import { DomainError, ErrorCodes, MAGIC_LINK_ROLES } from '@kring/shared-domain';
import { AuthContext } from '../access/auth-context';
import { LoginTokensRepository } from '../sessions/login-tokens.repository';
import { Passwords } from '../sessions/passwords';
import { IssuedSession } from '../sessions/session-cookies';
import { SessionsService } from '../sessions/sessions.service';
import { hashToken, newToken } from '../sessions/tokens';
import { UserRow, UsersRepository } from '../users/users.repository';
import { LoginInput } from './inputs/login.input';
import { RequestMagicLinkInput, TokenInput } from './inputs/magic-link.input';
import { UpdateMeInput } from './inputs/update-me.input';
import { SessionOutput } from './session.output';

export const MAGIC_LINK_TTL_MINUTES = 15;

const invalidCredentials = () =>
  new DomainError('unauthenticated', ErrorCodes.invalidCredentials, 'Wrong email address or password');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly tokens: LoginTokensRepository,
    private readonly sessions: SessionsService,
    private readonly passwords: Passwords,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @InjectConfig('app') private readonly app: AppConfig,
  ) {}

  async login(input: LoginInput, userAgent: string | null): Promise<IssuedSession<SessionOutput>> {
    const user = await this.users.findByLoginEmail(input.email);
    // Always verify a hash, also for unknown addresses, so response time does not reveal accounts.
    const passwordMatches = await this.passwords.verify(user?.passwordHash, input.password);
    if (!user || !passwordMatches) throw invalidCredentials();
    if (user.status !== 'active') {
      throw new DomainError('unauthenticated', ErrorCodes.accountDeactivated, 'This account is not active');
    }
    return this.startSession(user, userAgent);
  }

  async session(auth: AuthContext): Promise<SessionOutput> {
    const user = await this.users.findById(auth.organisationId, auth.userId);
    if (!user) throw new DomainError('unauthenticated', ErrorCodes.unauthenticated, 'Sign in to continue');
    return SessionOutput.from(user, auth.csrfToken);
  }

  logout(auth: AuthContext): Promise<void> {
    return this.sessions.end(auth);
  }

  async updateMe(auth: AuthContext, input: UpdateMeInput): Promise<SessionOutput> {
    await this.users.update(auth.organisationId, auth.userId, { locale: input.locale });
    return this.session(auth);
  }

  /** Mails a single-use, 15-minute login link to alumni and external referrers. Silent for anyone else. */
  async requestMagicLink(input: RequestMagicLinkInput): Promise<void> {
    const user = await this.users.findByLoginEmail(input.email);
    if (!user || user.status !== 'active' || !user.roles.some((role) => MAGIC_LINK_ROLES.includes(role))) return;
    const token = newToken();
    const expiresAt = new Date(this.clock.now().getTime() + MAGIC_LINK_TTL_MINUTES * 60_000);
    await this.dataSource.transaction(async (tx) => {
      await this.tokens.create(user.organisationId, { userId: user.id, purpose: 'magic_link', tokenHash: hashToken(token), expiresAt }, tx);
      await this.outbox.enqueue(tx, user.organisationId, {
        to: user.email,
        personId: user.personId,
        locale: user.locale,
        template: 'magic_link',
        sensitive: true,
        data: {
          firstName: user.firstName,
          organisationName: user.organisationName,
          loginUrl: `${this.app.publicUrl}/auth/magic-link?token=${token}`,
          expiresInMinutes: MAGIC_LINK_TTL_MINUTES,
        },
      });
    });
  }

  async verifyMagicLink(input: TokenInput, userAgent: string | null): Promise<IssuedSession<SessionOutput>> {
    return this.dataSource.transaction(async (tx) => {
      const owner = await this.tokens.consume(hashToken(input.token), 'magic_link', this.clock.now(), tx);
      const user = owner && (await this.users.findById(owner.organisationId, owner.userId, tx));
      if (!user || user.status !== 'active') {
        throw new DomainError('gone', ErrorCodes.magicLinkInvalid, 'This login link has expired or was already used');
      }
      return this.startSession(user, userAgent, tx);
    });
  }

  /** Starts a session for a user who just proved who they are. */
  async startSession(user: UserRow, userAgent: string | null, tx?: Parameters<SessionsService['start']>[3]) {
    const session = await this.sessions.start(user.organisationId, user.id, userAgent, tx);
    await this.users.update(user.organisationId, user.id, { lastLoginAt: this.clock.now() }, tx);
    return { ...session, body: SessionOutput.from(user, session.csrfToken) };
  }
}

