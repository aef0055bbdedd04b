import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock } from '@kring/server-config';
import { CandidateSurveysService } from '@kring/server-insights';
import { JobQueue, QueueNames } from '@kring/server-queue';

export const CANDIDATE_SURVEY_PERIOD_SECONDS = 600;

/**
 * Dashboard inputs. Every 10 minutes the cron enqueues one singleton job (any number of workers); the job mails the
 * candidate-experience question for referrals that ended. The job itself is idempotent (UNIQUE per referral, claimed
 * with ON CONFLICT DO NOTHING), so an overlapping or repeated job sends nothing twice.
 */
@Injectable()
export class InsightsDataWorker implements OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly surveys: CandidateSurveysService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(QueueNames.insightsCandidateSurveys, { batchSize: 1, pollingIntervalSeconds: 10 }, () => this.surveys.sendDue());
  }

  @Cron('0 */10 * * * *', { name: 'insights-candidate-surveys' })
  async enqueueCandidateSurveys(): Promise<string | null> {
    const slot = Math.floor(this.clock.now().getTime() / (CANDIDATE_SURVEY_PERIOD_SECONDS * 1000));
    return this.queue.send(QueueNames.insightsCandidateSurveys, { slot }, { singletonKey: `insights-candidate-surveys:${slot}`, singletonSeconds: CANDIDATE_SURVEY_PERIOD_SECONDS });
  }
}
