import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ConsentPurpose, ConsentStatus } from '@kring/shared-domain';
import { ConsentEntity, ConsentEventEntity } from '../entities/consent.entity';
import { OrganisationId } from '../organisation-id';
import { managerOf, Tx } from './transaction';

export interface ConsentChange {
  status: ConsentStatus;
  at: Date;
  /** Where the change came from: `talent_pool_form`, `preference_centre`, `offboarding`, `hr`, `expiry`, ... */
  source: string;
  actorUserId?: string | null;
  /** For `granted`: when it lapses (null: until withdrawn). */
  expiresAt?: Date | null;
  legalBasis?: 'consent' | 'legitimate_interest' | 'contract';
}

/**
 * Consent per person and purpose. Every change writes the current row and a history row in one statement.
 * Only `granted` with no or a future expiry counts as consent (see {@link hasConsentSql}).
 */
@Injectable()
export class ConsentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async set(organisationId: OrganisationId, personId: string, purpose: ConsentPurpose, change: ConsentChange, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `WITH upserted AS (
         INSERT INTO consents (organisation_id, person_id, purpose, status, legal_basis, source, requested_at, given_at, expires_at, withdrawn_at)
         VALUES ($1, $2, $3, $4, $5, $6,
                 CASE WHEN $4 = 'pending' THEN $7::timestamptz END,
                 CASE WHEN $4 = 'granted' THEN $7::timestamptz END,
                 CASE WHEN $4 = 'granted' THEN $8::timestamptz END,
                 CASE WHEN $4 = 'withdrawn' THEN $7::timestamptz END)
         ON CONFLICT (organisation_id, person_id, purpose) DO UPDATE SET
           status = EXCLUDED.status,
           legal_basis = EXCLUDED.legal_basis,
           source = EXCLUDED.source,
           requested_at = CASE WHEN EXCLUDED.status = 'pending' THEN EXCLUDED.requested_at ELSE consents.requested_at END,
           given_at = CASE WHEN EXCLUDED.status = 'granted' THEN EXCLUDED.given_at ELSE consents.given_at END,
           expires_at = CASE WHEN EXCLUDED.status = 'granted' THEN EXCLUDED.expires_at ELSE consents.expires_at END,
           withdrawn_at = CASE WHEN EXCLUDED.status = 'withdrawn' THEN EXCLUDED.withdrawn_at ELSE NULL END,
           reminded_at = CASE WHEN EXCLUDED.status = 'granted' THEN NULL ELSE consents.reminded_at END,
           updated_at = $7
         RETURNING organisation_id
       )
       INSERT INTO consent_events (organisation_id, person_id, purpose, status, source, actor_user_id, expires_at, occurred_at)
       SELECT $1, $2, $3, $4, $6, $9, CASE WHEN $4 = 'granted' THEN $8::timestamptz END, $7 FROM upserted`,
      [
        organisationId,
        personId,
        purpose,
        change.status,
        change.legalBasis ?? 'consent',
        change.source,
        change.at,
        change.expiresAt ?? null,
        change.actorUserId ?? null,
      ],
    );
  }

  list(organisationId: OrganisationId, personId: string, tx?: Tx): Promise<ConsentEntity[]> {
    return managerOf(this.dataSource, tx).find(ConsentEntity, { where: { organisationId, personId }, order: { purpose: 'ASC' } });
  }

  history(organisationId: OrganisationId, personId: string, tx?: Tx): Promise<ConsentEventEntity[]> {
    return managerOf(this.dataSource, tx).find(ConsentEventEntity, { where: { organisationId, personId }, order: { occurredAt: 'ASC' } });
  }

  async has(organisationId: OrganisationId, personId: string, purpose: ConsentPurpose, at: Date, tx?: Tx): Promise<boolean> {
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(
      `SELECT 1 FROM consents c WHERE c.organisation_id = $1 AND c.person_id = $2 AND ${hasConsentSql('c', '$3', '$4')}`,
      [organisationId, personId, purpose, at],
    );
    return rows.length > 0;
  }
}

/** SQL predicate over a consents row alias: granted for this purpose and not expired at this moment. */
export function hasConsentSql(alias: string, purposeParam: string, atParam: string): string {
  return `${alias}.purpose = ${purposeParam} AND ${alias}.status = 'granted' AND (${alias}.expires_at IS NULL OR ${alias}.expires_at > ${atParam})`;
}
