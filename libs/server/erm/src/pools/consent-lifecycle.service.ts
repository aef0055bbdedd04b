import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, InjectConfig } from '@kring/server-config';
import { AuditRepository, ConsentsRepository, PersonTokensRepository } from '@kring/server-database';
import { Outbox } from '@kring/server-mail';
import { ConsentLifecycleRepository } from './consent-lifecycle.repository';
import { addDays, isExtraPurpose, LEAVE_PURPOSE, OPT_IN_PURPOSE, RENEWAL_PURPOSE, REMINDER_DAYS_BEFORE } from './pools.rules';
import { SignupsRepository } from './signups.repository';

export interface LifecycleRun {
  lapsedSignups: number;
  erasedUnconfirmed: number;
  reminded: number;
  expired: number;
  erased: number;
}

const BATCH = 200;

/**
 * What the hourly `erm-consents` job does, in three idempotent steps. Each step selects rows still in
 * the state it acts on, locks them (SKIP LOCKED, so several workers share the work), changes their state in
 * the same transaction, and so finds nothing left on a second run.
 */
@Injectable()
export class ConsentLifecycleService {
  private readonly logger = new Logger(ConsentLifecycleService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: ConsentLifecycleRepository,
    private readonly signups: SignupsRepository,
    private readonly consents: ConsentsRepository,
    private readonly tokens: PersonTokensRepository,
    private readonly audit: AuditRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @InjectConfig('app') private readonly app: AppConfig,
  ) {}

  async run(): Promise<LifecycleRun> {
    const result: LifecycleRun = { lapsedSignups: 0, erasedUnconfirmed: 0, reminded: 0, expired: 0, erased: 0 };
    for (let batch = await this.lapseSignups(result); batch === BATCH; batch = await this.lapseSignups(result));
    for (let batch = await this.remind(result); batch === BATCH; batch = await this.remind(result));
    for (let batch = await this.expire(result); batch === BATCH; batch = await this.expire(result));
    if (Object.values(result).some((n) => n > 0)) this.logger.log({ message: 'talent-pool consent lifecycle', ...result });
    return result;
  }

  /** Sign-ups nobody confirmed within the opt-in period: the sign-up goes, and a person only the form created goes too. */
  private lapseSignups(result: LifecycleRun): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const lapsed = await this.signups.lapsedForUpdate(tx, now, BATCH);
      for (const signup of lapsed) {
        const org = signup.organisationId;
        await this.signups.delete(tx, org, signup.id);
        await this.signups.deleteTokens(tx, org, signup.personId, OPT_IN_PURPOSE, signup.id);
        result.lapsedSignups++;
        if (signup.personCreated && (await this.lifecycle.eraseIfNoOtherReason(tx, org, signup.personId, now, { unconfirmed: true }))) {
          result.erasedUnconfirmed++;
          await this.audit.record(org, { actorUserId: null, action: 'talent_pool.signup_erased', subjectType: 'person', subjectId: signup.personId, data: { reason: 'not_confirmed' } }, tx);
          continue;
        }
        // A person who existed before the form keeps their consents as they were: the form never set them pending.
        if (!signup.personCreated || (await this.signups.hasOtherSignup(tx, org, signup.personId, signup.id))) continue;
        // The consents the form set pending (talent pool, and job alerts when asked for) lapse with it.
        for (const current of await this.consents.list(org, signup.personId, tx)) {
          if ((current.purpose === 'talent_pool' || current.purpose === 'job_alerts') && current.status === 'pending') {
            await this.consents.set(org, signup.personId, current.purpose, { status: 'expired', at: now, source: 'opt_in_lapsed' }, tx);
          }
        }
      }
      return lapsed.length;
    });
  }

  /** Once per consent period, 30 days before expiry: a renewal link that lives until the consent expires. */
  private remind(result: LifecycleRun): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const due = await this.lifecycle.dueForReminder(tx, now, addDays(now, REMINDER_DAYS_BEFORE), BATCH);
      for (const row of due) {
        await this.lifecycle.markReminded(tx, row.organisationId, row.consentId, now);
        if (!row.email) continue;
        await this.signups.deleteTokens(tx, row.organisationId, row.personId, RENEWAL_PURPOSE);
        const { token } = await this.tokens.issue(row.organisationId, { personId: row.personId, purpose: RENEWAL_PURPOSE, expiresAt: row.expiresAt }, tx);
        const leave = await this.tokens.issue(row.organisationId, { personId: row.personId, purpose: LEAVE_PURPOSE, expiresAt: row.expiresAt }, tx);
        await this.outbox.enqueue(tx, row.organisationId, {
          to: row.email,
          personId: row.personId,
          locale: row.locale,
          template: 'talent_pool_renewal',
          sensitive: true,
          data: {
            organisationName: row.organisationName,
            firstName: row.firstName,
            renewUrl: `${this.app.publicUrl}/talent-pool/renew?token=${token}`,
            leaveUrl: `${this.app.publicUrl}/talent-pool/leave?token=${leave.token}`,
            expiresAt: row.expiresAt,
          },
        });
        result.reminded++;
      }
      return due.length;
    });
  }

  /** Expired talent-pool consent: the consent says so, and the contact is erased (or, when kept for another reason, leaves every pool). */
  private expire(result: LifecycleRun): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const due = await this.lifecycle.expired(tx, now, BATCH);
      for (const row of due) {
        const org = row.organisationId;
        await this.consents.set(org, row.personId, 'talent_pool', { status: 'expired', at: now, source: 'expiry' }, tx);
        // The optional consents from the form end with it (same expiry, renewed together); say so when the contact is kept.
        for (const extra of await this.consents.list(org, row.personId, tx)) {
          if (isExtraPurpose(extra.purpose) && extra.status === 'granted' && extra.expiresAt && extra.expiresAt <= now) {
            await this.consents.set(org, row.personId, extra.purpose, { status: 'expired', at: now, source: 'expiry' }, tx);
          }
        }
        await this.signups.deleteTokens(tx, org, row.personId, RENEWAL_PURPOSE);
        await this.signups.deleteTokens(tx, org, row.personId, LEAVE_PURPOSE);
        result.expired++;
        const erased = await this.lifecycle.eraseIfNoOtherReason(tx, org, row.personId, now);
        const left = erased ? 0 : await this.lifecycle.leaveAllPools(tx, org, row.personId);
        if (erased) result.erased++;
        await this.audit.record(
          org,
          { actorUserId: null, action: erased ? 'talent_pool.contact_erased' : 'talent_pool.consent_expired', subjectType: 'person', subjectId: row.personId, data: { poolsLeft: left } },
          tx,
        );
      }
      return due.length;
    });
  }
}
