import type { components } from '@kring/api-client';

export type MailSettings = components['schemas']['MailSettingsOutput'];
export type MailSettingsInput = components['schemas']['MailSettingsInput'];
