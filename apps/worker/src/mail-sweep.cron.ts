import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobQueue, QueueNames } from '@kring/server-queue';

export const MAIL_SWEEP_PERIOD_SECONDS = 30;

/**
 * Only decides that a sweep is due. The cron fires in every worker process; the singleton key makes
 * pg-boss keep one job per 30-second slot, so N workers sweep once.
 */
@Injectable()
export class MailSweepCron {
  constructor(private readonly queue: JobQueue) {}

  @Cron(`*/${MAIL_SWEEP_PERIOD_SECONDS} * * * * *`, { name: 'mail-sweep' })
  async enqueueSweep(): Promise<void> {
    await this.queue.send(
      QueueNames.mailSweep,
      {},
      { singletonKey: 'mail-sweep', singletonSeconds: MAIL_SWEEP_PERIOD_SECONDS },
    );
  }
}
