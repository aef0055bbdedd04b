import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { DomainError, ErrorCodes, notFound } from '@kring/shared-domain';
import { RewardScheduler } from '../scheduling/reward-scheduler.service';
import { HiresRepository } from './hires.repository';
import { RecordHireLeftInput } from './inputs/hire-left.input';
import { HireLeftOutput } from './outputs/hire-left.output';

/**
 * HR records that a hire left (issue 5's offboarding will set the same from the person). Unpaid rewards of the
 * referral that fell due after the last day are cancelled at once; paid ones never change.
 */
@Injectable()
export class HiresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hires: HiresRepository,
    private readonly scheduler: RewardScheduler,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  recordLeft(auth: AuthContext, referralId: string, input: RecordHireLeftInput): Promise<HireLeftOutput> {
    return this.dataSource.transaction(async (tx) => {
      const hire = await this.hires.lockHire(auth.organisationId, referralId, tx);
      if (!hire) throw notFound('Referral');
      if (hire.stage !== 'hired' || !hire.startDate) throw new DomainError('conflict', ErrorCodes.referralNotHired, 'Only a hired referral can record the hire leaving');
      const now = this.clock.now();
      await this.hires.recordLeft(auth.organisationId, referralId, input.leftOn, input.reason, now, tx);
      const cancelled = await this.scheduler.cancelBroken(tx, { referralId, limit: 100 }, now);
      await this.audit.record(
        auth.organisationId,
        { actorUserId: auth.userId, action: 'referral.hire_left', subjectType: 'referral', subjectId: referralId, data: { leftOn: input.leftOn, reason: input.reason, cancelledRewardIds: cancelled.map((c) => c.id) } },
        tx,
      );
      return { referralId, leftOn: input.leftOn, cancelledRewardIds: cancelled.map((c) => c.id) };
    });
  }
}
