import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import { RewardRuleEntity } from '../entities/reward-rule.entity';

/**
 * The rule version in force for referral `r` (a lateral join): the per-vacancy override valid at the referral's
 * created_at, else the programme default valid then. Versions are half-open: [valid_from, valid_until).
 * No rule applies to a referral with source 'match' (HR referred a person Search & Match found: HR's own sourcing,
 * never a reward), so the daily run never creates ledger rows for it.
 */
export const RULE_IN_FORCE_SQL = `
  SELECT rr.* FROM reward_rules rr
   WHERE rr.organisation_id = r.organisation_id AND rr.programme_id = r.programme_id AND r.source <> 'match'
     AND (rr.vacancy_id IS NULL OR rr.vacancy_id = r.vacancy_id)
     AND rr.valid_from <= r.created_at AND (rr.valid_until IS NULL OR rr.valid_until > r.created_at)
   ORDER BY rr.vacancy_id IS NULL
   LIMIT 1`;

export type NewRewardRule = Omit<RewardRuleEntity, 'id' | 'organisationId' | 'createdAt' | 'validUntil'>;

@Injectable()
export class RewardRulesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Serialises edits of one rule (a programme default or one vacancy override) until the transaction ends. */
  async lock(organisationId: OrganisationId, programmeId: string, vacancyId: string | null, tx: Tx): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`reward-rule:${organisationId}:${programmeId}:${vacancyId ?? 'default'}`]);
  }

  current(organisationId: OrganisationId, programmeId: string, vacancyId: string | null, tx?: Tx): Promise<RewardRuleEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(RewardRuleEntity, { organisationId, programmeId, vacancyId: vacancyId ?? IsNull(), validUntil: IsNull() });
  }

  findById(organisationId: OrganisationId, id: string, tx?: Tx): Promise<RewardRuleEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(RewardRuleEntity, { organisationId, id });
  }

  list(organisationId: OrganisationId, programmeId: string, currentOnly: boolean): Promise<RewardRuleEntity[]> {
    return this.dataSource.manager.find(RewardRuleEntity, {
      where: { organisationId, programmeId, ...(currentOnly ? { validUntil: IsNull() } : {}) },
      order: { vacancyId: { direction: 'ASC', nulls: 'FIRST' }, validFrom: 'DESC' },
    });
  }

  async close(organisationId: OrganisationId, id: string, at: Date, tx: Tx): Promise<void> {
    await tx.query(`UPDATE reward_rules SET valid_until = $3 WHERE organisation_id = $1 AND id = $2 AND valid_until IS NULL`, [organisationId, id, at]);
  }

  async insert(organisationId: OrganisationId, rule: NewRewardRule, tx: Tx): Promise<string> {
    const result = await tx.insert(RewardRuleEntity, { ...rule, organisationId, validUntil: null });
    return result.identifiers[0]!['id'] as string;
  }

  async programmeExists(organisationId: OrganisationId, programmeId: string, tx: Tx): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM programmes WHERE organisation_id = $1 AND id = $2`, [organisationId, programmeId]);
    return rows.length > 0;
  }

  async vacancyExists(organisationId: OrganisationId, vacancyId: string, tx: Tx): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM vacancies WHERE organisation_id = $1 AND id = $2`, [organisationId, vacancyId]);
    return rows.length > 0;
  }

  async organisationCurrency(organisationId: OrganisationId, tx: Tx): Promise<string> {
    const [row]: Array<{ currency: string }> = await tx.query(`SELECT currency FROM organisations WHERE id = $1`, [organisationId]);
    return row!.currency;
  }

  /** The rule version that applies to a referral (null when its programme had no rule when it was submitted). */
  async inForceFor(organisationId: OrganisationId, referralId: string, tx?: Tx): Promise<RewardRuleEntity | null> {
    const rows: Array<{ id: string }> = await managerOf(this.dataSource, tx).query(
      `SELECT rule.id FROM referrals r JOIN LATERAL (${RULE_IN_FORCE_SQL}) rule ON true WHERE r.organisation_id = $1 AND r.id = $2`,
      [organisationId, referralId],
    );
    return rows[0] ? this.findById(organisationId, rows[0].id, tx) : null;
  }
}
