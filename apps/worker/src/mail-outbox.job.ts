import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MailSender, type MailOutboxJobData } from '@kring/server-mail';
import { JobQueue, QueueNames, type Job } from '@kring/server-queue';

/** Jobs fetched per poll; each is one mail_messages row. */
const BATCH_SIZE = 50;

/**
 * Sends outbox rows. Idempotent: MailSender.send re-checks the row (claim) and skips anything that is
 * not due or already handled, so duplicate or retried jobs never send twice.
 */
@Injectable()
export class MailOutboxJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailOutboxJob.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly sender: MailSender,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work<MailOutboxJobData>(
      QueueNames.mailOutbox,
      { batchSize: BATCH_SIZE, pollingIntervalSeconds: 1 },
      (jobs) => this.handle(jobs),
    );
  }

  async handle(jobs: Job<MailOutboxJobData>[]): Promise<void> {
    const results = await Promise.allSettled(jobs.map((job) => this.sender.send(job.data.id)));
    const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (errors.length > 0) {
      // SMTP failures are recorded on the row and do not land here; these are database errors.
      // Failing the batch makes pg-boss retry it; rows already handled are skipped then.
      this.logger.error({ message: 'outbox batch failed', code: 'mail_job_failed', errors: errors.map(String) });
      throw new AggregateError(errors, `${errors.length} of ${jobs.length} outbox jobs failed`);
    }
  }
}
