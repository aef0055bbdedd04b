import { DomainError, ErrorCodes } from '@kring/shared-domain';

/** Stable error codes of job alerts (defined in ErrorCodes). */
export const JobAlertErrorCodes = {
  limitReached: ErrorCodes.jobAlertLimitReached,
} as const;

export const jobAlertLimitReached = (max: number) =>
  new DomainError('conflict', JobAlertErrorCodes.limitReached, `You can keep at most ${max} job alerts; delete one first`);
