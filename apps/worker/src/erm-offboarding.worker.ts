import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock } from '@kring/server-config';
import { asOrganisationId } from '@kring/server-database';
import { ImportApplier, OffboardingExecutor, type ImportJobData } from '@kring/server-erm';
import { JobQueue, QueueNames, type Job } from '@kring/server-queue';

export const OFFBOARDING_PERIOD_SECONDS = 3600;

/**
 * ERM offboarding. The hourly cron only enqueues one singleton job per hour (any number of workers);
 * the job carries out the offboardings whose (Amsterdam) leaving date, the last working day, is over and
 * restores the employee role of rehired alumni. Import jobs apply an employee import in batches. An import
 * job carries the key `erm-import:<id>`, but on pg-boss 10 standard queues a singleton key without
 * singletonSeconds deduplicates nothing: what keeps an import to one application is the row lock on the
 * import (in ImportService.apply and in every batch of ImportApplier), not the key.
 */
@Injectable()
export class ErmOffboardingWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(ErmOffboardingWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly executor: OffboardingExecutor,
    private readonly applier: ImportApplier,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(QueueNames.ermOffboarding, { batchSize: 1, pollingIntervalSeconds: 10 }, () => this.executor.runDue());
    await this.queue.work<ImportJobData>(QueueNames.ermImport, { batchSize: 1, pollingIntervalSeconds: 2, includeMetadata: true }, (jobs) => this.applyImports(jobs));
  }

  @Cron('0 5 * * * *', { name: 'erm-offboarding' })
  async enqueueOffboarding(): Promise<string | null> {
    const hour = this.clock.now().toISOString().slice(0, 13); // the UTC hour
    return this.queue.send(QueueNames.ermOffboarding, { hour }, { singletonKey: `erm-offboarding:${hour}`, singletonSeconds: OFFBOARDING_PERIOD_SECONDS });
  }

  async applyImports(jobs: Job<ImportJobData>[]): Promise<void> {
    for (const job of jobs) {
      const organisationId = asOrganisationId(job.data.organisationId);
      try {
        await this.applier.run(organisationId, job.data.importId);
      } catch (error) {
        // The last retry marks the import failed so the portal stops polling; earlier ones try again.
        const { retryCount = 0, retryLimit = 0 } = job as Job<ImportJobData> & { retryCount?: number; retryLimit?: number };
        if (retryCount >= retryLimit) await this.applier.fail(organisationId, job.data.importId, error);
        this.logger.error({ message: 'employee import batch failed', importId: job.data.importId, error: String(error) });
        throw error;
      }
    }
  }
}
