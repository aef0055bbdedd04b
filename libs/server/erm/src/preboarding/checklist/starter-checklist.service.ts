import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { OrganisationId, PersonTokensRepository, TouchpointsRepository } from '@kring/server-database';
import { notFound } from '@kring/shared-domain';
import { amsterdamDay } from '../due-dates';
import { invalidPreboardingToken, taskNotYours } from '../preboarding.errors';
import { PreboardingChecklistsRepository } from './checklists.repository';
import type { PreboardingTokenInput, StarterSetTaskDoneInput } from './inputs/checklist-token.input';
import type { StarterChecklistOutput } from './outputs/starter-checklist.output';
import { PREBOARDING_TOKEN_PURPOSE } from './preboarding-notifier';
import { taskOutput } from './task-output';

/**
 * The starter's checklist without login: the link's token names organisation, person and checklist. Ticking a
 * task records one `preboarding_task_done` touchpoint the first time it is done (undo and redo add none).
 */
@Injectable()
export class StarterChecklistService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: PersonTokensRepository,
    private readonly checklists: PreboardingChecklistsRepository,
    private readonly touchpoints: TouchpointsRepository,
    private readonly clock: Clock,
  ) {}

  async view(input: PreboardingTokenInput): Promise<StarterChecklistOutput> {
    const owner = await this.owner(input.token);
    return this.render(owner.organisationId, owner.personId, owner.checklistId);
  }

  async setDone(taskId: string, input: StarterSetTaskDoneInput): Promise<StarterChecklistOutput> {
    const owner = await this.owner(input.token);
    await this.dataSource.transaction(async (tx) => {
      const task = await this.checklists.task(owner.organisationId, owner.checklistId, taskId, tx);
      if (!task) throw notFound('Task');
      if (task.assignee !== 'starter') throw taskNotYours('HR ticks this task');
      const now = this.clock.now();
      const firstTime = await this.checklists.setDone(owner.organisationId, task.id, input.done, now, null, tx);
      if (firstTime) {
        await this.touchpoints.record(
          owner.organisationId,
          [owner.personId],
          { kind: 'preboarding_task_done', channel: 'preboarding', occurredAt: now, subjectType: 'preboarding_task', subjectId: task.id, note: task.titleNl },
          tx,
        );
      }
    });
    return this.render(owner.organisationId, owner.personId, owner.checklistId);
  }

  private async owner(token: string): Promise<{ organisationId: OrganisationId; personId: string; checklistId: string }> {
    const row = await this.tokens.findValid(token, PREBOARDING_TOKEN_PURPOSE, this.clock.now());
    if (!row || !row.subjectId) throw invalidPreboardingToken();
    return { organisationId: row.organisationId, personId: row.personId, checklistId: row.subjectId };
  }

  private async render(organisationId: OrganisationId, personId: string, checklistId: string): Promise<StarterChecklistOutput> {
    const checklist = await this.checklists.find(organisationId, checklistId);
    const person = await this.checklists.person(organisationId, personId);
    if (!checklist || !person || checklist.personId !== personId) throw invalidPreboardingToken();
    const tasks = await this.checklists.tasks(organisationId, checklistId);
    const today = amsterdamDay(this.clock.now());
    return {
      organisationName: await this.checklists.organisationName(organisationId),
      firstName: person.firstName,
      locale: person.locale,
      startDate: checklist.startDate,
      tasks: tasks.map((t) => taskOutput(t, today)),
      done: tasks.filter((t) => t.doneAt).length,
      total: tasks.length,
    };
  }
}
