import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock, InjectConfig, type AppConfig } from '@kring/server-config';
import type { OrganisationId, Tx } from '@kring/server-database';
import { JobQueue, QueueNames } from '@kring/server-queue';
import type { Locale } from '@kring/shared-domain';
import { MailMessagesRepository } from './mail-messages.repository';
import { renderMail, type MailTemplateData, type MailTemplateName } from './templates/registry';

/** Data carried by an outbox job: only the row id, never personal data. */
export interface MailOutboxJobData {
  id: string;
}

/** One email to enqueue; `template` decides the shape of `data`. */
export type OutboxMail = {
  [N in MailTemplateName]: {
    to: string;
    personId?: string | null;
    locale: Locale;
    template: N;
    data: MailTemplateData<N>;
    /** Login links and the like: the body is deleted once the message is sent or has finally failed. */
    sensitive?: boolean;
    /** Extra headers (e.g. List-Unsubscribe for bulk mail); they cannot override Kring's own. */
    headers?: Record<string, string>;
  };
}[MailTemplateName];

/**
 * The transactional outbox. Renders the email now (so a retry sends exactly what was decided) and
 * stores it plus its job in the caller's transaction: if the business change rolls back, no row and
 * no job remain, and nothing is ever sent.
 */
@Injectable()
export class Outbox {
  private readonly messageIdHost: string;

  constructor(
    private readonly messages: MailMessagesRepository,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    @InjectConfig('app') app: AppConfig,
  ) {
    this.messageIdHost = new URL(app.publicUrl).hostname;
  }

  async enqueue(tx: Tx, organisationId: OrganisationId, mail: OutboxMail): Promise<{ id: string }> {
    const rendered = renderMail(mail.template, mail.locale, mail.data as never);
    const id = randomUUID();
    await this.messages.insert(
      organisationId,
      {
        id,
        personId: mail.personId ?? null,
        kind: mail.template,
        locale: mail.locale,
        toAddress: mail.to.trim(),
        subject: rendered.subject,
        htmlBody: rendered.html,
        textBody: rendered.text,
        headers: { ...mail.headers, 'Auto-Submitted': 'auto-generated', 'X-Kring-Kind': mail.template },
        messageId: `<${id}@${this.messageIdHost}>`,
        sensitive: mail.sensitive ?? false,
        nextAttemptAt: this.clock.now(),
      },
      tx,
    );
    await this.queue.send<MailOutboxJobData>(QueueNames.mailOutbox, { id }, {}, tx);
    return { id };
  }
}
