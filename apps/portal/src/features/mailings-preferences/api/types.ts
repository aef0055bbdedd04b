import type { operations, SuccessBody } from '@kring/api-client';

export type PublicMailPreferences = SuccessBody<operations['lookupMailPreferences']>;
export type MailPreferences = SuccessBody<operations['getMyMailPreferences']>;
export type MailTopicState = MailPreferences['topics'][number];
export type MailTopic = MailTopicState['topic'];
export type MatchingConsent = SuccessBody<operations['getMyMatchingConsent']>;

/** The wanted state of each topic, as the API takes it. `programmeMails` only when the API showed that topic. */
export interface MailTopicChoice {
  newsletter: boolean;
  jobAlerts: boolean;
  events: boolean;
  programmeMails?: boolean;
}

export const MAIL_TOPICS: readonly MailTopic[] = ['newsletter', 'job_alerts', 'events', 'programme_mails'];

/** Topics on legitimate interest (on until switched off); the API lists them only for the people they apply to. */
export const OPT_OUT_TOPICS: readonly MailTopic[] = ['programme_mails'];

/** The topics to show: the opt-in ones always, an opt-out one when the API listed it. */
export const visibleTopics = (topics: readonly MailTopicState[]): MailTopic[] =>
  MAIL_TOPICS.filter((topic) => !OPT_OUT_TOPICS.includes(topic) || topics.some((t) => t.topic === topic));

export const choiceOf = (topics: readonly MailTopicState[]): MailTopicChoice => {
  const on = (topic: MailTopic) => topics.some((t) => t.topic === topic && t.subscribed);
  const choice: MailTopicChoice = { newsletter: on('newsletter'), jobAlerts: on('job_alerts'), events: on('events') };
  if (topics.some((t) => t.topic === 'programme_mails')) choice.programmeMails = on('programme_mails');
  return choice;
};

export const CHOICE_KEY: Record<MailTopic, keyof MailTopicChoice> = {
  newsletter: 'newsletter',
  job_alerts: 'jobAlerts',
  events: 'events',
  programme_mails: 'programmeMails',
};

export type SuppressionList = SuccessBody<operations['listMailSuppressions']>;
export type Suppression = SuppressionList['items'][number];
