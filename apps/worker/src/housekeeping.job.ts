import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@kring/server-config';
import { MATCH_PLAN_UNUSED_DAYS, MatchPlansRepository, PersonTokensRepository } from '@kring/server-database';
import { IdentityHousekeeping } from '@kring/server-identity';
import { JobQueue, QueueNames } from '@kring/server-queue';
import { FilesService } from '@kring/server-storage';

/** Deletes spent credentials, stale counters, orphaned files and unused match plans; running it twice deletes nothing more. */
@Injectable()
export class HousekeepingJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(HousekeepingJob.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly identity: IdentityHousekeeping,
    private readonly files: FilesService,
    private readonly personTokens: PersonTokensRepository,
    private readonly clock: Clock,
    private readonly matchPlans: MatchPlansRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(QueueNames.housekeeping, { batchSize: 1, pollingIntervalSeconds: 10 }, () => this.handle());
  }

  async handle(): Promise<void> {
    const now = this.clock.now();
    const deleted = await this.identity.purge(now);
    // Links sent to people (opt-in, RSVP, checklist, ...) are kept a week past expiry or use, for support questions.
    const personTokens = await this.personTokens.purge(new Date(now.getTime() - 7 * 86_400_000));
    // Bytes whose row never committed (a failed upload transaction); an hour's grace covers uploads in flight.
    const orphanedFiles = await this.files.deleteOrphans(new Date(now.getTime() - 3_600_000));
    // Stored match plans (and their score rows) nobody ranked with for a while: triggers stop keeping them current.
    const matchPlans = await this.matchPlans.purgeUnused(new Date(now.getTime() - MATCH_PLAN_UNUSED_DAYS * 86_400_000));
    this.logger.log({ message: 'housekeeping', deleted, personTokens, orphanedFiles: orphanedFiles.deleted, matchPlans });
  }
}
