import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@kring/server-config';
import { OrganisationId, PersonTokensRepository, Tx } from '@kring/server-database';
import { Outbox } from '@kring/server-mail';
import type { Locale } from '@kring/shared-domain';
import { addDays, LINK_VALID_DAYS_AFTER_START, linkExpiresAt } from '../due-dates';
import type { PreboardingChecklistEntity, PreboardingTaskEntity } from '../entities/preboarding-checklist.entity';
import type { StarterPerson } from './checklists.repository';

export const PREBOARDING_TOKEN_PURPOSE = 'preboarding';

export const taskTitle = (task: Pick<PreboardingTaskEntity, 'titleNl' | 'titleEn'>, locale: Locale) => (locale === 'en' ? task.titleEn : task.titleNl);

/**
 * Preboarding mails, in the caller's transaction. Each mail to a starter carries a fresh link (only hashes are
 * stored, so a link cannot be sent twice); links are reusable until 30 days after the start date.
 */
@Injectable()
export class PreboardingNotifier {
  constructor(
    private readonly outbox: Outbox,
    private readonly tokens: PersonTokensRepository,
    @InjectConfig('app') private readonly app: AppConfig,
  ) {}

  async sendLink(
    tx: Tx,
    organisationId: OrganisationId,
    input: { organisationName: string; checklist: PreboardingChecklistEntity; person: StarterPerson; taskCount: number; resent: boolean },
  ): Promise<void> {
    const { person, checklist } = input;
    if (!person.email) return;
    const url = await this.checklistUrl(tx, organisationId, checklist, person.id);
    await this.outbox.enqueue(tx, organisationId, {
      to: person.email,
      personId: person.id,
      locale: person.locale,
      template: 'erm_preboarding_welcome',
      sensitive: true,
      data: {
        organisationName: input.organisationName,
        firstName: person.firstName,
        startDate: checklist.startDate,
        taskCount: input.taskCount,
        checklistUrl: url,
        validUntil: addDays(checklist.startDate, LINK_VALID_DAYS_AFTER_START),
        resent: input.resent,
      },
    });
  }

  async nudge(
    tx: Tx,
    organisationId: OrganisationId,
    input: { organisationName: string; checklist: PreboardingChecklistEntity; person: StarterPerson; tasks: PreboardingTaskEntity[] },
  ): Promise<void> {
    const { person, checklist } = input;
    if (!person.email) return;
    await this.outbox.enqueue(tx, organisationId, {
      to: person.email,
      personId: person.id,
      locale: person.locale,
      template: 'erm_preboarding_nudge',
      sensitive: true,
      data: {
        organisationName: input.organisationName,
        firstName: person.firstName,
        tasks: input.tasks.map((t) => ({ title: taskTitle(t, person.locale), dueOn: t.dueOn })),
        checklistUrl: await this.checklistUrl(tx, organisationId, checklist, person.id),
      },
    });
  }

  async hrOverdue(
    tx: Tx,
    organisationId: OrganisationId,
    hr: { email: string; personId: string; firstName: string; locale: Locale; organisationName: string },
    items: Array<{ starterName: string; task: PreboardingTaskEntity }>,
  ): Promise<void> {
    await this.outbox.enqueue(tx, organisationId, {
      to: hr.email,
      personId: hr.personId,
      locale: hr.locale,
      template: 'erm_preboarding_hr_overdue',
      data: {
        organisationName: hr.organisationName,
        firstName: hr.firstName,
        items: items.map((i) => ({ starterName: i.starterName, title: taskTitle(i.task, hr.locale), dueOn: i.task.dueOn })),
        preboardingUrl: `${this.app.publicUrl}/preboarding`,
      },
    });
  }

  private async checklistUrl(tx: Tx, organisationId: OrganisationId, checklist: PreboardingChecklistEntity, personId: string): Promise<string> {
    const { token } = await this.tokens.issue(
      organisationId,
      { personId, purpose: PREBOARDING_TOKEN_PURPOSE, subjectId: checklist.id, expiresAt: linkExpiresAt(checklist.startDate) },
      tx,
    );
    return `${this.app.publicUrl}/preboarding/checklist?token=${token}`;
  }
}
