import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobQueue, QueueNames } from '@kring/server-queue';

export const HOUSEKEEPING_PERIOD_SECONDS = 3600;

/** Decides that housekeeping is due, once per hour across all workers (singleton slot). */
@Injectable()
export class HousekeepingCron {
  constructor(private readonly queue: JobQueue) {}

  @Cron('0 7 * * * *', { name: 'housekeeping' })
  async enqueue(): Promise<void> {
    await this.queue.send(QueueNames.housekeeping, {}, { singletonKey: 'housekeeping', singletonSeconds: HOUSEKEEPING_PERIOD_SECONDS });
  }
}
