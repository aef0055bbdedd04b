import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { asOrganisationId, OrganisationId, Tx } from '@kring/server-database';

export type CandidateTokenPurpose = 'consent' | 'decline';

@Injectable()
export class CandidateTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(
    organisationId: OrganisationId,
    tokens: Array<{ referralId: string; purpose: CandidateTokenPurpose; tokenHash: Buffer; expiresAt: Date }>,
    tx: Tx,
  ): Promise<void> {
    const values = tokens.map((_, i) => `($1, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4}, $${i * 4 + 5})`);
    await tx.query(
      `INSERT INTO candidate_tokens (organisation_id, referral_id, purpose, token_hash, expires_at) VALUES ${values.join(', ')}`,
      [organisationId, ...tokens.flatMap((t) => [t.referralId, t.purpose, t.tokenHash, t.expiresAt])],
    );
  }

  /**
   * The referral a valid, unused token of this purpose belongs to. Tokens arrive from a mail before any
   * organisation is known, so this lookup is the one that establishes it.
   */
  async find(tokenHash: Buffer, purpose: CandidateTokenPurpose, now: Date, tx?: Tx): Promise<{ organisationId: OrganisationId; referralId: string } | null> {
    const rows: Array<{ organisation_id: string; referral_id: string }> = await (tx ?? this.dataSource.manager).query(
      `SELECT organisation_id, referral_id FROM candidate_tokens
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3`,
      [tokenHash, purpose, now],
    );
    const row = rows[0];
    return row ? { organisationId: asOrganisationId(row.organisation_id), referralId: row.referral_id } : null;
  }

  /** Uses up every open token of a referral: once the candidate decided, no link works any more. */
  async useAll(organisationId: OrganisationId, referralId: string, now: Date, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE candidate_tokens SET used_at = $3, updated_at = $3 WHERE organisation_id = $1 AND referral_id = $2 AND used_at IS NULL`,
      [organisationId, referralId, now],
    );
  }
}
