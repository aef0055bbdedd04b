import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { PhasesRepository } from '@kring/server-database';
import { ChecklistCreator } from '../checklist/checklist-creator.service';
import { PreboardingChecklistsRepository } from '../checklist/checklists.repository';
import { PreboardingNotifier } from '../checklist/preboarding-notifier';
import { amsterdamDay, linkExpiresAt, shouldNudge } from '../due-dates';
import { PreboardingJobRepository } from './preboarding-job.repository';

const BATCH = 200;

export interface PreboardingRunResult {
  startedEmployment: number;
  checklistsCreated: number;
  checklistsMoved: number;
  startersNudged: number;
  hrMails: number;
  /** Rows or steps that failed (each logged with its code); the others went ahead. */
  failed: number;
}

type Step = 'startEmployment' | 'createChecklists' | 'nudgeStarters' | 'mailHr';

const codeOf = (error: unknown): string =>
  error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : error instanceof Error ? error.name : 'unknown';

/**
 * The hourly preboarding job. Each step re-checks state under a lock and records what it did, so running it
 * twice (or on two workers) changes nothing the second time:
 * 1. starters whose start date (Amsterdam calendar day) arrived move to `employment` (cause start_date_reached);
 * 2. starters who have not started yet (start date after today) get a checklist from the default template and
 *    the mail, or, when they already have a live checklist for another start date (the date changed outside
 *    preboarding, e.g. by the import or a re-hire), that checklist moves to the new date (no second mail);
 * 3. starters with overdue tasks get one nudge per task, then again at most every three days;
 * 4. every HR admin gets at most one mail a day listing HR's overdue tasks.
 * Every step and every row runs in its own try/catch: one bad row (say a start date in the year 9999) is logged
 * with its code and skipped, and never blocks the other rows, steps or organisations.
 */
@Injectable()
export class PreboardingJobService {
  private readonly logger = new Logger(PreboardingJobService.name);
  /** Failures since the service started; run() reports the difference. */
  private failures = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly job: PreboardingJobRepository,
    private readonly checklists: PreboardingChecklistsRepository,
    private readonly creator: ChecklistCreator,
    private readonly notifier: PreboardingNotifier,
    private readonly phases: PhasesRepository,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<PreboardingRunResult> {
    const before = this.failures;
    const startedEmployment = await this.step('startEmployment', () => this.startEmployment());
    const checklists = await this.step('createChecklists', () => this.createChecklists(), { created: 0, moved: 0 });
    const result: PreboardingRunResult = {
      startedEmployment,
      checklistsCreated: checklists.created,
      checklistsMoved: checklists.moved,
      startersNudged: await this.step('nudgeStarters', () => this.nudgeStarters()),
      hrMails: await this.step('mailHr', () => this.mailHr()),
      failed: this.failures - before,
    };
    if (Object.values(result).some((n) => n > 0)) this.logger.log({ message: 'preboarding job', ...result });
    return result;
  }

  /** Runs one step; a failure of the step as a whole (say its scan) is logged and the next step still runs. */
  private async step<T>(step: Step, work: () => Promise<T>, fallback: T = 0 as T): Promise<T> {
    try {
      return await work();
    } catch (error) {
      this.fail(step, error, {});
      return fallback;
    }
  }

  /** Runs one row's transaction; false (logged) when it failed, so the next row still runs. */
  private async row<T>(step: Step, ids: Record<string, string>, work: () => Promise<T>): Promise<T | false> {
    try {
      return await work();
    } catch (error) {
      this.fail(step, error, ids);
      return false;
    }
  }

  private fail(step: Step, error: unknown, ids: Record<string, string>): void {
    this.failures++;
    this.logger.error({
      message: 'preboarding job: row or step failed, skipped',
      code: codeOf(error),
      step,
      ...ids,
      error: error instanceof Error ? error.message : String(error),
    });
  }

  async createChecklists(): Promise<{ created: number; moved: number }> {
    const now = this.clock.now();
    const today = amsterdamDay(now);
    let created = 0;
    let moved = 0;
    for (const starter of await this.job.startersWithoutChecklist(today, BATCH)) {
      const ids = { organisationId: starter.organisationId, personId: starter.personId };
      const done = await this.row('createChecklists', ids, () =>
        this.dataSource.transaction(async (tx): Promise<'created' | 'moved' | false> => {
          const person = await this.checklists.person(starter.organisationId, starter.personId, tx, true);
          if (!person || person.phase !== 'entry' || !person.startDate || person.startDate <= today) return false;
          const open = await this.job.openChecklistForOtherDate(starter.organisationId, person.id, person.startDate, today, tx);
          if (open) {
            await this.checklists.moveStartDate(starter.organisationId, open, person.startDate, now, tx);
            await this.checklists.extendLinks(starter.organisationId, open, linkExpiresAt(person.startDate), now, tx);
            return 'moved';
          }
          const id = await this.creator.create(tx, starter.organisationId, person, { startDate: person.startDate, templateId: starter.templateId, actorUserId: null });
          return id !== null ? 'created' : false;
        }),
      );
      if (done === 'created') created++;
      if (done === 'moved') moved++;
    }
    return { created, moved };
  }

  async nudgeStarters(): Promise<number> {
    const now = this.clock.now();
    const today = amsterdamDay(now);
    let nudged = 0;
    for (const due of await this.job.checklistsToNudge(today, BATCH)) {
      const ids = { organisationId: due.organisationId, checklistId: due.checklistId };
      const sent = await this.row('nudgeStarters', ids, () => this.dataSource.transaction(async (tx) => {
        await this.job.lockOpenStarterTasks(due.organisationId, due.checklistId, tx);
        const person = await this.checklists.person(due.organisationId, due.personId, tx);
        const checklist = await this.checklists.find(due.organisationId, due.checklistId, tx);
        if (!person || !checklist) return false;
        const tasks = (await this.checklists.tasks(due.organisationId, due.checklistId, tx)).filter(
          (t) => t.assignee === 'starter' && shouldNudge(t, now, checklist.createdAt),
        );
        if (tasks.length === 0) return false;
        const organisationName = await this.checklists.organisationName(due.organisationId, tx);
        await this.notifier.nudge(tx, due.organisationId, { organisationName, checklist, person, tasks });
        await this.job.markNudged(due.organisationId, tasks.map((t) => t.id), now, tx);
        return true;
      }));
      if (sent) nudged++;
    }
    return nudged;
  }

  async mailHr(): Promise<number> {
    const now = this.clock.now();
    const today = amsterdamDay(now);
    let mails = 0;
    for (const organisationId of await this.job.organisationsWithOverdueHrTasks(today)) {
      mails += (await this.row('mailHr', { organisationId }, () => this.dataSource.transaction(async (tx) => {
        const items = await this.job.overdueHrTasks(organisationId, today, tx);
        if (items.length === 0) return 0;
        let sent = 0;
        for (const hr of await this.job.hrAdmins(organisationId, tx)) {
          if (!(await this.job.claimHrDigest(organisationId, hr.userId, today, now, tx))) continue;
          await this.notifier.hrOverdue(tx, organisationId, hr, items);
          sent++;
        }
        return sent;
      }))) || 0;
    }
    return mails;
  }

  /**
   * Per organisation, in one transaction: lock the starters, re-check phase entry and start date on or before
   * today under the lock (HR may have changed either since the scan), then move exactly those.
   */
  async startEmployment(): Promise<number> {
    const now = this.clock.now();
    const today = amsterdamDay(now);
    let moved = 0;
    for (const [organisationId, personIds] of await this.job.startersWhoStarted(today)) {
      const count = await this.row('startEmployment', { organisationId }, () =>
        this.dataSource.transaction(async (tx) => {
          const due = await this.job.lockStartersWhoStarted(organisationId, personIds, today, tx);
          return (await this.phases.move(organisationId, due, { to: 'employment', cause: 'start_date_reached', at: now }, tx)).length;
        }),
      );
      moved += count || 0;
    }
    return moved;
  }
}
