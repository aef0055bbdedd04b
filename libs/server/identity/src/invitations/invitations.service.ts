import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, AuthConfig, Clock, InjectConfig } from '@kring/server-config';
import { AuditRepository, PeopleRepository } from '@kring/server-database';
import { Outbox } from '@kring/server-mail';
import { DomainError, ErrorCodes, normaliseEmail, type Role } from '@kring/shared-domain';
import { AuthContext } from '../access/auth-context';
import { AuthService } from '../auth/auth.service';
import { TokenInput } from '../auth/inputs/magic-link.input';
import { SessionOutput } from '../auth/session.output';
import { LoginTokensRepository } from '../sessions/login-tokens.repository';
import { Passwords } from '../sessions/passwords';
import { IssuedSession } from '../sessions/session-cookies';
import { hashToken, newToken } from '../sessions/tokens';
import { InviteUserInput } from '../users/inputs/invite-user.input';
import { UserSummaryOutput } from '../users/outputs/user-summary.output';
import { UsersRepository } from '../users/users.repository';
import { AcceptInvitationInput } from './inputs/accept-invitation.input';
import { InvitationPreviewOutput } from './outputs/invitation-preview.output';

/** Roles that sign in with a password, so accepting their invitation means choosing one. */
const PASSWORD_ROLES: readonly Role[] = ['hr_admin', 'employee'];
const needsPassword = (roles: Role[]) => roles.some((role) => PASSWORD_ROLES.includes(role));

const invalidInvitation = () =>
  new DomainError('gone', ErrorCodes.invitationInvalid, 'This invitation has expired, was already used or was withdrawn');

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly people: PeopleRepository,
    private readonly tokens: LoginTokensRepository,
    private readonly passwords: Passwords,
    private readonly audit: AuditRepository,
    private readonly outbox: Outbox,
    private readonly auth: AuthService,
    private readonly clock: Clock,
    @InjectConfig('app') private readonly app: AppConfig,
    @InjectConfig('auth') private readonly config: AuthConfig,
  ) {}

  /** HR invites someone: person, account, token and mail are written together or not at all. */
  async invite(auth: AuthContext, input: InviteUserInput): Promise<UserSummaryOutput> {
    const email = normaliseEmail(input.email);
    const inviter = await this.users.findById(auth.organisationId, auth.userId);
    const token = newToken();
    const expiresAt = new Date(this.clock.now().getTime() + this.config.invitationTtlDays * 86_400_000);
    const userId = await this.dataSource.transaction(async (tx) => {
      if (await this.users.findByLoginEmail(email, tx)) {
        throw new DomainError('conflict', ErrorCodes.userAlreadyExists, 'There is already an account with this email address', [
          { field: 'email', message: 'is already in use' },
        ]);
      }
      const person = await this.people.findOrCreateByEmail(
        auth.organisationId,
        { email, firstName: input.firstName, lastName: input.lastName, locale: input.locale, source: 'invitation' },
        tx,
      );
      const id = await this.users.create(
        auth.organisationId,
        { personId: person.id, email, roles: input.roles, locale: input.locale, status: 'invited' },
        tx,
      );
      await this.tokens.create(auth.organisationId, { userId: id, purpose: 'invitation', tokenHash: hashToken(token), expiresAt }, tx);
      await this.outbox.enqueue(tx, auth.organisationId, {
        to: email,
        personId: person.id,
        locale: input.locale,
        template: 'invitation',
        sensitive: true,
        data: {
          firstName: person.firstName,
          organisationName: inviter?.organisationName ?? '',
          invitedByName: inviter ? `${inviter.firstName} ${inviter.lastName}`.trim() : '',
          acceptUrl: `${this.app.publicUrl}/invitation?token=${token}`,
          expiresAt,
        },
      });
      await this.audit.record(
        auth.organisationId,
        { actorUserId: auth.userId, action: 'user.invited', subjectType: 'user', subjectId: id, data: { roles: input.roles } },
        tx,
      );
      return id;
    });
    const user = await this.users.findById(auth.organisationId, userId);
    return UserSummaryOutput.from(user!);
  }

  async lookup(input: TokenInput): Promise<InvitationPreviewOutput> {
    const owner = await this.tokens.peek(hashToken(input.token), 'invitation', this.clock.now());
    const user = owner && (await this.users.findById(owner.organisationId, owner.userId));
    if (!user || user.status !== 'invited') throw invalidInvitation();
    return {
      email: user.email,
      firstName: user.firstName,
      organisationName: user.organisationName,
      passwordRequired: needsPassword(user.roles),
    };
  }

  async accept(input: AcceptInvitationInput, userAgent: string | null): Promise<IssuedSession<SessionOutput>> {
    const passwordHash = input.password ? await this.passwords.hash(input.password) : null;
    return this.dataSource.transaction(async (tx) => {
      const owner = await this.tokens.consume(hashToken(input.token), 'invitation', this.clock.now(), tx);
      const user = owner && (await this.users.findById(owner.organisationId, owner.userId, tx));
      if (!user || user.status !== 'invited') throw invalidInvitation();
      if (needsPassword(user.roles) && !passwordHash) {
        // Throwing rolls the transaction back, so the invitation stays usable.
        throw new DomainError('validation', ErrorCodes.passwordRequired, 'Choose a password to accept', [
          { field: 'password', message: 'is required' },
        ]);
      }
      await this.users.update(user.organisationId, user.id, { status: 'active', ...(passwordHash ? { passwordHash } : {}) }, tx);
      await this.audit.record(
        user.organisationId,
        { actorUserId: user.id, action: 'user.invitation_accepted', subjectType: 'user', subjectId: user.id },
        tx,
      );
      return this.auth.startSession({ ...user, status: 'active' }, userAgent, tx);
    });
  }
}
