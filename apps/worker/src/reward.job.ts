import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, QueueNames } from '@kring/server-queue';
import { RewardScheduler } from '@kring/server-rewards';

/** Runs the daily reward milestones; the scheduler is idempotent, so a retried or repeated job changes nothing. */
@Injectable()
export class RewardMilestonesJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(RewardMilestonesJob.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly scheduler: RewardScheduler,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(QueueNames.rewardMilestones, { batchSize: 1, pollingIntervalSeconds: 10 }, () => this.run());
  }

  async run(): Promise<void> {
    const result = await this.scheduler.run();
    this.logger.log({ message: 'reward milestones run', ...result });
  }
}
