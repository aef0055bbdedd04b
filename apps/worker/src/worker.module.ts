import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ConfigModule, type ConfigModuleOptions } from '@kring/server-config';
import { DatabaseModule } from '@kring/server-database';
import { ErmCoreModule } from '@kring/server-erm';
import { IdentityHousekeepingModule } from '@kring/server-identity';
import { InsightsCoreModule } from '@kring/server-insights';
import { MailingsCoreModule } from '@kring/server-mailings';
import { MailModule } from '@kring/server-mail';
import { QueueModule } from '@kring/server-queue';
import { ReferralCoreModule } from '@kring/server-referrals';
import { RewardJobsModule } from '@kring/server-rewards';
import { StorageModule } from '@kring/server-storage';
import { ErmEventsWorker } from './erm-events.worker';
import { ErmOffboardingWorker } from './erm-offboarding.worker';
import { ErmPoolsWorker } from './erm-pools.worker';
import { ErmPreboardingWorker } from './erm-preboarding.worker';
import { HousekeepingCron } from './housekeeping.cron';
import { HousekeepingJob } from './housekeeping.job';
import { InsightsDataWorker } from './insights-data.worker';
import { InsightsKpisWorker } from './insights-kpis.worker';
import { MailOutboxJob } from './mail-outbox.job';
import { MailingsJobAlertsWorker } from './mailings-job-alerts.worker';
import { MailingsNewslettersWorker } from './mailings-newsletters.worker';
import { MailingsPreferencesWorker } from './mailings-preferences.worker';
import { MailSweepCron } from './mail-sweep.cron';
import { MailSweepJob } from './mail-sweep.job';
import { ReferralCrons } from './referral.crons';
import { ReferralJobs } from './referral.jobs';
import { RewardMilestonesCron } from './reward.cron';
import { RewardMilestonesJob } from './reward.job';

/** The background process: crons that enqueue, job handlers that act. No HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(options: ConfigModuleOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(options),
        DatabaseModule.forRoot(),
        QueueModule.forRoot({ worker: true }),
        ScheduleModule.forRoot(),
        MailModule,
        IdentityHousekeepingModule,
        StorageModule,
        ReferralCoreModule,
        RewardJobsModule,
        ErmCoreModule,
        MailingsCoreModule,
        InsightsCoreModule,
      ],
      providers: [
        MailOutboxJob,
        MailSweepJob,
        MailSweepCron,
        HousekeepingJob,
        HousekeepingCron,
        ReferralJobs,
        ReferralCrons,
        RewardMilestonesJob,
        RewardMilestonesCron,
        ErmPoolsWorker,
        ErmEventsWorker,
        ErmPreboardingWorker,
        ErmOffboardingWorker,
        MailingsNewslettersWorker,
        MailingsPreferencesWorker,
        MailingsJobAlertsWorker,
        InsightsDataWorker,
        InsightsKpisWorker,
      ],
    };
  }
}
