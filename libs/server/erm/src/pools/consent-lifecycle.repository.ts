import { Injectable } from '@nestjs/common';
import { asOrganisationId, OrganisationId, Tx } from '@kring/server-database';
import type { Locale } from '@kring/shared-domain';

export interface DueConsentRow {
  consentId: string;
  organisationId: OrganisationId;
  personId: string;
  expiresAt: Date;
  email: string | null;
  firstName: string;
  locale: Locale;
  organisationName: string;
}

/**
 * The SQL of the talent-pool consent lifecycle: which consents are due for a reminder or expired, and the
 * erasure rule. A person is deleted only when talent-pool consent was their only reason to be kept:
 * no user account, not a starter, employee or alumnus (entry/employment/exit), not hired through a referral,
 * no referral as candidate that is still open, and no other granted, unexpired consent. (Referring needs an
 * account, so "no account" also covers "no referral as referrer".)
 */
@Injectable()
export class ConsentLifecycleRepository {
  /** Granted talent-pool consents expiring within the window and not reminded yet, locked with their person (SKIP LOCKED: several workers, or a link at work). */
  async dueForReminder(tx: Tx, now: Date, until: Date, limit: number): Promise<DueConsentRow[]> {
    return this.due(tx, `c.expires_at > $1 AND c.expires_at <= $2 AND c.reminded_at IS NULL`, [now, until], limit);
  }

  /** Granted talent-pool consents whose expiry has passed, locked with their person (see SignupsRepository.lockPerson). */
  async expired(tx: Tx, now: Date, limit: number): Promise<DueConsentRow[]> {
    return this.due(tx, `c.expires_at <= $1`, [now], limit);
  }

  async markReminded(tx: Tx, organisationId: OrganisationId, consentId: string, at: Date): Promise<void> {
    await tx.query(`UPDATE consents SET reminded_at = $3, updated_at = $3 WHERE organisation_id = $1 AND id = $2 AND reminded_at IS NULL`, [
      organisationId,
      consentId,
      at,
    ]);
  }

  /**
   * Deletes the person when nothing but talent-pool consent kept them (see the class comment). With
   * `unconfirmed`, also keeps people who are in a pool, have another pending sign-up, or hold talent-pool consent.
   * Returns true when the person is gone.
   */
  async eraseIfNoOtherReason(tx: Tx, organisationId: OrganisationId, personId: string, now: Date, options: { unconfirmed?: boolean } = {}): Promise<boolean> {
    const unconfirmedRules = options.unconfirmed
      ? `AND NOT EXISTS (SELECT 1 FROM talent_pool_members m WHERE m.organisation_id = p.organisation_id AND m.person_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM talent_pool_signups s WHERE s.organisation_id = p.organisation_id AND s.person_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM consents t WHERE t.organisation_id = p.organisation_id AND t.person_id = p.id AND t.purpose = 'talent_pool' AND t.status = 'granted')`
      : '';
    // A DELETE answers [rows, count] through TypeORM; RETURNING keeps the address for the mail clean-up below.
    const [deleted, count] = (await tx.query(
      `DELETE FROM people p
        WHERE p.organisation_id = $1 AND p.id = $2
          AND p.phase NOT IN ('entry', 'employment', 'exit')
          AND NOT EXISTS (SELECT 1 FROM users u WHERE u.person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.hired_person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.candidate_person_id = p.id AND r.stage NOT IN ('rejected', 'withdrawn'))
          AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.organisation_id = p.organisation_id AND c.person_id = p.id AND c.purpose <> 'talent_pool'
                            AND c.status = 'granted' AND (c.expires_at IS NULL OR c.expires_at > $3))
          ${unconfirmedRules}
        RETURNING p.id, p.email`,
      [organisationId, personId, now],
    )) as [Array<{ id: string; email: string | null }>, number];
    if (count === 0) return false;
    // Their mail goes too, sent or not: queued and retrying mail would otherwise still reach an erased contact
    // (mail_messages.person_id has no foreign key, and mail such as the opt-in to an existing address is not
    // linked to the person at all, hence the address). Only mail being handed to SMTP right now stays: its sender
    // holds the row.
    await tx.query(
      `DELETE FROM mail_messages WHERE organisation_id = $1 AND (person_id = $2 OR to_address = $3::text) AND status <> 'sending'`,
      [organisationId, personId, deleted[0]?.email ?? null],
    );
    return true;
  }

  async leaveAllPools(tx: Tx, organisationId: OrganisationId, personId: string): Promise<number> {
    const [, count] = (await tx.query(`DELETE FROM talent_pool_members WHERE organisation_id = $1 AND person_id = $2`, [organisationId, personId])) as [
      unknown,
      number,
    ];
    return count;
  }

  private async due(tx: Tx, condition: string, params: unknown[], limit: number): Promise<DueConsentRow[]> {
    const rows: DueConsentRow[] = await tx.query(
      `SELECT c.id AS "consentId", c.organisation_id AS "organisationId", c.person_id AS "personId", c.expires_at AS "expiresAt",
              p.email, p.first_name AS "firstName", p.locale, o.name AS "organisationName"
         FROM consents c
         JOIN people p ON p.organisation_id = c.organisation_id AND p.id = c.person_id
         JOIN organisations o ON o.id = c.organisation_id
        WHERE c.purpose = 'talent_pool' AND c.status = 'granted' AND c.expires_at IS NOT NULL AND ${condition}
        ORDER BY c.expires_at
        LIMIT $${params.length + 1}
        FOR UPDATE OF c SKIP LOCKED
        FOR NO KEY UPDATE OF p SKIP LOCKED`,
      [...params, limit],
    );
    return rows.map((row) => ({ ...row, organisationId: asOrganisationId(row.organisationId) }));
  }
}
