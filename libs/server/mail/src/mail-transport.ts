import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { InjectConfig, type MailConfig } from '@kring/server-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string | null;
  text: string | null;
  headers: Record<string, string>;
  /** Sent as the Message-ID header; the same value as mail_messages.message_id. */
  messageId: string;
}

/**
 * Pooled SMTP via nodemailer, the only nodemailer user in the repo. Timeouts are bounded so a send
 * always ends well inside SEND_LEASE_MS. Errors are thrown as nodemailer gives them (with
 * `responseCode` for SMTP replies); classifySendError decides whether to retry.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;

  constructor(@InjectConfig('mail') private readonly config: MailConfig) {
    const url = new URL(config.smtpUrl);
    this.transporter = nodemailer.createTransport({
      host: url.hostname,
      port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
      secure: url.protocol === 'smtps:',
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      pool: true,
      maxConnections: config.poolConnections,
      maxMessages: 500,
      rateDelta: 1000,
      rateLimit: config.ratePerSecond,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: this.config.from,
      to: mail.to,
      subject: mail.subject,
      html: mail.html ?? undefined,
      text: mail.text ?? undefined,
      headers: mail.headers,
      messageId: mail.messageId,
    });
  }

  /** True when the SMTP server answers; for health checks and the dev CLI. */
  verify(): Promise<boolean> {
    return this.transporter.verify().then(
      () => true,
      () => false,
    );
  }

  /** After onModuleDestroy, i.e. after pg-boss has let in-flight jobs finish their sends. */
  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
