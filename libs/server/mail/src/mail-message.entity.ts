import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';
import type { Locale } from '@kring/shared-domain';

export const MAIL_STATUSES = ['queued', 'sending', 'retry', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** One rendered email to one recipient: the outbox row and its delivery state (see docs/developer/mail.md). */
@Entity('mail_messages')
export class MailMessageEntity extends OrganisationScopedEntity {
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  /** Template name, e.g. `invitation`. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  locale: Locale;

  @Column({ type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  subject: string;

  /** NULL once a sensitive message (login link) is sent or finally failed. */
  @Column({ type: 'text', nullable: true })
  htmlBody: string | null;

  @Column({ type: 'text', nullable: true })
  textBody: string | null;

  @Column({ type: 'jsonb', default: {} })
  headers: Record<string, string>;

  /** RFC 5322 Message-ID, `<uuid@host>`, sent as the header and unique. */
  @Column({ type: 'text' })
  messageId: string;

  @Column({ type: 'boolean', default: false })
  sensitive: boolean;

  @Column({ type: 'text', default: 'queued' })
  status: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'text', nullable: true })
  lockedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
