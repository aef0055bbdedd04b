import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MailSender } from '@kring/server-mail';
import { JobQueue, QueueNames } from '@kring/server-queue';

/** Runs the outbox sweep (see MailSender.sweep, and the in-flight rule in docs/developer/mail.md). */
@Injectable()
export class MailSweepJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailSweepJob.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly sender: MailSender,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(QueueNames.mailSweep, { batchSize: 1, pollingIntervalSeconds: 2 }, () => this.handle());
  }

  async handle(): Promise<void> {
    const result = await this.sender.sweep();
    if (result.requeued > 0 || result.interrupted > 0) this.logger.log({ message: 'mail sweep', ...result });
  }
}
