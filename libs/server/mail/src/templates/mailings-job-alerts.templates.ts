/** Mailings: job-alerts mails, by template name (spread into the registry). */
export const mailingsJobAlertsTemplates = {} as const;
