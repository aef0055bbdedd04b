import { DomainError } from '@kring/shared-domain';

/** Stable error codes of job alerts (to be moved into ErrorCodes). */
export const JobAlertErrorCodes = {
  limitReached: 'job_alert_limit_reached',
} as const;

export const jobAlertLimitReached = (max: number) =>
  new DomainError('conflict', JobAlertErrorCodes.limitReached, `You can keep at most ${max} job alerts; delete one first`);
