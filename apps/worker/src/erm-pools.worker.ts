import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { ConsentLifecycleService, type LifecycleRun } from '@kring/server-erm';
import { JobQueue, QueueNames } from '@kring/server-queue';

export const ERM_CONSENTS_PERIOD_SECONDS = 3600;

/**
 * Talent-pool consents: an hourly cron decides the work is due (one singleton job per hour across all
 * workers); the job lapses unconfirmed sign-ups, sends renewal reminders and erases expired contacts.
 * Every step re-checks state under row locks, so a repeated or concurrent run changes nothing more.
 */
@Injectable()
export class ErmPoolsWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(ErmPoolsWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly lifecycle: ConsentLifecycleService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(QueueNames.ermConsents, { batchSize: 1, pollingIntervalSeconds: 10 }, () => this.runLifecycle());
  }

  @Cron('0 17 * * * *', { name: 'erm-consents' })
  async enqueueLifecycle(): Promise<void> {
    await this.queue.send(QueueNames.ermConsents, {}, { singletonKey: 'erm-consents', singletonSeconds: ERM_CONSENTS_PERIOD_SECONDS });
  }

  async runLifecycle(): Promise<LifecycleRun> {
    const result = await this.lifecycle.run();
    this.logger.debug({ message: 'erm-consents job done', ...result });
    return result;
  }
}
