/** How long a claimed row stays ours. Must exceed the transport's worst-case send time (see MailTransport). */
export const SEND_LEASE_MS = 5 * 60_000;

/** First retry after ~30 s, doubling per attempt, never more than an hour apart. */
export const RETRY_BASE_MS = 30_000;
export const RETRY_MAX_MS = 60 * 60_000;

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries from a
 * burst of failures spread out but never come sooner than half the nominal delay.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const nominal = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(nominal / 2 + (nominal / 2) * random());
}

export type SendFailureKind = 'permanent' | 'transient';

/**
 * An SMTP reply code 5xx means the server refused the message for good (unknown mailbox, policy):
 * resending cannot help. Everything else (4xx, timeouts, refused or dropped connections, TLS) is
 * transient and retried.
 */
export function classifySendError(error: unknown): SendFailureKind {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600 ? 'permanent' : 'transient';
}

/** A short, single-line description stored in mail_messages.last_error. */
export function describeSendError(error: unknown): string {
  const e = error as { responseCode?: number; code?: string; message?: string } | null;
  const parts = [e?.responseCode, e?.code, e?.message ?? String(error)].filter((p) => p !== undefined && p !== '');
  return parts.join(' ').replace(/\s+/g, ' ').slice(0, 500);
}
