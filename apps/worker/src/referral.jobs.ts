import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CandidateConsentService, IdleDigestService } from '@kring/server-referrals';
import { JobQueue, QueueNames } from '@kring/server-queue';

/** Candidate consent follow-up (reminders, erasure after the deadline) and HR's idle digest. */
@Injectable()
export class ReferralJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReferralJobs.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly consent: CandidateConsentService,
    private readonly digest: IdleDigestService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(QueueNames.referralConsent, { batchSize: 1, pollingIntervalSeconds: 10 }, () => this.followUpConsent());
    await this.queue.work(QueueNames.referralIdleDigest, { batchSize: 1, pollingIntervalSeconds: 30 }, () => this.sendDigest());
  }

  /** Both steps only touch rows still awaiting consent, so a repeated run finds nothing new to do. */
  async followUpConsent(): Promise<void> {
    const reminded = await this.consent.sendReminders();
    let erased = 0;
    for (let batch = await this.consent.expireOverdue(); batch > 0; batch = await this.consent.expireOverdue()) erased += batch;
    if (reminded || erased) this.logger.log({ message: 'referral consent follow-up', reminded, erased });
  }

  async sendDigest(): Promise<void> {
    const mails = await this.digest.send();
    this.logger.log({ message: 'referral idle digest', mails });
  }
}
