import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock } from '@kring/server-config';
import { JobQueue, QueueNames } from '@kring/server-queue';

export const REFERRAL_CONSENT_PERIOD_SECONDS = 15 * 60;

/** Only decide that referral work is due; singleton keys make N workers do it once per period. */
@Injectable()
export class ReferralCrons {
  constructor(
    private readonly queue: JobQueue,
    private readonly clock: Clock,
  ) {}

  @Cron('0 */15 * * * *', { name: 'referral-consent' })
  async enqueueConsentFollowUp(): Promise<void> {
    await this.queue.send(
      QueueNames.referralConsent,
      {},
      { singletonKey: 'referral-consent', singletonSeconds: REFERRAL_CONSENT_PERIOD_SECONDS },
    );
  }

  /** 07:30 Amsterdam time, before HR starts the day. */
  @Cron('0 30 7 * * *', { name: 'referral-idle-digest', timeZone: 'Europe/Amsterdam' })
  async enqueueIdleDigest(): Promise<void> {
    const day = this.clock.now().toISOString().slice(0, 10);
    await this.queue.send(QueueNames.referralIdleDigest, { day }, { singletonKey: `referral-idle-digest:${day}`, singletonHours: 24 });
  }
}
