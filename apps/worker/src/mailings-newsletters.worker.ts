import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import {
  NEWSLETTER_BATCH_SIZE,
  NEWSLETTER_RUN_BUDGET_MS,
  NewsletterEngine,
  type NewsletterRunResult,
  type NewsletterSendJobData,
  type NewsletterSweepResult,
} from '@kring/server-mailings';
import { JobQueue, QueueNames } from '@kring/server-queue';

export const NEWSLETTER_SWEEP_PERIOD_SECONDS = 60;

/**
 * Newsletters: one newsletterSend job per batch of delivery rows (the engine claims, renders, sends, records; a job
 * keeps claiming further batches of its newsletter for up to NEWSLETTER_RUN_BUDGET_MS so the SMTP pool never idles
 * between jobs; jobs that then find nothing left end at once), and a per-minute sweep (singleton across workers)
 * that starts scheduled newsletters, re-enqueues due retries, closes rows interrupted in flight and marks finished
 * newsletters sent. On shutdown the engine stops handing over new mails, records the ones in flight and releases
 * the rest of its claim before pg-boss stops.
 */
@Injectable()
export class MailingsNewslettersWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailingsNewslettersWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly engine: NewsletterEngine,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // One job at a time per worker: a job already sends in parallel over the pooled, rate-limited transport.
    await this.queue.work<NewsletterSendJobData>(
      QueueNames.newsletterSend,
      { batchSize: 1, pollingIntervalSeconds: 1 },
      async ([job]) => {
        if (job) await this.runBatch(job.data.newsletterId);
      },
    );
    await this.queue.work(QueueNames.newsletterSweep, { batchSize: 1, pollingIntervalSeconds: 10 }, () => this.sweep());
  }

  /** Runs before pg-boss stops (this module's hooks come first): lets the running job end quickly and cleanly. */
  onModuleDestroy(): Promise<void> {
    return this.engine.stop();
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
    const result = await this.engine.run(newsletterId, NEWSLETTER_BATCH_SIZE, { continueForMs: NEWSLETTER_RUN_BUDGET_MS });
    this.logger.debug({ message: 'newsletter batch done', newsletterId, ...result });
    return result;
  }

  async sweep(): Promise<NewsletterSweepResult> {
    const result = await this.engine.sweep();
    if (result.started || result.interrupted || result.jobs || result.completed) this.logger.log({ message: 'newsletter sweep', ...result });
    return result;
  }
}
