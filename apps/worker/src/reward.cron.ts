import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock } from '@kring/server-config';
import { JobQueue, QueueNames } from '@kring/server-queue';
import { businessDate } from '@kring/server-rewards';

/** 06:00 Amsterdam time: decide that today's reward run is due; the singleton key makes N workers run it once. */
@Injectable()
export class RewardMilestonesCron {
  constructor(
    private readonly queue: JobQueue,
    private readonly clock: Clock,
  ) {}

  @Cron('0 0 6 * * *', { name: 'reward-milestones', timeZone: 'Europe/Amsterdam' })
  async enqueue(): Promise<void> {
    const day = businessDate(this.clock.now());
    await this.queue.send(QueueNames.rewardMilestones, { day }, { singletonKey: `reward-milestones:${day}`, singletonHours: 24 });
  }
}
