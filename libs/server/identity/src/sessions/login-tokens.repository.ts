import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { asOrganisationId, managerOf, OrganisationId, Tx } from '@kring/server-database';
import { LoginTokenEntity, LoginTokenPurpose } from '../entities/login-token.entity';

export interface TokenOwner {
  organisationId: OrganisationId;
  userId: string;
}

@Injectable()
export class LoginTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(
    organisationId: OrganisationId,
    token: { userId: string; purpose: LoginTokenPurpose; tokenHash: Buffer; expiresAt: Date },
    tx?: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).insert(LoginTokenEntity, { ...token, organisationId });
  }

  /**
   * Marks a token used and returns its owner, in one statement, so a token works exactly once even when
   * two requests race. Tokens arrive from a mail before any organisation is known, hence unscoped.
   */
  async consume(tokenHash: Buffer, purpose: LoginTokenPurpose, now: Date, tx?: Tx): Promise<TokenOwner | null> {
    const [rows]: [Array<{ organisation_id: string; user_id: string }>, number] = await managerOf(this.dataSource, tx).query(
      `UPDATE login_tokens SET used_at = $3, updated_at = $3
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
        RETURNING organisation_id, user_id`,
      [tokenHash, purpose, now],
    );
    const row = rows[0];
    return row ? { organisationId: asOrganisationId(row.organisation_id), userId: row.user_id } : null;
  }

  /** Who a still-valid token belongs to, without using it up. */
  async peek(tokenHash: Buffer, purpose: LoginTokenPurpose, now: Date): Promise<TokenOwner | null> {
    const rows: Array<{ organisation_id: string; user_id: string }> = await this.dataSource.query(
      `SELECT organisation_id, user_id FROM login_tokens
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3`,
      [tokenHash, purpose, now],
    );
    const row = rows[0];
    return row ? { organisationId: asOrganisationId(row.organisation_id), userId: row.user_id } : null;
  }

  /** Voids a user's open tokens of one purpose (a new invitation replaces the old one). */
  async voidOpen(organisationId: OrganisationId, userId: string, purpose: LoginTokenPurpose, now: Date, tx?: Tx) {
    await managerOf(this.dataSource, tx).query(
      `UPDATE login_tokens SET expires_at = $4, updated_at = $4
        WHERE organisation_id = $1 AND user_id = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $4`,
      [organisationId, userId, purpose, now],
    );
  }
}
