import { Inject } from '@nestjs/common';
import { z } from 'zod';

/**
 * The bounce webhook's shared secret, read from MAIL_WEBHOOK_SECRET (at least 24 characters; unset: the webhook
 * answers 503). Local until it moves into the mail config namespace of @kring/server-config.
 */
export const MAIL_WEBHOOK_SECRET = Symbol('MAIL_WEBHOOK_SECRET');

const schema = z
  .string()
  .trim()
  .min(24, 'MAIL_WEBHOOK_SECRET must be at least 24 characters')
  .max(512)
  .optional()
  .transform((value) => value || null);

export const parseWebhookSecret = (value: string | undefined): string | null => schema.parse(value === '' ? undefined : value);

export const webhookSecretProvider = {
  provide: MAIL_WEBHOOK_SECRET,
  useFactory: (): string | null => parseWebhookSecret(process.env['MAIL_WEBHOOK_SECRET']),
};

export const InjectWebhookSecret = () => Inject(MAIL_WEBHOOK_SECRET);
