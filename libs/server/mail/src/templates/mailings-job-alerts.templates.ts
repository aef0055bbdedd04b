import { jobAlertDigestTemplate } from './mailings-job-alert-digest.email';
import { jobAlertInstantTemplate } from './mailings-job-alert-instant.email';

/** Mailings: job-alerts mails, by template name (spread into the registry). */
export const mailingsJobAlertsTemplates = {
  job_alert_instant: jobAlertInstantTemplate,
  job_alert_digest: jobAlertDigestTemplate,
} as const;
