/** Query keys of the job-alerts feature. */
export const jobAlertKeys = {
  all: ['mailings-job-alerts'] as const,
  mine: () => [...jobAlertKeys.all, 'mine'] as const,
};
