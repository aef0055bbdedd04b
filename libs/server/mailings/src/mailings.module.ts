import { Module } from '@nestjs/common';
import { ActivationCoreModule, ActivationModule } from './activation/activation.module';
import { JobAlertsCoreModule, JobAlertsModule } from './job-alerts/job-alerts.module';
import { NewslettersCoreModule, NewslettersModule } from './newsletters/newsletters.module';
import { PreferencesCoreModule, PreferencesModule } from './preferences/preferences.module';
import { TrackingCoreModule, TrackingModule } from './tracking/tracking.module';

const CORE = [NewslettersCoreModule, PreferencesCoreModule, JobAlertsCoreModule, ActivationCoreModule, TrackingCoreModule];

/** Mailing services without HTTP: the delivery engine, job-alert matching and digests (used by the worker). */
@Module({ imports: CORE, exports: CORE })
export class MailingsCoreModule {}

/** Newsletters, the preference centre and one-click unsubscribe, bounce webhook, job alerts (HTTP). */
@Module({ imports: [NewslettersModule, PreferencesModule, JobAlertsModule, ActivationModule, TrackingModule] })
export class MailingsModule {}
