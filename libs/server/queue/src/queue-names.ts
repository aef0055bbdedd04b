/**
 * Every pg-boss queue Kring uses. pg-boss 10 needs a queue to exist before anything is sent to it;
 * JobQueue creates all of these (idempotently) when it starts, so add new names here.
 */
export const QueueNames = {
  /** One job per mail_messages row (data: `{ id }`); the handler sends it. */
  mailOutbox: 'mail-outbox',
  /** Singleton per period: re-enqueue due rows and close rows stuck in `sending`. */
  mailSweep: 'mail-sweep',
  /** Singleton per hour: delete spent sessions, login tokens and old rate-limit counters. */
  housekeeping: 'housekeeping',
  /** Singleton per 15 minutes: remind candidates who have not answered, erase those past the deadline. */
  referralConsent: 'referral-consent',
  /** Singleton per day: HR's digest of referrals idle for more than five days. */
  referralIdleDigest: 'referral-idle-digest',
  /** Singleton per (Amsterdam) day: create reward milestones that fell due, cancel broken ones, mail referrers. */
  rewardMilestones: 'reward-milestones',
  /** Singleton per hour: talent-pool double opt-ins that lapsed, consent renewal reminders, erasure of expired contacts. */
  ermConsents: 'erm-consents',
  /** Singleton per hour: event reminders the day before. */
  ermEvents: 'erm-events',
  /** Singleton per hour: preboarding checklists for new starters, overdue nudges, start date reached → employment. */
  ermPreboarding: 'erm-preboarding',
  /** Singleton per hour: leavers whose leaving date arrived become alumni. */
  ermOffboarding: 'erm-offboarding',
  /** One job per employee import being applied (data: `{ importId }`). */
  ermImport: 'erm-import',
  /** One job per batch of newsletter deliveries (data: `{ newsletterId, ... }`): claim rows, render, send. */
  newsletterSend: 'newsletter-send',
  /** Singleton per minute: start scheduled newsletters, re-enqueue due retries, resolve rows stuck in flight. */
  newsletterSweep: 'newsletter-sweep',
  /** One job per published vacancy (data: `{ vacancyId }`): mail matching instant subscribers once. */
  jobAlertsInstant: 'job-alerts-instant',
  /** Singleton per hour: daily and weekly job-alert digests that fell due. */
  jobAlertsDigest: 'job-alerts-digest',
  /** Singleton per 10 minutes: mail the candidate-experience question for referrals that ended. */
  insightsCandidateSurveys: 'insights-candidate-surveys',
} as const;

export type QueueName = (typeof QueueNames)[keyof typeof QueueNames];

export const ALL_QUEUE_NAMES: readonly QueueName[] = Object.values(QueueNames);
