import { Injectable } from '@nestjs/common';
import { OrganisationId, Tx } from '@kring/server-database';

/** The referral's hire, as rewards need it. Writes only the hire_left columns the rewards migration added. */
@Injectable()
export class HiresRepository {
  async lockHire(organisationId: OrganisationId, referralId: string, tx: Tx): Promise<{ stage: string; startDate: string | null } | null> {
    const rows: Array<{ stage: string; startDate: string | null }> = await tx.query(
      `SELECT stage, start_date::text AS "startDate" FROM referrals WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
      [organisationId, referralId],
    );
    return rows[0] ?? null;
  }

  async recordLeft(organisationId: OrganisationId, referralId: string, leftOn: string, reason: string, now: Date, tx: Tx): Promise<void> {
    await tx.query(`UPDATE referrals SET hire_left_on = $3, hire_left_reason = $4, updated_at = $5 WHERE organisation_id = $1 AND id = $2`, [
      organisationId,
      referralId,
      leftOn,
      reason,
      now,
    ]);
  }
}
