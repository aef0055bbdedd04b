import type { OrganisationId } from '@kring/server-database';
import { QueueNames } from '@kring/server-queue';
import { SmtpSink } from '@kring/server-testing';
import { RETRY_MAX_MS, SEND_LEASE_MS } from './delivery-policy';
import { INTERRUPTED_REASON, SWEEP_GRACE_MS } from './mail-sender.service';
import { startMailTestApp, type MailTestApp } from './testing/mail-test-app';

describe('MailSender', () => {
  let sink: SmtpSink;
  let app: MailTestApp;
  let organisationId: OrganisationId;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await startMailTestApp(sink.url, { MAIL_MAX_ATTEMPTS: '4' });
    organisationId = await app.createOrganisation();
  });

  afterAll(async () => {
    await app?.close();
    await sink?.stop();
  });

  const enqueue = (sensitive = false) =>
    app.dataSource.transaction((tx) =>
      app.outbox.enqueue(tx, organisationId, {
        to: 'sanne@example.com',
        locale: 'nl',
        template: 'magic_link',
        data: { firstName: 'Sanne', organisationName: 'Acme', loginUrl: 'https://kring.example/l/tok', expiresInMinutes: 15 },
        sensitive,
      }),
    );
  const row = async (id: string) => (await app.messages.findById(organisationId, id))!;
  const receivedCount = (messageId: string) => sink.messages.filter((m) => m.messageId === messageId).length;

  it('retries 451 with backoff and ends sent after the third attempt', async () => {
    const { id } = await enqueue();
    sink.reject(451, 2);

    expect(await app.sender.send(id)).toBe('retry');
    const first = await row(id);
    expect(first).toMatchObject({ status: 'retry', attempts: 1, lockedUntil: null });
    expect(first.lastError).toMatch(/^451 /);
    const delay = first.nextAttemptAt.getTime() - app.clock.now().getTime();
    expect(delay).toBeGreaterThanOrEqual(15_000);
    expect(delay).toBeLessThanOrEqual(30_000);
    // The retry has its own delayed job, committed with the state change.
    const retryJobs = (await app.jobs(QueueNames.mailOutbox)).filter((j) => j.data.id === id);
    expect(retryJobs).toHaveLength(2);

    expect(await app.sender.send(id)).toBe('skipped'); // not due yet
    app.clock.advance(delay);
    expect(await app.sender.send(id)).toBe('retry');
    const second = await row(id);
    expect(second.attempts).toBe(2);
    expect(second.nextAttemptAt.getTime() - app.clock.now().getTime()).toBeGreaterThanOrEqual(30_000);

    app.clock.set(second.nextAttemptAt);
    expect(await app.sender.send(id)).toBe('sent');
    const done = await row(id);
    expect(done).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(receivedCount(done.messageId)).toBe(1);
  });

  it('fails at once on 550, without retrying, and purges a sensitive body', async () => {
    const { id } = await enqueue(true);
    sink.reject(550, 1);
    expect(await app.sender.send(id)).toBe('failed');
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, htmlBody: null, textBody: null, lockedUntil: null });
    expect(failed.lastError).toMatch(/^550 /);
    expect(failed.failedAt).toBeInstanceOf(Date);

    app.clock.advance(RETRY_MAX_MS);
    expect(await app.sender.send(id)).toBe('skipped');
    expect(await app.sender.sweep()).toEqual({ requeued: 0, interrupted: 0 });
    expect(receivedCount(failed.messageId)).toBe(0);
  });

  it('gives up after MAIL_MAX_ATTEMPTS transient failures', async () => {
    const { id } = await enqueue();
    sink.reject(421, 4);
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await app.sender.send(id)).toBe('retry');
      app.clock.set((await row(id)).nextAttemptAt);
    }
    expect(await app.sender.send(id)).toBe('failed');
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 4 });
    expect((await row(id)).lastError).toMatch(/^gave up after 4 attempts: 421 /);
  });

  it('treats a refused connection as transient', async () => {
    const closed = await startMailTestApp('smtp://127.0.0.1:1');
    try {
      const org = await closed.createOrganisation();
      const { id } = await closed.dataSource.transaction((tx) =>
        closed.outbox.enqueue(tx, org, {
          to: 'a@example.com',
          locale: 'en',
          template: 'magic_link',
          data: { firstName: 'A', organisationName: 'B', loginUrl: 'https://kring.example/l/x', expiresInMinutes: 5 },
        }),
      );
      expect(await closed.sender.send(id)).toBe('retry');
      expect((await closed.messages.findById(org, id))!.lastError).toMatch(/ECONNREFUSED/);
    } finally {
      await closed.close();
    }
  });

  it('never resends a row stuck in sending past its lease: it fails with the documented reason', async () => {
    const { id } = await enqueue(true);
    // A worker claims the row and dies before the SMTP answer is recorded.
    const claimed = await app.messages.claim(id, 'dead-worker:1', app.clock.now(), SEND_LEASE_MS);
    expect(claimed).not.toBeNull();
    expect(await app.sender.send(id)).toBe('skipped'); // in flight elsewhere

    app.clock.advance(SEND_LEASE_MS - 1000);
    expect(await app.sender.sweep()).toMatchObject({ interrupted: 0 });
    expect((await row(id)).status).toBe('sending');

    app.clock.advance(2000);
    expect(await app.sender.sweep()).toMatchObject({ interrupted: 1 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'failed', lastError: INTERRUPTED_REASON, htmlBody: null, lockedUntil: null });
    expect(INTERRUPTED_REASON).toBe('interrupted: delivery unknown, not retried to avoid a duplicate');

    app.clock.advance(RETRY_MAX_MS);
    expect(await app.sender.send(id)).toBe('skipped');
    await app.sender.sweep();
    expect((await row(id)).status).toBe('failed');
    expect(receivedCount(failed.messageId)).toBe(0);
  });

  it('records the truth when the original sender finishes after the sweep gave up', async () => {
    const { id } = await enqueue();
    const claimed = (await app.messages.claim(id, 'slow-worker:1', app.clock.now(), SEND_LEASE_MS))!;
    app.clock.advance(SEND_LEASE_MS + 1000);
    await app.sender.sweep();
    expect((await row(id)).status).toBe('failed');
    expect(await app.messages.markSent(id, claimed.lockedBy, app.clock.now(), INTERRUPTED_REASON)).toBe(true);
    expect(await row(id)).toMatchObject({ status: 'sent', lastError: null, failedAt: null });
  });

  it('re-enqueues due rows whose job was lost', async () => {
    const { id } = await enqueue();
    await app.dataSource.query(`DELETE FROM pgboss.job WHERE name = $1 AND data->>'id' = $2`, [QueueNames.mailOutbox, id]);

    expect((await app.sender.sweep()).requeued).toBe(0); // fresh rows still have their own job
    app.clock.advance(SWEEP_GRACE_MS + 1000);
    expect((await app.sender.sweep()).requeued).toBeGreaterThanOrEqual(1);
    expect((await app.jobs(QueueNames.mailOutbox)).filter((j) => j.data.id === id)).toHaveLength(1);
    await app.sender.sweep(); // a second sweep in the same minute adds no duplicate job
    expect((await app.jobs(QueueNames.mailOutbox)).filter((j) => j.data.id === id)).toHaveLength(1);

    expect(await app.sender.send(id)).toBe('sent');
  });
});
