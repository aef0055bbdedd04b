import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The Message-ID header, with angle brackets, e.g. `<uuid@host>`. */
  messageId: string | undefined;
  envelopeFrom: string | undefined;
  envelopeTo: string[];
  subject: string | undefined;
  html: string | undefined;
  text: string | undefined;
  headers: Map<string, unknown>;
}

/**
 * A real SMTP server on a random loopback port that keeps what it receives. Tests can make it refuse
 * the next messages with an SMTP reply code (e.g. 451 "try later", 550 "no such user").
 */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  /** Replies given instead of "250 OK" to the next incoming messages, in order. */
  private readonly plannedRejections: { code: number; message: string }[] = [];
  rejected = 0;

  private readonly server: SMTPServer;
  private listeningPort = 0;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      closeTimeout: 100,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.receive(Buffer.concat(chunks), session).then(
            () => callback(),
            (error: Error) => callback(error),
          );
        });
      },
    });
  }

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    await new Promise<void>((resolve, reject) => {
      sink.server.once('error', reject);
      sink.server.listen(0, '127.0.0.1', () => resolve());
    });
    sink.server.on('error', () => undefined); // a client dropping its connection is not a test failure
    sink.listeningPort = (sink.server as unknown as { server: { address(): AddressInfo } }).server.address().port;
    return sink;
  }

  get port(): number {
    return this.listeningPort;
  }

  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The next `times` messages get `code` (4xx: transient, 5xx: permanent) instead of being accepted. */
  reject(code: number, times = 1, message = code >= 500 ? 'Mailbox unavailable' : 'Try again later'): void {
    for (let i = 0; i < times; i++) this.plannedRejections.push({ code, message });
  }

  /** Resolves once at least `count` messages arrived; rejects after `timeoutMs`. */
  async waitForCount(count: number, timeoutMs = 10_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      if (Date.now() > deadline) throw new Error(`SmtpSink: expected ${count} messages, got ${this.messages.length}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return this.messages;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async receive(raw: Buffer, session: { envelope: { mailFrom: false | { address: string }; rcptTo: { address: string }[] } }) {
    const rejection = this.plannedRejections.shift();
    if (rejection) {
      this.rejected++;
      throw Object.assign(new Error(rejection.message), { responseCode: rejection.code });
    }
    const parsed = await simpleParser(raw);
    this.messages.push({
      messageId: parsed.messageId,
      envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
      envelopeTo: session.envelope.rcptTo.map((r) => r.address),
      subject: parsed.subject,
      html: typeof parsed.html === 'string' ? parsed.html : undefined,
      text: parsed.text,
      headers: parsed.headers,
    });
  }
}
