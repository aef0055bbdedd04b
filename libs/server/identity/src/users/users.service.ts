import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository } from '@kring/server-database';
import { DomainError, ErrorCodes, notFound } from '@kring/shared-domain';
import { AuthContext } from '../access/auth-context';
import { SessionsService } from '../sessions/sessions.service';
import { ListUsersInput } from './inputs/list-users.input';
import { UserListOutput, UserSummaryOutput } from './outputs/user-summary.output';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext, input: ListUsersInput): Promise<UserListOutput> {
    const { items, total } = await this.users.list(auth.organisationId, {
      status: input.status,
      q: input.q?.trim() || undefined,
      limit: input.limit ?? 50,
      offset: input.offset ?? 0,
    });
    return { items: items.map(UserSummaryOutput.from), total };
  }

  async get(auth: AuthContext, id: string): Promise<UserSummaryOutput> {
    const user = await this.users.findById(auth.organisationId, id);
    if (!user) throw notFound('User');
    return UserSummaryOutput.from(user);
  }

  /** Deactivating ends every session of the user at once; the access guard also refuses inactive users. */
  async deactivate(auth: AuthContext, id: string): Promise<UserSummaryOutput> {
    if (id === auth.userId) {
      throw new DomainError('conflict', ErrorCodes.cannotDeactivateSelf, 'You cannot deactivate your own account');
    }
    await this.dataSource.transaction(async (tx) => {
      const user = await this.users.findById(auth.organisationId, id, tx);
      if (!user) throw notFound('User');
      if (user.status === 'deactivated') return;
      const now = this.clock.now();
      await this.users.update(auth.organisationId, id, { status: 'deactivated', deactivatedAt: now }, tx);
      const ended = await this.sessions.endAllForUser(auth.organisationId, id, tx);
      await this.audit.record(
        auth.organisationId,
        { actorUserId: auth.userId, action: 'user.deactivated', subjectType: 'user', subjectId: id, data: { sessionsEnded: ended } },
        tx,
      );
    });
    return this.get(auth, id);
  }
}
