import type { operations, SuccessBody } from '@kring/api-client';

export type PublicMailPreferences = SuccessBody<operations['lookupMailPreferences']>;
export type MailPreferences = SuccessBody<operations['getMyMailPreferences']>;
export type MailTopicState = MailPreferences['topics'][number];
export type MailTopic = MailTopicState['topic'];

/** The wanted state of each topic, as the API takes it. */
export interface MailTopicChoice {
  newsletter: boolean;
  jobAlerts: boolean;
  events: boolean;
}

export const MAIL_TOPICS: readonly MailTopic[] = ['newsletter', 'job_alerts', 'events'];

export const choiceOf = (topics: readonly MailTopicState[]): MailTopicChoice => {
  const on = (topic: MailTopic) => topics.some((t) => t.topic === topic && t.subscribed);
  return { newsletter: on('newsletter'), jobAlerts: on('job_alerts'), events: on('events') };
};

export const CHOICE_KEY: Record<MailTopic, keyof MailTopicChoice> = { newsletter: 'newsletter', job_alerts: 'jobAlerts', events: 'events' };

export type SuppressionList = SuccessBody<operations['listMailSuppressions']>;
export type Suppression = SuppressionList['items'][number];
