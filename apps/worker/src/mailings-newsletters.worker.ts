import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { NewsletterEngine, type NewsletterRunResult, type NewsletterSendJobData, type NewsletterSweepResult } from '@kring/server-mailings';
import { JobQueue, QueueNames } from '@kring/server-queue';

export const NEWSLETTER_SWEEP_PERIOD_SECONDS = 60;

/**
 * Newsletters: one newsletterSend job per batch of delivery rows (the engine claims, renders, sends, records),
 * and a per-minute sweep (singleton across workers) that starts scheduled newsletters, re-enqueues due retries,
 * closes rows interrupted in flight and marks finished newsletters sent.
 */
@Injectable()
export class MailingsNewslettersWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailingsNewslettersWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly engine: NewsletterEngine,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // One batch at a time per worker: a batch already sends in parallel over the pooled, rate-limited transport.
    await this.queue.work<NewsletterSendJobData>(
      QueueNames.newsletterSend,
      { batchSize: 1, pollingIntervalSeconds: 2 },
      async ([job]) => {
        if (job) await this.runBatch(job.data.newsletterId);
      },
    );
    await this.queue.work(QueueNames.newsletterSweep, { batchSize: 1, pollingIntervalSeconds: 10 }, () => this.sweep());
  }

  @Cron('0 * * * * *', { name: 'newsletter-sweep' })
  async enqueueSweep(): Promise<void> {
    await this.queue.send(
      QueueNames.newsletterSweep,
      {},
      { singletonKey: 'newsletter-sweep', singletonSeconds: NEWSLETTER_SWEEP_PERIOD_SECONDS },
    );
  }

  async runBatch(newsletterId: string): Promise<NewsletterRunResult> {
    const result = await this.engine.run(newsletterId);
    this.logger.debug({ message: 'newsletter batch done', newsletterId, ...result });
    return result;
  }

  async sweep(): Promise<NewsletterSweepResult> {
    const result = await this.engine.sweep();
    if (result.started || result.interrupted || result.jobs || result.completed) this.logger.log({ message: 'newsletter sweep', ...result });
    return result;
  }
}
