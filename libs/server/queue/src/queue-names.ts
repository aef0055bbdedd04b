/**
 * Every pg-boss queue Kring uses. pg-boss 10 needs a queue to exist before anything is sent to it;
 * JobQueue creates all of these (idempotently) when it starts, so add new names here.
 */
export const QueueNames = {
  /** One job per mail_messages row (data: `{ id }`); the handler sends it. */
  mailOutbox: 'mail-outbox',
  /** Singleton per period: re-enqueue due rows and close rows stuck in `sending`. */
  mailSweep: 'mail-sweep',
  /** Singleton per hour: delete spent sessions, login tokens and old rate-limit counters. */
  housekeeping: 'housekeeping',
} as const;

export type QueueName = (typeof QueueNames)[keyof typeof QueueNames];

export const ALL_QUEUE_NAMES: readonly QueueName[] = Object.values(QueueNames);
