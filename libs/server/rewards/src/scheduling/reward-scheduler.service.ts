import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, Tx } from '@kring/server-database';
import { RewardLedgerRepository, type HireToSettle } from '../ledger/reward-ledger.repository';
import { RewardNotifier } from '../ledger/reward-notifier';
import { amountOf, audienceOf, brokenCondition, dueOn } from '../rules/milestone-rules';
import { businessDate } from './business-date';

const BATCH = 200;
const NO_ID = '00000000-0000-0000-0000-000000000000';

export interface MilestoneRunResult {
  day: string;
  created: number;
  cancelled: number;
}

/**
 * The daily reward run (the worker's `reward-milestones` job; tests call it with a FakeClock). Idempotent: it
 * creates ledger rows for milestones due by today that have none (ON CONFLICT DO NOTHING, referrals locked with
 * SKIP LOCKED so parallel runs share the work), cancels unpaid rows whose conditions broke, and mails referrers
 * about new pending rewards in the same transactions. A second run the same day finds nothing to do.
 */
@Injectable()
export class RewardScheduler {
  private readonly logger = new Logger(RewardScheduler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: RewardLedgerRepository,
    private readonly notifier: RewardNotifier,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<MilestoneRunResult> {
    const now = this.clock.now();
    const day = businessDate(now);
    let created = 0;
    for (let after = NO_ID, more = true; more; ) {
      const batch = await this.dataSource.transaction(async (tx) => {
        const hires = await this.ledger.hiresToSettle(after, BATCH, tx);
        for (const hire of hires) created += await this.settle(tx, hire, day, now);
        return hires;
      });
      more = batch.length === BATCH;
      after = batch.at(-1)?.id ?? after;
    }
    let cancelled = 0;
    for (let n = -1; n !== 0; cancelled += n) {
      n = await this.dataSource.transaction(async (tx) => (await this.cancelBroken(tx, { limit: BATCH }, now)).length);
    }
    if (created || cancelled) this.logger.log({ message: 'reward milestones', day, created, cancelled });
    return { day, created, cancelled };
  }

  /** Cancels the referral's (or, without one, any) unpaid rows whose conditions broke; audited. */
  async cancelBroken(tx: Tx, scope: { referralId?: string; limit: number }, now: Date) {
    const rows = await this.ledger.cancelBroken(scope, now, tx);
    for (const row of rows) {
      await this.audit.record(row.organisationId, { actorUserId: null, action: 'reward.cancelled', subjectType: 'reward', subjectId: row.id, data: { reason: row.reason } }, tx);
    }
    return rows;
  }

  /** Creates the rows of a hire's milestones that are due by `day`; a broken condition creates it cancelled. */
  private async settle(tx: Tx, hire: HireToSettle, day: string, now: Date): Promise<number> {
    const facts = { hiredOn: businessDate(new Date(hire.hiredAt)), startDate: hire.startDate, probationMonths: hire.probationMonths };
    const audience = audienceOf(hire.referrerRoles);
    const pending: string[] = [];
    let created = 0;
    for (const milestone of hire.milestones) {
      if (hire.settledKeys.includes(milestone.key)) continue;
      const due = dueOn(milestone, facts);
      if (due > day) continue;
      const { money, points } = amountOf(milestone, audience, hire.hardToFill, hire.vacancyHardToFill);
      if (money === 0 && points === 0) continue; // this milestone rewards other audiences only
      const reason = brokenCondition(hire.conditions, hire, due);
      const id = await this.ledger.insert(
        {
          organisationId: hire.organisationId,
          referralId: hire.id,
          milestoneKey: milestone.key,
          ruleId: hire.ruleId,
          referrerUserId: hire.referrerUserId,
          audience,
          amountCents: money,
          currency: hire.currency,
          points,
          dueOn: due,
          status: reason ? 'cancelled' : 'pending',
          cancelReason: reason,
          now,
        },
        tx,
      );
      if (!id) continue;
      created++;
      if (!reason) pending.push(id);
      await this.audit.record(
        hire.organisationId,
        { actorUserId: null, action: 'reward.created', subjectType: 'reward', subjectId: id, data: { referralId: hire.id, milestoneKey: milestone.key, status: reason ? 'cancelled' : 'pending', reason, amountCents: money, points } },
        tx,
      );
    }
    await this.notifier.notify(tx, hire.organisationId, pending, 'pending');
    return created;
  }
}
