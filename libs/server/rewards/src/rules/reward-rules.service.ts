import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { DomainError, ErrorCodes, FieldError, notFound } from '@kring/shared-domain';
import { ListRewardRulesInput } from './inputs/list-reward-rules.input';
import { MAX_REWARD_CENTS, SetRewardRuleInput } from './inputs/set-reward-rule.input';
import { RewardRuleOutput } from './outputs/reward-rule.output';
import { DEFAULT_CONDITIONS, REWARD_AUDIENCES, type HardToFill, type Milestone } from './reward-rule';
import { RewardRulesRepository } from './reward-rules.repository';

const invalid = (errors: FieldError[]) => new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields', errors);

/** What class-validator cannot say about a rule: unique keys, days only where they mean something, amounts present. */
export function ruleErrors(input: Pick<SetRewardRuleInput, 'milestones' | 'hardToFill'>): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  input.milestones.forEach((m, i) => {
    if (seen.has(m.key)) errors.push({ field: `milestones.${i}.key`, message: 'is used by another milestone of this rule' });
    seen.add(m.key);
    if (m.trigger !== 'days_after_start' && m.days !== undefined) errors.push({ field: `milestones.${i}.days`, message: 'only applies to days_after_start' });
    const paying = REWARD_AUDIENCES.some((a) => (m.amounts[a]?.money ?? 0) > 0 || (m.amounts[a]?.points ?? 0) > 0);
    if (!paying) errors.push({ field: `milestones.${i}.amounts`, message: 'give money or points for at least one audience' });
  });
  const h = input.hardToFill;
  if (h?.kind === 'bonus' && !Number.isInteger(h.value)) errors.push({ field: 'hardToFill.value', message: 'must be a whole number of cents' });
  if (h?.kind === 'multiplier' && (h.value < 1 || h.value > 10)) errors.push({ field: 'hardToFill.value', message: 'must be a factor between 1 and 10' });
  if (h?.kind === 'bonus' && h.value > MAX_REWARD_CENTS) errors.push({ field: 'hardToFill.value', message: `must not be greater than ${MAX_REWARD_CENTS}` });
  return errors;
}

/** HR's reward rules: immutable versions per programme and per-vacancy override. */
@Injectable()
export class RewardRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: RewardRulesRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext, input: ListRewardRulesInput): Promise<RewardRuleOutput[]> {
    const rules = await this.rules.list(auth.organisationId, input.programmeId, input.currentOnly ?? false);
    return rules.map(RewardRuleOutput.from);
  }

  async get(auth: AuthContext, id: string): Promise<RewardRuleOutput> {
    const rule = await this.rules.findById(auth.organisationId, id);
    if (!rule) throw notFound('Reward rule');
    return RewardRuleOutput.from(rule);
  }

  /**
   * Writes a new version: closes the one in force (valid_until = now) and inserts the new one from now, under a
   * lock per programme/vacancy. Referrals submitted before now keep the version that was in force for them.
   */
  async set(auth: AuthContext, input: SetRewardRuleInput): Promise<RewardRuleOutput> {
    const errors = ruleErrors(input);
    if (errors.length) throw invalid(errors);
    const vacancyId = input.vacancyId ?? null;
    const id = await this.dataSource.transaction(async (tx) => {
      if (!(await this.rules.programmeExists(auth.organisationId, input.programmeId, tx))) throw invalid([{ field: 'programmeId', message: 'is not a programme of your organisation' }]);
      if (vacancyId && !(await this.rules.vacancyExists(auth.organisationId, vacancyId, tx))) throw invalid([{ field: 'vacancyId', message: 'is not a vacancy of your organisation' }]);
      await this.rules.lock(auth.organisationId, input.programmeId, vacancyId, tx);
      const previous = await this.rules.current(auth.organisationId, input.programmeId, vacancyId, tx);
      let now = this.clock.now();
      if (previous && previous.validFrom > now) now = previous.validFrom;
      if (previous) await this.rules.close(auth.organisationId, previous.id, now, tx);
      const newId = await this.rules.insert(
        auth.organisationId,
        {
          programmeId: input.programmeId,
          vacancyId,
          currency: input.currency ?? (await this.rules.organisationCurrency(auth.organisationId, tx)),
          milestones: input.milestones.map(toMilestone),
          hardToFill: input.hardToFill ? ({ kind: input.hardToFill.kind, value: input.hardToFill.value } as HardToFill) : null,
          conditions: { ...DEFAULT_CONDITIONS, ...input.conditions },
          validFrom: now,
          createdByUserId: auth.userId,
        },
        tx,
      );
      await this.audit.record(
        auth.organisationId,
        { actorUserId: auth.userId, action: 'reward_rule.version_created', subjectType: 'reward_rule', subjectId: newId, data: { programmeId: input.programmeId, vacancyId, previousId: previous?.id ?? null } },
        tx,
      );
      return newId;
    });
    return this.get(auth, id);
  }

  /** Ends a version (no new one): referrals submitted from now get no reward from it (an override falls back to the default). */
  async close(auth: AuthContext, id: string): Promise<RewardRuleOutput> {
    await this.dataSource.transaction(async (tx) => {
      const rule = await this.rules.findById(auth.organisationId, id, tx);
      if (!rule) throw notFound('Reward rule');
      await this.rules.lock(auth.organisationId, rule.programmeId, rule.vacancyId, tx);
      if ((await this.rules.findById(auth.organisationId, id, tx))!.validUntil) return;
      const now = this.clock.now();
      await this.rules.close(auth.organisationId, id, now < rule.validFrom ? rule.validFrom : now, tx);
      await this.audit.record(auth.organisationId, { actorUserId: auth.userId, action: 'reward_rule.closed', subjectType: 'reward_rule', subjectId: id }, tx);
    });
    return this.get(auth, id);
  }
}

function toMilestone(input: SetRewardRuleInput['milestones'][number]): Milestone {
  const amounts: Milestone['amounts'] = {};
  for (const audience of REWARD_AUDIENCES) {
    const a = input.amounts[audience];
    if (a && (a.money !== undefined || a.points !== undefined)) amounts[audience] = { ...(a.money !== undefined ? { money: a.money } : {}), ...(a.points !== undefined ? { points: a.points } : {}) };
  }
  return { key: input.key, ...(input.label ? { label: input.label } : {}), trigger: input.trigger, ...(input.days !== undefined ? { days: input.days } : {}), amounts };
}
