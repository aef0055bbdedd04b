import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { asOrganisationId } from '@kring/server-database';
import { JobAlertSender, type DigestRun, type InstantRun } from '@kring/server-mailings';
import { Job, JobQueue, QueueNames } from '@kring/server-queue';

export const JOB_ALERTS_DIGEST_PERIOD_SECONDS = 3600;

/** Sent by VacanciesService in the transaction that publishes a vacancy. */
export interface JobAlertsInstantJobData {
  organisationId: string;
  vacancyId: string;
}

/**
 * Job alerts: one instant job per published vacancy, and an hourly cron that enqueues one singleton digest
 * job (daily digests from 08:00, weekly ones on Monday from 08:00, Amsterdam time). Deliveries are claimed
 * per person and vacancy in the mail's transaction, so repeated or concurrent runs never mail a vacancy twice.
 */
@Injectable()
export class MailingsJobAlertsWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailingsJobAlertsWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly sender: JobAlertSender,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work<JobAlertsInstantJobData>(QueueNames.jobAlertsInstant, { batchSize: 1, pollingIntervalSeconds: 2 }, ([job]) =>
      this.runInstant(job),
    );
    await this.queue.work(QueueNames.jobAlertsDigest, { batchSize: 1, pollingIntervalSeconds: 10 }, () => this.runDigests());
  }

  @Cron('0 5 * * * *', { name: 'job-alerts-digest' })
  async enqueueDigests(): Promise<void> {
    await this.queue.send(
      QueueNames.jobAlertsDigest,
      {},
      // One run mails every due subscriber (about 30 people a second; 100k alerts take about an hour): pg-boss's default
      // 15-minute expiry would hand a long run out again while it is still going (harmless, row locks prevent doubles,
      // but noisy). Four hours covers large organisations; a crashed run is retried after that, and the next hour's job
      // picks up whoever is still due meanwhile.
      { singletonKey: 'job-alerts-digest', singletonSeconds: JOB_ALERTS_DIGEST_PERIOD_SECONDS, expireInHours: 4 },
    );
  }

  async runInstant(job: Pick<Job<JobAlertsInstantJobData>, 'data'>): Promise<InstantRun> {
    const result = await this.sender.sendInstant(asOrganisationId(job.data.organisationId), job.data.vacancyId);
    this.logger.debug({ message: 'job-alerts instant job done', vacancyId: job.data.vacancyId, ...result });
    return result;
  }

  async runDigests(): Promise<DigestRun> {
    const result = await this.sender.runDigests();
    this.logger.debug({ message: 'job-alerts digest job done', ...result });
    return result;
  }
}
