import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@kring/server-config';
import { OrganisationId, Tx } from '@kring/server-database';
import { Outbox } from '@kring/server-mail';
import { RewardLedgerRepository } from './reward-ledger.repository';

/** Mails the referrer when rewards become pending, approved or paid: in the outbox, in the caller's transaction. */
@Injectable()
export class RewardNotifier {
  constructor(
    private readonly ledger: RewardLedgerRepository,
    private readonly outbox: Outbox,
    @InjectConfig('app') private readonly app: AppConfig,
  ) {}

  async notify(tx: Tx, organisationId: OrganisationId, ids: string[], update: 'pending' | 'approved' | 'paid'): Promise<void> {
    if (ids.length === 0) return;
    for (const ctx of await this.ledger.mailContexts(organisationId, ids, tx)) {
      if (!ctx.referrerActive) continue;
      await this.outbox.enqueue(tx, organisationId, {
        to: ctx.referrerEmail,
        personId: ctx.referrerPersonId,
        locale: ctx.referrerLocale,
        template: 'reward_update',
        data: {
          organisationName: ctx.organisationName,
          referrerFirstName: ctx.referrerFirstName,
          update,
          candidateName: ctx.candidateName,
          vacancyTitle: ctx.vacancyTitle,
          milestone: ctx.milestoneLabel,
          amountCents: ctx.amountCents,
          currency: ctx.currency,
          points: ctx.points,
          dueOn: ctx.dueOn,
          charityName: ctx.charityName,
          rewardsUrl: `${this.app.publicUrl}/my-rewards`,
        },
      });
    }
  }
}
