import { DomainError, ErrorCodes } from '@kring/shared-domain';

/** Error codes of the preference centre, unsubscribe and bounce webhook (defined in ErrorCodes). Stable; never rename one. */
export const PreferencesErrorCodes = {
  linkInvalid: ErrorCodes.mailingLinkInvalid,
  webhookUnauthorised: ErrorCodes.mailWebhookUnauthorised,
  webhookDisabled: ErrorCodes.mailWebhookDisabled,
  noPerson: ErrorCodes.mailPreferencesNoPerson,
} as const;

export const mailingLinkInvalid = () =>
  new DomainError('not_found', PreferencesErrorCodes.linkInvalid, 'This link is unknown or no longer valid');

export const webhookUnauthorised = () =>
  new DomainError('unauthenticated', PreferencesErrorCodes.webhookUnauthorised, 'Missing or wrong webhook secret');

export const webhookDisabled = () =>
  new DomainError('unavailable', PreferencesErrorCodes.webhookDisabled, 'The bounce webhook is not configured (MAIL_WEBHOOK_SECRET)');

/** The signed-in user's person is erased or gone: there is nobody to hold a consent. */
export const noPersonRecord = () =>
  new DomainError('conflict', PreferencesErrorCodes.noPerson, 'Your account has no person record in this organisation, so there is no consent to show or change');
