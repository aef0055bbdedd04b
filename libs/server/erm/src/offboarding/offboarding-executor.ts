import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, InjectConfig } from '@kring/server-config';
import { AuditRepository, OrganisationId, PersonTokensRepository, PhasesRepository, Tx } from '@kring/server-database';
import { Outbox } from '@kring/server-mail';
import { DomainError } from '@kring/shared-domain';
import { businessDate, STAY_IN_TOUCH_LINK_DAYS, STAY_IN_TOUCH_TOKEN } from './offboarding.constants';
import { OffboardingEntity } from './entities/offboarding.entity';
import { OffboardingRepository } from './offboarding.repository';

const DAY_MS = 86_400_000;
const BATCH = 50;
/** Leaving dates up to this long ago still get the stay-in-touch mail (the HR form's limit too). */
const MAIL_WINDOW_MS = 366 * DAY_MS;

/**
 * Carries out offboardings whose leaving date (the last working day) is over: from 00:00 Europe/Amsterdam the
 * day after. Each one runs in one
 * transaction: roles become ['alumnus'], sessions are revoked, the person moves to `exit`, the
 * stay-in-touch mail is queued and the offboarding is marked completed. A row is locked with SKIP LOCKED
 * and re-checked, so several workers, or a rerun, never do it twice.
 */
@Injectable()
export class OffboardingExecutor {
  private readonly logger = new Logger(OffboardingExecutor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offboardings: OffboardingRepository,
    private readonly phases: PhasesRepository,
    private readonly tokens: PersonTokensRepository,
    private readonly audit: AuditRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @InjectConfig('app') private readonly app: AppConfig,
  ) {}

  /** The hourly job: every due offboarding, then rehired alumni who still lack the employee role. */
  async runDue(): Promise<{ offboarded: number; restored: number }> {
    const now = this.clock.now();
    const today = businessDate(now);
    let offboarded = 0;
    const skipped = new Set<string>();
    for (;;) {
      const due = (await this.offboardings.due(today, BATCH + skipped.size)).filter((d) => !skipped.has(d.id));
      if (due.length === 0) break;
      for (const { id, organisationId } of due) {
        try {
          const done = await this.dataSource.transaction((tx) => this.executeIfDue(organisationId, id, tx));
          if (done) offboarded++;
          else skipped.add(id); // held by another worker: it finishes it
        } catch (error) {
          // One broken row must not hold up the others; it is tried again next hour.
          this.logger.error({ message: 'offboarding failed', offboardingId: id, code: error instanceof DomainError ? error.code : undefined, error: String(error) });
          skipped.add(id);
        }
      }
    }
    const restored = await this.restoreRehired(null, null);
    if (offboarded || restored) this.logger.log({ message: 'offboarding run', offboarded, restored });
    return { offboarded, restored };
  }

  /** Restores the employee role of rehired alumni (referral hire, import, manual phase change). */
  async restoreRehired(organisationId: OrganisationId | null, personIds: readonly string[] | null, tx?: Tx): Promise<number> {
    const now = this.clock.now();
    const restored = await this.offboardings.restoreEmployeeRole(organisationId, personIds, now, tx);
    for (const row of restored) {
      await this.audit.record(row.organisationId, { actorUserId: null, action: 'offboarding.employee_role_restored', subjectType: 'person', subjectId: row.personId, data: { userId: row.userId } }, tx);
    }
    return restored.length;
  }

  /** Executes one offboarding inside the caller's transaction when its leaving date is before today; false otherwise. */
  async executeIfDue(organisationId: OrganisationId, id: string, tx: Tx): Promise<boolean> {
    const now = this.clock.now();
    const offboarding = await this.offboardings.lockDue(organisationId, id, businessDate(now), tx);
    if (!offboarding) return false;
    await this.execute(organisationId, offboarding, now, tx);
    return true;
  }

  private async execute(organisationId: OrganisationId, offboarding: OffboardingEntity, now: Date, tx: Tx): Promise<void> {
    const leaver = await this.offboardings.leaver(organisationId, offboarding.personId, tx);
    if (!leaver) return;
    const audit = (action: string, data: Record<string, unknown> = {}) =>
      this.audit.record(organisationId, { actorUserId: null, action, subjectType: 'person', subjectId: leaver.personId, data: { offboardingId: offboarding.id, ...data } }, tx);

    if (leaver.userId) {
      const voidedTokens = await this.offboardings.makeAlumnus(organisationId, leaver.userId, now, tx);
      await audit('offboarding.roles_changed', { userId: leaver.userId, from: leaver.roles, to: ['alumnus'] });
      await audit('offboarding.credentials_removed', { userId: leaver.userId, password: true, voidedTokens });
      if (offboarding.privateEmail) {
        const changed = await this.offboardings.setLoginEmail(organisationId, leaver.userId, offboarding.privateEmail, now, tx);
        await audit(changed ? 'offboarding.login_email_changed' : 'offboarding.login_email_kept', { userId: leaver.userId });
      }
      const revoked = await this.offboardings.revokeSessions(organisationId, leaver.userId, now, tx);
      await audit('offboarding.sessions_revoked', { userId: leaver.userId, revoked });
    }
    const moved = await this.phases.move(organisationId, [leaver.personId], { to: 'exit', cause: 'offboarded', at: now, reason: offboarding.reason }, tx);
    await audit('offboarding.phase_exit', { from: moved[0]?.fromPhase ?? leaver.phase });

    // The work mailbox closes on leaving: a private address, when HR recorded one, gets the mail.
    const to = offboarding.privateEmail ?? leaver.personEmail ?? leaver.userEmail;
    // Someone who left more than a year ago (an old end date in an import) gets no "you have left" mail.
    const recent = offboarding.leavingDate >= businessDate(new Date(now.getTime() - MAIL_WINDOW_MS));
    if (to && !recent) await audit('offboarding.stay_in_touch_mail_skipped', { why: 'leaving_date_over_a_year_ago' });
    if (to && recent) {
      const { token } = await this.tokens.issue(
        organisationId,
        { personId: leaver.personId, purpose: STAY_IN_TOUCH_TOKEN, subjectId: offboarding.id, expiresAt: new Date(now.getTime() + STAY_IN_TOUCH_LINK_DAYS * DAY_MS) },
        tx,
      );
      await this.outbox.enqueue(tx, organisationId, {
        to,
        personId: leaver.personId,
        locale: leaver.userLocale ?? leaver.locale,
        template: 'erm_stay_in_touch',
        data: {
          firstName: leaver.firstName,
          organisationName: leaver.organisationName,
          stayInTouchUrl: `${this.app.publicUrl}/stay-in-touch?token=${token}`,
          signInUrl: leaver.userId ? `${this.app.publicUrl}/login` : null,
          expiresInDays: STAY_IN_TOUCH_LINK_DAYS,
        },
      });
      await audit('offboarding.stay_in_touch_mail_queued', { to });
    }
    await this.offboardings.update(organisationId, offboarding.id, { status: 'completed', completedAt: now }, now, tx);
    await audit('offboarding.completed', { leavingDate: offboarding.leavingDate, reason: offboarding.reason, eligibleForRehire: offboarding.eligibleForRehire });
  }
}
