import { Module } from '@nestjs/common';
import { MailModule } from '@kring/server-mail';
import { MailingLinksModule } from '../links/mailing-links.module';
import { JobAlertSender } from './job-alert-sender.service';
import { JobAlertsController } from './job-alerts.controller';
import { JobAlertsRepository } from './job-alerts.repository';
import { JobAlertsService } from './job-alerts.service';

const CORE = [JobAlertsRepository, JobAlertSender];

/** JobAlerts: matching and sending (instant and digest), shared by the API and the worker. */
@Module({
  imports: [MailModule, MailingLinksModule],
  providers: CORE,
  exports: CORE,
})
export class JobAlertsCoreModule {}

/** JobAlerts over HTTP: a signed-in alumnus's or external referrer's own alerts. */
@Module({
  imports: [JobAlertsCoreModule],
  controllers: [JobAlertsController],
  providers: [JobAlertsService],
})
export class JobAlertsModule {}
