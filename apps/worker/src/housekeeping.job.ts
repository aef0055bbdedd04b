import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@kring/server-config';
import { IdentityHousekeeping } from '@kring/server-identity';
import { JobQueue, QueueNames } from '@kring/server-queue';

/** Deletes spent credentials and stale counters; running it twice deletes nothing more. */
@Injectable()
export class HousekeepingJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(HousekeepingJob.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly identity: IdentityHousekeeping,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(QueueNames.housekeeping, { batchSize: 1, pollingIntervalSeconds: 10 }, () => this.handle());
  }

  async handle(): Promise<void> {
    const deleted = await this.identity.purge(this.clock.now());
    this.logger.log({ message: 'housekeeping', deleted });
  }
}
