import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId, PhasesRepository } from '@kring/server-database';
import { notFound } from '@kring/shared-domain';
import { ChecklistCreator } from '../checklist/checklist-creator.service';
import { PreboardingChecklistsRepository } from '../checklist/checklists.repository';
import { PreboardingNotifier } from '../checklist/preboarding-notifier';
import { taskOutput } from '../checklist/task-output';
import { amsterdamDay, linkExpiresAt, startDateRange } from '../due-dates';
import { alreadyStarted, noEmail, noTemplate, notAStarter, startDateOutOfRange, taskNotYours } from '../preboarding.errors';
import { PreboardingTemplatesRepository } from '../templates/templates.repository';
import type { ChangeStartDateInput, SetTaskDoneInput, StartPreboardingInput } from './inputs/starter.input';
import type {
  PreboardingLinkSentOutput,
  PreboardingPersonOutput,
  PreboardingStarterDetailOutput,
  PreboardingStarterSummaryOutput,
} from './outputs/starter.output';
import { PreboardingStartersRepository } from './starters.repository';

export interface Actor {
  organisationId: OrganisationId;
  userId: string;
}

const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`.trim();

/** HR's side of preboarding: who starts when, how far they are, and HR's own tasks. */
@Injectable()
export class PreboardingStartersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly starters: PreboardingStartersRepository,
    private readonly checklists: PreboardingChecklistsRepository,
    private readonly templates: PreboardingTemplatesRepository,
    private readonly creator: ChecklistCreator,
    private readonly notifier: PreboardingNotifier,
    private readonly phases: PhasesRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor): Promise<PreboardingStarterSummaryOutput[]> {
    const rows = await this.starters.list(actor.organisationId, amsterdamDay(this.clock.now()));
    return rows.map((r) => ({
      personId: r.personId,
      name: fullName(r),
      email: r.email,
      phase: r.phase,
      startDate: r.startDate,
      checklistId: r.checklistId,
      templateName: r.templateName,
      done: r.done,
      total: r.total,
      overdue: r.overdue,
      nextTask: r.nextDueOn ? { titleNl: r.nextTitleNl!, titleEn: r.nextTitleEn!, dueOn: r.nextDueOn, assignee: r.nextAssignee! } : null,
    }));
  }

  async people(actor: Actor, q: string | undefined): Promise<PreboardingPersonOutput[]> {
    const rows = await this.starters.find(actor.organisationId, q || undefined);
    return rows.map((r) => ({ personId: r.personId, name: fullName(r), email: r.email, phase: r.phase, department: r.department, startDate: r.startDate }));
  }

  async detail(actor: Actor, personId: string): Promise<PreboardingStarterDetailOutput> {
    const person = await this.checklists.person(actor.organisationId, personId);
    if (!person) throw notFound('Starter');
    const checklist = await this.checklists.current(actor.organisationId, personId);
    const tasks = checklist ? await this.checklists.tasks(actor.organisationId, checklist.id) : [];
    const today = amsterdamDay(this.clock.now());
    return {
      personId: person.id,
      name: fullName(person),
      email: person.email,
      locale: person.locale,
      phase: person.phase,
      department: person.department,
      startDate: person.startDate,
      checklist: checklist
        ? {
            id: checklist.id,
            templateName: checklist.templateName,
            startDate: checklist.startDate,
            linkSentAt: checklist.linkSentAt?.toISOString() ?? null,
            createdAt: checklist.createdAt.toISOString(),
          }
        : null,
      tasks: tasks.map((t) => taskOutput(t, today)),
      done: tasks.filter((t) => t.doneAt).length,
      total: tasks.length,
    };
  }

  /**
   * HR starts preboarding by hand: sets the start date, moves the person to `entry` (cause manual) and creates
   * the checklist from the chosen or default template at once; the starter gets the mail with their link.
   */
  async start(actor: Actor, input: StartPreboardingInput): Promise<PreboardingStarterDetailOutput> {
    this.checkStartDate(input.startDate);
    await this.dataSource.transaction(async (tx) => {
      const person = await this.checklists.person(actor.organisationId, input.personId, tx, true);
      if (!person) throw notFound('Person');
      if (person.phase === 'employment') throw notAStarter('This person is already employed');
      const template = input.templateId
        ? (await this.templates.find(actor.organisationId, input.templateId, tx))?.template
        : await this.templates.findDefault(actor.organisationId, tx);
      if (!template) throw input.templateId ? notFound('Template') : noTemplate();
      const now = this.clock.now();
      await this.checklists.setStartDate(actor.organisationId, person.id, input.startDate, now, tx);
      await this.phases.move(actor.organisationId, [person.id], { to: 'entry', cause: 'manual', at: now, actorUserId: actor.userId, reason: 'preboarding started' }, tx);
      const created = await this.creator.create(tx, actor.organisationId, { ...person, phase: 'entry', startDate: input.startDate }, {
        startDate: input.startDate,
        templateId: template.id,
        actorUserId: actor.userId,
      });
      if (!created) throw alreadyStarted();
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'preboarding.started', subjectType: 'person', subjectId: person.id, data: { startDate: input.startDate, templateId: template.id } }, tx);
    });
    return this.detail(actor, input.personId);
  }

  /** A new start date: the person's and the checklist's; open tasks get new due dates, the links stay valid until 30 days after it. */
  async changeStartDate(actor: Actor, personId: string, input: ChangeStartDateInput): Promise<PreboardingStarterDetailOutput> {
    this.checkStartDate(input.startDate);
    await this.dataSource.transaction(async (tx) => {
      const person = await this.checklists.person(actor.organisationId, personId, tx, true);
      if (!person) throw notFound('Starter');
      if (person.phase !== 'entry') throw notAStarter('Only a starter who has not started yet (phase entry) can get a new start date');
      const checklist = await this.checklists.current(actor.organisationId, personId, tx);
      const now = this.clock.now();
      if (checklist && checklist.startDate !== input.startDate) {
        const clash: unknown[] = await tx.query(`SELECT 1 FROM preboarding_checklists WHERE organisation_id = $1 AND person_id = $2 AND start_date = $3 AND id <> $4`, [
          actor.organisationId,
          personId,
          input.startDate,
          checklist.id,
        ]);
        if (clash.length) throw alreadyStarted();
        await this.checklists.moveStartDate(actor.organisationId, checklist.id, input.startDate, now, tx);
        await this.checklists.extendLinks(actor.organisationId, checklist.id, linkExpiresAt(input.startDate), now, tx);
      }
      await this.checklists.setStartDate(actor.organisationId, personId, input.startDate, now, tx);
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'preboarding.start_date_changed', subjectType: 'person', subjectId: personId, data: { from: person.startDate, to: input.startDate } }, tx);
    });
    return this.detail(actor, personId);
  }

  /** HR ticks its own tasks; the starter's tasks are the starter's to tick. */
  async setTaskDone(actor: Actor, personId: string, taskId: string, input: SetTaskDoneInput): Promise<PreboardingStarterDetailOutput> {
    await this.dataSource.transaction(async (tx) => {
      const checklist = await this.checklists.current(actor.organisationId, personId, tx);
      const task = checklist ? await this.checklists.task(actor.organisationId, checklist.id, taskId, tx) : null;
      if (!task) throw notFound('Task');
      if (task.assignee !== 'hr') throw taskNotYours('This task is for the starter to tick');
      await this.checklists.setDone(actor.organisationId, task.id, input.done, this.clock.now(), actor.userId, tx);
    });
    return this.detail(actor, personId);
  }

  /** Mails the starter a fresh link (earlier links keep working until they expire). */
  async resendLink(actor: Actor, personId: string): Promise<PreboardingLinkSentOutput> {
    return this.dataSource.transaction(async (tx) => {
      const person = await this.checklists.person(actor.organisationId, personId, tx);
      const checklist = person ? await this.checklists.current(actor.organisationId, personId, tx) : null;
      if (!person || !checklist) throw notFound('Checklist');
      if (!person.email) throw noEmail();
      const tasks = await this.checklists.tasks(actor.organisationId, checklist.id, tx);
      const organisationName = await this.checklists.organisationName(actor.organisationId, tx);
      await this.notifier.sendLink(tx, actor.organisationId, { organisationName, checklist, person, taskCount: tasks.length, resent: true });
      await this.checklists.markLinkSent(actor.organisationId, checklist.id, this.clock.now(), tx);
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'preboarding.link_resent', subjectType: 'person', subjectId: personId }, tx);
      return { sentTo: person.email };
    });
  }

  /** A start date from a year back to two years ahead (today in Amsterdam, by the Clock); else a field error. */
  private checkStartDate(startDate: string): void {
    const range = startDateRange(amsterdamDay(this.clock.now()));
    if (startDate < range.min || startDate > range.max) throw startDateOutOfRange(range);
  }
}
