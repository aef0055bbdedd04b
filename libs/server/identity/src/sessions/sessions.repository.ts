import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { asOrganisationId, managerOf, OrganisationId, Tx } from '@kring/server-database';
import type { Role } from '@kring/shared-domain';
import { SessionEntity } from '../entities/session.entity';

export interface ActiveSessionRow {
  sessionId: string;
  csrfToken: string;
  userId: string;
  personId: string;
  organisationId: OrganisationId;
  roles: Role[];
}

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(
    organisationId: OrganisationId,
    session: Pick<SessionEntity, 'userId' | 'tokenHash' | 'csrfToken' | 'expiresAt' | 'userAgent'>,
    tx?: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).insert(SessionEntity, { ...session, organisationId });
  }

  /**
   * The session behind a cookie, only while it is unexpired, not revoked and its user is active.
   * This lookup is the entry point that establishes the organisation, so it cannot be scoped by one.
   */
  async findActiveByTokenHash(tokenHash: Buffer, now: Date): Promise<ActiveSessionRow | null> {
    const rows: Array<Omit<ActiveSessionRow, 'organisationId'> & { organisationId: string; lastSeenAt: Date }> =
      await this.dataSource.query(
        `SELECT s.id AS "sessionId", s.csrf_token AS "csrfToken", s.last_seen_at AS "lastSeenAt", u.id AS "userId",
                u.person_id AS "personId", u.organisation_id AS "organisationId", u.roles AS roles
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.status = 'active'`,
        [tokenHash, now],
      );
    const row = rows[0];
    if (!row) return null;
    // Recording activity at most every five minutes keeps reads from turning into writes.
    if (now.getTime() - new Date(row.lastSeenAt).getTime() > 300_000) {
      await this.dataSource.query(`UPDATE sessions SET last_seen_at = $2 WHERE id = $1`, [row.sessionId, now]);
    }
    const { lastSeenAt: _lastSeenAt, ...session } = row;
    return { ...session, organisationId: asOrganisationId(row.organisationId) };
  }

  async revoke(organisationId: OrganisationId, sessionId: string, now: Date): Promise<void> {
    await this.dataSource.manager.update(SessionEntity, { organisationId, id: sessionId }, { revokedAt: now });
  }

  async revokeAllForUser(organisationId: OrganisationId, userId: string, now: Date, tx?: Tx): Promise<number> {
    const result = await managerOf(this.dataSource, tx)
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: now })
      .where('organisation_id = :organisationId AND user_id = :userId AND revoked_at IS NULL', { organisationId, userId })
      .execute();
    return result.affected ?? 0;
  }
}
