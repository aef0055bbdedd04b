import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import type { Role } from '@kring/shared-domain';
import { RULE_IN_FORCE_SQL } from '../rules/reward-rules.repository';
import type { HardToFill, Milestone, MilestoneTrigger, RewardAudience, RewardConditions, RewardStatus } from '../rules/reward-rule';

/** A hired referral whose rule has milestones without a ledger row yet, with what amounts and conditions need. */
export interface HireToSettle {
  id: string;
  organisationId: OrganisationId;
  referrerUserId: string;
  vacancyHardToFill: boolean;
  startDate: string;
  probationMonths: number;
  hiredAt: Date;
  hireLeftOn: string | null;
  referrerStatus: string;
  referrerRoles: Role[];
  hiringManagerUserId: string | null;
  ruleId: string;
  currency: string;
  milestones: Milestone[];
  hardToFill: HardToFill | null;
  conditions: RewardConditions;
  settledKeys: string[];
}

export interface NewLedgerEntry {
  organisationId: OrganisationId;
  referralId: string;
  milestoneKey: string;
  ruleId: string;
  referrerUserId: string;
  audience: RewardAudience;
  amountCents: number;
  currency: string;
  points: number;
  dueOn: string;
  status: 'pending' | 'cancelled';
  cancelReason: string | null;
  now: Date;
}

export interface LedgerRow {
  id: string;
  status: RewardStatus;
  milestoneKey: string;
  milestoneLabel: string;
  trigger: MilestoneTrigger | null;
  amountCents: number;
  currency: string;
  points: number;
  audience: RewardAudience;
  dueOn: string;
  cancelReason: string | null;
  cancelledBySystem: boolean;
  cancelledAt: Date | null;
  approvedAt: Date | null;
  paidAt: Date | null;
  exportBatchId: string | null;
  createdAt: Date;
  charityId: string | null;
  charityName: string | null;
  referralId: string;
  candidateName: string | null;
  vacancyTitle: string | null;
  programmeId: string;
  programmeName: string;
  referrerUserId: string;
  referrerName: string;
  employeeNumber: string | null;
}

export interface LedgerFilters {
  status?: RewardStatus;
  programmeId?: string;
  referrerUserId?: string;
  dueFrom?: string;
  dueTo?: string;
}

export interface LedgerTotal {
  status: RewardStatus;
  currency: string;
  count: number;
  amountCents: number;
  points: number;
}

/** Who gets mail about a ledger row, and what it says. */
export interface RewardMailContext {
  id: string;
  status: RewardStatus;
  organisationName: string;
  referrerEmail: string;
  referrerFirstName: string;
  referrerLocale: 'nl' | 'en';
  referrerPersonId: string;
  referrerActive: boolean;
  candidateName: string | null;
  vacancyTitle: string | null;
  milestoneLabel: string;
  amountCents: number;
  currency: string;
  points: number;
  dueOn: string;
  charityName: string | null;
}

const ROW_SQL = `
  SELECT l.id, l.status, l.milestone_key AS "milestoneKey", coalesce(ms.label, l.milestone_key) AS "milestoneLabel", ms.trigger,
         l.amount_cents AS "amountCents", l.currency, l.points, l.audience, l.due_on::text AS "dueOn",
         l.cancel_reason AS "cancelReason", (l.status = 'cancelled' AND l.cancelled_by_user_id IS NULL) AS "cancelledBySystem",
         l.cancelled_at AS "cancelledAt", l.approved_at AS "approvedAt", l.paid_at AS "paidAt", l.export_batch_id AS "exportBatchId",
         l.created_at AS "createdAt", c.id AS "charityId", c.name AS "charityName",
         l.referral_id AS "referralId", r.candidate_name AS "candidateName", v.title AS "vacancyTitle",
         r.programme_id AS "programmeId", pr.name AS "programmeName",
         l.referrer_user_id AS "referrerUserId", btrim(p.first_name || ' ' || p.last_name) AS "referrerName", p.employee_number AS "employeeNumber"
    FROM reward_ledger l
    JOIN referrals r ON r.id = l.referral_id
    JOIN programmes pr ON pr.id = r.programme_id
    LEFT JOIN vacancies v ON v.id = r.vacancy_id
    JOIN users u ON u.id = l.referrer_user_id
    JOIN people p ON p.id = u.person_id
    JOIN reward_rules rr ON rr.id = l.rule_id
    LEFT JOIN LATERAL (SELECT m->>'label' AS label, m->>'trigger' AS trigger FROM jsonb_array_elements(rr.milestones) m WHERE m->>'key' = l.milestone_key LIMIT 1) ms ON true
    LEFT JOIN charities c ON c.id = l.donated_to_charity_id`;

function where(organisationId: OrganisationId, filters: LedgerFilters, params: unknown[]): string {
  params.push(organisationId);
  const clauses = [`l.organisation_id = $${params.length}`];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (filters.status) add('l.status = ?', filters.status);
  if (filters.programmeId) add('r.programme_id = ?', filters.programmeId);
  if (filters.referrerUserId) add('l.referrer_user_id = ?', filters.referrerUserId);
  if (filters.dueFrom) add('l.due_on >= ?::date', filters.dueFrom);
  if (filters.dueTo) add('l.due_on <= ?::date', filters.dueTo);
  return clauses.join(' AND ');
}

/**
 * The reward ledger. Every state change is a conditional UPDATE (the expected old status in the WHERE clause), so
 * concurrent callers cannot both win; a trigger and check constraints enforce the same in the database.
 */
@Injectable()
export class RewardLedgerRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Up to `limit` hired referrals after `afterId` (id order) with milestones not in the ledger yet; their rows are
   * locked, and rows another run holds are skipped (that run settles them).
   */
  hiresToSettle(afterId: string, limit: number, tx: Tx): Promise<HireToSettle[]> {
    return tx.query(
      `SELECT r.id, r.organisation_id AS "organisationId", r.referrer_user_id AS "referrerUserId", r.vacancy_hard_to_fill AS "vacancyHardToFill",
              r.start_date::text AS "startDate", r.probation_months AS "probationMonths", r.stage_changed_at AS "hiredAt",
              r.hire_left_on::text AS "hireLeftOn", u.status AS "referrerStatus", u.roles AS "referrerRoles",
              v.hiring_manager_user_id AS "hiringManagerUserId", rule.id AS "ruleId", rule.currency, rule.milestones,
              rule.hard_to_fill AS "hardToFill", rule.conditions,
              ARRAY(SELECT l.milestone_key FROM reward_ledger l WHERE l.referral_id = r.id) AS "settledKeys"
         FROM referrals r
         JOIN LATERAL (${RULE_IN_FORCE_SQL}) rule ON true
         JOIN users u ON u.id = r.referrer_user_id
         LEFT JOIN vacancies v ON v.id = r.vacancy_id
        WHERE r.stage = 'hired' AND r.start_date IS NOT NULL AND r.id > $1
          AND (SELECT count(*) FROM reward_ledger l WHERE l.referral_id = r.id) < jsonb_array_length(rule.milestones)
        ORDER BY r.id
        LIMIT $2
        FOR UPDATE OF r SKIP LOCKED`,
      [afterId, limit],
    );
  }

  /** Inserts a milestone's row unless it exists; returns the id only when this call created it. */
  async insert(entry: NewLedgerEntry, tx: Tx): Promise<string | null> {
    const cancelled = entry.status === 'cancelled';
    const rows: Array<{ id: string }> = await tx.query(
      `INSERT INTO reward_ledger (organisation_id, referral_id, milestone_key, rule_id, referrer_user_id, audience, amount_cents, currency,
                                  points, due_on, status, cancel_reason, cancelled_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)
       ON CONFLICT (referral_id, milestone_key) DO NOTHING
       RETURNING id`,
      [
        entry.organisationId,
        entry.referralId,
        entry.milestoneKey,
        entry.ruleId,
        entry.referrerUserId,
        entry.audience,
        entry.amountCents,
        entry.currency,
        entry.points,
        entry.dueOn,
        entry.status,
        cancelled ? entry.cancelReason : null,
        cancelled ? entry.now : null,
        entry.now,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Cancels pending and approved rows whose conditions broke since they fell due (referrer deactivated, hire left
   * before the due day). Scoped to one referral (waiting for its locks) or, for the daily run, to everything
   * (skipping locked rows, in batches of `limit`).
   */
  cancelBroken(scope: { referralId?: string; limit: number }, now: Date, tx: Tx): Promise<Array<{ id: string; organisationId: OrganisationId; reason: string }>> {
    const referrerBroken = `(rr.conditions->>'referrerActive')::boolean AND u.status <> 'active'`;
    const hireBroken = `(rr.conditions->>'hireEmployed')::boolean AND r.hire_left_on IS NOT NULL AND r.hire_left_on < l.due_on`;
    return tx.query(
      `WITH broken AS (
         SELECT l.id, CASE WHEN ${referrerBroken} THEN 'referrer_inactive' ELSE 'hire_left' END AS reason
           FROM reward_ledger l
           JOIN reward_rules rr ON rr.id = l.rule_id
           JOIN referrals r ON r.id = l.referral_id
           JOIN users u ON u.id = l.referrer_user_id
          WHERE l.status IN ('pending', 'approved') AND ($1::uuid IS NULL OR l.referral_id = $1) AND ((${referrerBroken}) OR (${hireBroken}))
          ORDER BY l.id
          LIMIT $2
          FOR UPDATE OF l ${scope.referralId ? '' : 'SKIP LOCKED'}
       ), cancelled AS (
         UPDATE reward_ledger l SET status = 'cancelled', cancel_reason = b.reason, cancelled_at = $3, updated_at = $3
           FROM broken b WHERE l.id = b.id AND l.status IN ('pending', 'approved')
         RETURNING l.id, l.organisation_id AS "organisationId", l.cancel_reason AS reason
       )
       SELECT * FROM cancelled`,
      [scope.referralId ?? null, scope.limit, now],
    );
  }

  /** Approves the pending rows among `ids` (locked in id order, so concurrent approvals cannot deadlock). */
  approve(organisationId: OrganisationId, ids: string[], userId: string, now: Date, tx: Tx): Promise<Array<{ id: string }>> {
    return tx.query(
      `WITH target AS (
         SELECT id FROM reward_ledger WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND status = 'pending' ORDER BY id FOR UPDATE
       ), approved AS (
         UPDATE reward_ledger l SET status = 'approved', approved_at = $4, approved_by_user_id = $3, updated_at = $4
           FROM target t WHERE l.id = t.id AND l.status = 'pending'
         RETURNING l.id
       )
       SELECT id FROM approved ORDER BY id`,
      [organisationId, ids, userId, now],
    );
  }

  async cancel(organisationId: OrganisationId, id: string, reason: string, userId: string, now: Date, tx: Tx): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `WITH cancelled AS (
         UPDATE reward_ledger SET status = 'cancelled', cancel_reason = $3, cancelled_at = $5, cancelled_by_user_id = $4, updated_at = $5
          WHERE organisation_id = $1 AND id = $2 AND status IN ('pending', 'approved')
         RETURNING id
       ) SELECT id FROM cancelled`,
      [organisationId, id, reason, userId, now],
    );
    return rows.length === 1;
  }

  /** Sets or clears the charity of the referrer's own unpaid reward. */
  async donate(organisationId: OrganisationId, id: string, referrerUserId: string, charityId: string | null, now: Date, tx: Tx): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `WITH donated AS (
         UPDATE reward_ledger SET donated_to_charity_id = $4, updated_at = $5
          WHERE organisation_id = $1 AND id = $2 AND referrer_user_id = $3 AND status IN ('pending', 'approved')
         RETURNING id
       ) SELECT id FROM donated`,
      [organisationId, id, referrerUserId, charityId, now],
    );
    return rows.length === 1;
  }

  async status(organisationId: OrganisationId, id: string, tx?: Tx): Promise<{ status: RewardStatus; referrerUserId: string } | null> {
    const rows: Array<{ status: RewardStatus; referrerUserId: string }> = await managerOf(this.dataSource, tx).query(
      `SELECT status, referrer_user_id AS "referrerUserId" FROM reward_ledger WHERE organisation_id = $1 AND id = $2`,
      [organisationId, id],
    );
    return rows[0] ?? null;
  }

  async get(organisationId: OrganisationId, id: string, tx?: Tx): Promise<LedgerRow | null> {
    const rows: LedgerRow[] = await managerOf(this.dataSource, tx).query(`${ROW_SQL} WHERE l.organisation_id = $1 AND l.id = $2`, [organisationId, id]);
    return rows[0] ?? null;
  }

  async list(organisationId: OrganisationId, filters: LedgerFilters, page: { limit: number; offset: number }) {
    const params: unknown[] = [];
    const condition = where(organisationId, filters, params);
    const items: LedgerRow[] = await this.dataSource.query(
      `${ROW_SQL} WHERE ${condition} ORDER BY l.due_on DESC, l.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    );
    const totals: LedgerTotal[] = await this.dataSource.query(
      `SELECT l.status, l.currency, count(*)::int AS count, coalesce(sum(l.amount_cents), 0)::int AS "amountCents", coalesce(sum(l.points), 0)::int AS points
         FROM reward_ledger l JOIN referrals r ON r.id = l.referral_id
        WHERE ${condition} GROUP BY l.status, l.currency ORDER BY l.status, l.currency`,
      params,
    );
    return { items, totals, total: totals.reduce((n, t) => n + t.count, 0) };
  }

  /** Approved rows with money, locked for one export; rows another export (or an approval) holds are skipped. */
  lockApprovedForExport(organisationId: OrganisationId, tx: Tx): Promise<Array<LedgerRow & { payee: string; payeeNumber: string | null }>> {
    return tx.query(
      `SELECT x.*, coalesce(x."charityName", x."referrerName") AS payee, CASE WHEN x."charityId" IS NULL THEN x."employeeNumber" END AS "payeeNumber"
         FROM (${ROW_SQL} WHERE l.organisation_id = $1 AND l.status = 'approved' AND l.amount_cents > 0
               ORDER BY l.due_on, l.id FOR UPDATE OF l SKIP LOCKED) x`,
      [organisationId],
    );
  }

  async markPaid(organisationId: OrganisationId, ids: string[], batchId: string, now: Date, tx: Tx): Promise<number> {
    const rows: unknown[] = await tx.query(
      `WITH paid AS (
         UPDATE reward_ledger SET status = 'paid', paid_at = $4, export_batch_id = $3, updated_at = $4
          WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND status = 'approved'
         RETURNING id
       ) SELECT id FROM paid`,
      [organisationId, ids, batchId, now],
    );
    return rows.length;
  }

  mailContexts(organisationId: OrganisationId, ids: string[], tx: Tx): Promise<RewardMailContext[]> {
    return tx.query(
      `SELECT x.id, x.status, o.name AS "organisationName", u.email AS "referrerEmail", p.first_name AS "referrerFirstName",
              u.locale AS "referrerLocale", p.id AS "referrerPersonId", (u.status = 'active') AS "referrerActive",
              x."candidateName", x."vacancyTitle", x."milestoneLabel", x."amountCents", x.currency, x.points, x."dueOn", x."charityName"
         FROM (${ROW_SQL} WHERE l.organisation_id = $1 AND l.id = ANY($2::uuid[])) x
         JOIN organisations o ON o.id = $1
         JOIN users u ON u.id = x."referrerUserId"
         JOIN people p ON p.id = u.person_id
        ORDER BY x.id`,
      [organisationId, ids],
    );
  }
}
