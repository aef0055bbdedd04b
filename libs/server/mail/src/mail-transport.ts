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

/** Headers covered by the DKIM signature when MAIL_DKIM_* is set (colon-separated, as nodemailer wants them). */
export const DKIM_SIGNED_HEADERS = [
  'From', 'Sender', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'To', 'Cc', 'MIME-Version', 'Content-Type',
  'Content-Transfer-Encoding', 'List-Id', 'List-Unsubscribe', 'List-Unsubscribe-Post',
].join(':');

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
      // Optional DKIM: the signed headers include both one-click unsubscribe headers (RFC 8058 section 4).
      dkim: config.dkim ? { ...config.dkim, headerFieldNames: DKIM_SIGNED_HEADERS } : undefined,
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
