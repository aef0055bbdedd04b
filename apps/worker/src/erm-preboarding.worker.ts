import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock } from '@kring/server-config';
import { PreboardingJobService } from '@kring/server-erm';
import { JobQueue, QueueNames } from '@kring/server-queue';

export const ERM_PREBOARDING_PERIOD_SECONDS = 60 * 60;

/**
 * ERM preboarding: an hourly cron that only enqueues one singleton job per hour (however many workers run), and
 * the handler, which creates missing checklists, nudges overdue tasks, mails HR, and moves starters whose start
 * date arrived to employment. The handler is idempotent (see PreboardingJobService).
 */
@Injectable()
export class ErmPreboardingWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(ErmPreboardingWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly preboarding: PreboardingJobService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(QueueNames.ermPreboarding, { batchSize: 1, pollingIntervalSeconds: 30 }, () => this.handle());
  }

  /** Five past every hour, so the midnight run moves starters on their first day soon after 00:00 Amsterdam time. */
  @Cron('0 5 * * * *', { name: 'erm-preboarding' })
  async enqueue(): Promise<void> {
    const hour = this.clock.now().toISOString().slice(0, 13);
    await this.queue.send(QueueNames.ermPreboarding, { hour }, { singletonKey: `erm-preboarding:${hour}`, singletonSeconds: ERM_PREBOARDING_PERIOD_SECONDS });
  }

  async handle(): Promise<void> {
    const result = await this.preboarding.run();
    this.logger.debug?.({ message: 'erm preboarding run', ...result });
  }
}
