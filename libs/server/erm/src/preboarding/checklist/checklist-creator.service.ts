import { Injectable } from '@nestjs/common';
import { Clock } from '@kring/server-config';
import { OrganisationId, Tx } from '@kring/server-database';
import { PreboardingChecklistsRepository, StarterPerson } from './checklists.repository';
import { PreboardingNotifier } from './preboarding-notifier';

/**
 * Creates a starter's checklist (once per person and start date) and mails them the link. Used by HR's
 * "start preboarding" and by the hourly job; a second call for the same start date changes nothing.
 */
@Injectable()
export class ChecklistCreator {
  constructor(
    private readonly checklists: PreboardingChecklistsRepository,
    private readonly notifier: PreboardingNotifier,
    private readonly clock: Clock,
  ) {}

  /** The new checklist's id, or null when this person already had one for this start date. */
  async create(
    tx: Tx,
    organisationId: OrganisationId,
    person: StarterPerson,
    input: { startDate: string; templateId: string; actorUserId: string | null },
  ): Promise<string | null> {
    const id = await this.checklists.createFromTemplate(
      organisationId,
      { personId: person.id, startDate: input.startDate, templateId: input.templateId, createdByUserId: input.actorUserId, at: this.clock.now() },
      tx,
    );
    if (!id) return null;
    const checklist = (await this.checklists.find(organisationId, id, tx))!;
    const tasks = await this.checklists.tasks(organisationId, id, tx);
    if (person.email) {
      const organisationName = await this.checklists.organisationName(organisationId, tx);
      await this.notifier.sendLink(tx, organisationId, { organisationName, checklist, person, taskCount: tasks.length, resent: false });
      await this.checklists.markLinkSent(organisationId, id, this.clock.now(), tx);
    }
    return id;
  }
}
