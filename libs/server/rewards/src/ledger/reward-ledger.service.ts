import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { DomainError, ErrorCodes, notFound } from '@kring/shared-domain';
import { CharitiesRepository } from '../charities/charities.repository';
import { ApproveRewardsInput, CancelRewardInput, DonateRewardInput, ListRewardLedgerInput } from './inputs/ledger.input';
import { ApproveRewardsOutput, MyRewardOutput, MyRewardsOutput, RewardLedgerOutput, RewardOutput, RewardTotalOutput } from './outputs/reward.output';
import { RewardLedgerRepository } from './reward-ledger.repository';
import { RewardNotifier } from './reward-notifier';

const unchangeable = (status: string) =>
  new DomainError('conflict', ErrorCodes.invalidRewardChange, `The reward is ${status} and can no longer change`, [], { rewardStatus: status });

/** HR's ledger (list, approve in bulk, cancel) and the referrer's own rewards (list, donate). */
@Injectable()
export class RewardLedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: RewardLedgerRepository,
    private readonly charities: CharitiesRepository,
    private readonly notifier: RewardNotifier,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext, input: ListRewardLedgerInput): Promise<RewardLedgerOutput> {
    const { items, totals, total } = await this.ledger.list(
      auth.organisationId,
      { status: input.status, programmeId: input.programmeId, referrerUserId: input.referrerUserId, dueFrom: input.dueFrom, dueTo: input.dueTo },
      { limit: input.limit ?? 50, offset: input.offset ?? 0 },
    );
    return { items: items.map(RewardOutput.from), total, totals: totals.map(RewardTotalOutput.from) };
  }

  /** Approves the pending ones among `ids`; the rest are reported as skipped. Each approval is audited and mailed. */
  async approve(auth: AuthContext, input: ApproveRewardsInput): Promise<ApproveRewardsOutput> {
    const approved = await this.dataSource.transaction(async (tx) => {
      const rows = await this.ledger.approve(auth.organisationId, input.ids, auth.userId, this.clock.now(), tx);
      const ids = rows.map((r) => r.id);
      for (const id of ids) await this.audit.record(auth.organisationId, { actorUserId: auth.userId, action: 'reward.approved', subjectType: 'reward', subjectId: id }, tx);
      await this.notifier.notify(tx, auth.organisationId, ids, 'approved');
      return ids;
    });
    const done = new Set(approved);
    return { approved, skipped: input.ids.filter((id) => !done.has(id)) };
  }

  async cancel(auth: AuthContext, id: string, input: CancelRewardInput): Promise<RewardOutput> {
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.ledger.cancel(auth.organisationId, id, input.reason, auth.userId, this.clock.now(), tx))) {
        const current = await this.ledger.status(auth.organisationId, id, tx);
        if (!current) throw notFound('Reward');
        throw unchangeable(current.status);
      }
      await this.audit.record(auth.organisationId, { actorUserId: auth.userId, action: 'reward.cancelled', subjectType: 'reward', subjectId: id, data: { reason: input.reason } }, tx);
    });
    return RewardOutput.from((await this.ledger.get(auth.organisationId, id))!);
  }

  async mine(auth: AuthContext): Promise<MyRewardsOutput> {
    const { items, totals } = await this.ledger.list(auth.organisationId, { referrerUserId: auth.userId }, { limit: 500, offset: 0 });
    return { items: items.map(MyRewardOutput.from), totals: totals.map(RewardTotalOutput.from) };
  }

  /** The referrer gives an unpaid reward to one of the organisation's active charities (or takes it back with null). */
  async donate(auth: AuthContext, id: string, input: DonateRewardInput): Promise<MyRewardOutput> {
    await this.dataSource.transaction(async (tx) => {
      if (input.charityId && !(await this.charities.isActive(auth.organisationId, input.charityId, tx))) {
        throw new DomainError('validation', ErrorCodes.validationFailed, 'Choose one of the listed charities', [{ field: 'charityId', message: 'is not an active charity of your organisation' }]);
      }
      if (!(await this.ledger.donate(auth.organisationId, id, auth.userId, input.charityId, this.clock.now(), tx))) {
        const current = await this.ledger.status(auth.organisationId, id, tx);
        if (!current || current.referrerUserId !== auth.userId) throw notFound('Reward');
        throw unchangeable(current.status);
      }
      await this.audit.record(auth.organisationId, { actorUserId: auth.userId, action: 'reward.donation_chosen', subjectType: 'reward', subjectId: id, data: { charityId: input.charityId } }, tx);
    });
    return MyRewardOutput.from((await this.ledger.get(auth.organisationId, id))!);
  }
}
