import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { PhasesRepository } from '@kring/server-database';
import { ChecklistCreator } from '../checklist/checklist-creator.service';
import { PreboardingChecklistsRepository } from '../checklist/checklists.repository';
import { PreboardingNotifier } from '../checklist/preboarding-notifier';
import { amsterdamDay, shouldNudge } from '../due-dates';
import { PreboardingJobRepository } from './preboarding-job.repository';

const BATCH = 200;

export interface PreboardingRunResult {
  checklistsCreated: number;
  startersNudged: number;
  hrMails: number;
  startedEmployment: number;
}

/**
 * The hourly preboarding job. Each step re-checks state under a lock and records what it did, so running it
 * twice (or on two workers) changes nothing the second time:
 * 1. starters without a checklist for their start date get one from the default template, and the mail;
 * 2. starters with overdue tasks get one nudge per task, then again at most every three days;
 * 3. every HR admin gets at most one mail a day listing HR's overdue tasks;
 * 4. starters whose start date (Amsterdam calendar day) arrived move to `employment` (cause start_date_reached).
 */
@Injectable()
export class PreboardingJobService {
  private readonly logger = new Logger(PreboardingJobService.name);

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
    const result: PreboardingRunResult = {
      checklistsCreated: await this.createChecklists(),
      startersNudged: await this.nudgeStarters(),
      hrMails: await this.mailHr(),
      startedEmployment: await this.startEmployment(),
    };
    if (Object.values(result).some((n) => n > 0)) this.logger.log({ message: 'preboarding job', ...result });
    return result;
  }

  async createChecklists(): Promise<number> {
    let created = 0;
    for (const starter of await this.job.startersWithoutChecklist(BATCH)) {
      const done = await this.dataSource.transaction(async (tx) => {
        const person = await this.checklists.person(starter.organisationId, starter.personId, tx, true);
        if (!person || person.phase !== 'entry' || !person.startDate) return false;
        return (await this.creator.create(tx, starter.organisationId, person, { startDate: person.startDate, templateId: starter.templateId, actorUserId: null })) !== null;
      });
      if (done) created++;
    }
    return created;
  }

  async nudgeStarters(): Promise<number> {
    const now = this.clock.now();
    const today = amsterdamDay(now);
    let nudged = 0;
    for (const due of await this.job.checklistsToNudge(today, BATCH)) {
      const sent = await this.dataSource.transaction(async (tx) => {
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
      });
      if (sent) nudged++;
    }
    return nudged;
  }

  async mailHr(): Promise<number> {
    const now = this.clock.now();
    const today = amsterdamDay(now);
    let mails = 0;
    for (const organisationId of await this.job.organisationsWithOverdueHrTasks(today)) {
      mails += await this.dataSource.transaction(async (tx) => {
        const items = await this.job.overdueHrTasks(organisationId, today, tx);
        if (items.length === 0) return 0;
        let sent = 0;
        for (const hr of await this.job.hrAdmins(organisationId, tx)) {
          if (!(await this.job.claimHrDigest(organisationId, hr.userId, today, now, tx))) continue;
          await this.notifier.hrOverdue(tx, organisationId, hr, items);
          sent++;
        }
        return sent;
      });
    }
    return mails;
  }

  async startEmployment(): Promise<number> {
    const now = this.clock.now();
    let moved = 0;
    for (const [organisationId, personIds] of await this.job.startersWhoStarted(amsterdamDay(now))) {
      moved += (await this.phases.move(organisationId, personIds, { to: 'employment', cause: 'start_date_reached', at: now })).length;
    }
    return moved;
  }
}
