import type { operations, RequestBody, SuccessBody } from '@kring/api-client';

export type JobAlertList = SuccessBody<operations['listMyJobAlerts']>;
export type JobAlert = JobAlertList['items'][number];
export type JobAlertInput = RequestBody<operations['createMyJobAlert']>;
export type JobAlertFrequency = JobAlert['frequency'];
export type JobAlertEmploymentType = JobAlert['employmentTypes'][number];

export const JOB_ALERT_FREQUENCIES: readonly JobAlertFrequency[] = ['instant', 'daily', 'weekly'];
export const JOB_ALERT_EMPLOYMENT_TYPES: readonly JobAlertEmploymentType[] = ['permanent', 'temporary', 'flex', 'internship', 'freelance'];
