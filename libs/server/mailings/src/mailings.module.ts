import { Module } from '@nestjs/common';
import { JobAlertsCoreModule, JobAlertsModule } from './job-alerts/job-alerts.module';
import { NewslettersCoreModule, NewslettersModule } from './newsletters/newsletters.module';
import { PreferencesCoreModule, PreferencesModule } from './preferences/preferences.module';

const CORE = [NewslettersCoreModule, PreferencesCoreModule, JobAlertsCoreModule];

/** Mailing services without HTTP: the delivery engine, job-alert matching and digests (used by the worker). */
@Module({ imports: CORE, exports: CORE })
export class MailingsCoreModule {}

/** Newsletters, the preference centre and one-click unsubscribe, bounce webhook, job alerts (HTTP). */
@Module({ imports: [NewslettersModule, PreferencesModule, JobAlertsModule] })
export class MailingsModule {}
