import { Injectable } from '@nestjs/common';
import { AuthConfig, Clock, InjectConfig } from '@kring/server-config';
import { OrganisationId, Tx } from '@kring/server-database';
import { AuthContext } from '../access/auth-context';
import { SessionsRepository } from './sessions.repository';
import { hashToken, newToken } from './tokens';

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
    @InjectConfig('auth') private readonly config: AuthConfig,
  ) {}

  async start(organisationId: OrganisationId, userId: string, userAgent: string | null, tx?: Tx): Promise<NewSession> {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(this.clock.now().getTime() + this.config.sessionTtlHours * 3_600_000);
    await this.sessions.create(
      organisationId,
      { userId, tokenHash: hashToken(token), csrfToken, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null },
      tx,
    );
    return { token, csrfToken, expiresAt };
  }

  async resolve(token: string): Promise<AuthContext | null> {
    if (token.length > 100) return null;
    return this.sessions.findActiveByTokenHash(hashToken(token), this.clock.now());
  }

  end(auth: AuthContext): Promise<void> {
    return this.sessions.revoke(auth.organisationId, auth.sessionId, this.clock.now());
  }

  endAllForUser(organisationId: OrganisationId, userId: string, tx?: Tx): Promise<number> {
    return this.sessions.revokeAllForUser(organisationId, userId, this.clock.now(), tx);
  }
}
