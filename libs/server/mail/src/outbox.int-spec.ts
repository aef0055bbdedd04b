import { QueueNames } from '@kring/server-queue';
import { SmtpSink } from '@kring/server-testing';
import { startMailTestApp, type MailTestApp } from './testing/mail-test-app';

const invitation = (firstName: string) => ({
  firstName,
  organisationName: 'Bakkerij de Vries',
  invitedByName: 'Pieter de Vries',
  acceptUrl: 'https://kring.example/invitations/tok',
  expiresAt: new Date('2026-03-01T12:00:00Z'),
});

describe('Outbox', () => {
  let sink: SmtpSink;
  let app: MailTestApp;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await startMailTestApp(sink.url);
  });

  afterAll(async () => {
    await app?.close();
    await sink?.stop();
  });

  it('stores nothing and enqueues nothing when the business transaction rolls back', async () => {
    const organisationId = await app.createOrganisation();
    const jobsBefore = (await app.jobs(QueueNames.mailOutbox)).length;
    await expect(
      app.dataSource.transaction(async (tx) => {
        await app.outbox.enqueue(tx, organisationId, { to: 'sanne@example.com', locale: 'nl', template: 'invitation', data: invitation('Sanne') });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await app.dataSource.query(`SELECT id FROM mail_messages WHERE organisation_id = $1`, [organisationId])).toEqual([]);
    expect(await app.jobs(QueueNames.mailOutbox)).toHaveLength(jobsBefore);
  });

  it('stores one rendered row and one job in the caller’s transaction, then delivers it once (nl and en)', async () => {
    const organisationId = await app.createOrganisation();
    const { nl, en } = await app.dataSource.transaction(async (tx) => ({
      nl: await app.outbox.enqueue(tx, organisationId, { to: 'sanne@example.com', locale: 'nl', template: 'invitation', data: invitation('Sanne') }),
      en: await app.outbox.enqueue(tx, organisationId, { to: 'john@example.com', locale: 'en', template: 'invitation', data: invitation('John') }),
    }));

    const jobIds = (await app.jobs(QueueNames.mailOutbox)).map((j) => j.data.id);
    expect(jobIds).toEqual(expect.arrayContaining([nl.id, en.id]));

    const before = sink.messages.length;
    expect(await app.sender.send(nl.id)).toBe('sent');
    expect(await app.sender.send(en.id)).toBe('sent');
    expect(await app.sender.send(nl.id)).toBe('skipped'); // a duplicate job changes nothing
    expect(sink.messages).toHaveLength(before + 2);

    for (const [{ id }, locale, to, subject, text] of [
      [nl, 'nl', 'sanne@example.com', 'Pieter de Vries nodigt je uit voor Kring van Bakkerij de Vries', 'Hoi Sanne,'],
      [en, 'en', 'john@example.com', "Pieter de Vries invited you to Bakkerij de Vries's Kring", 'Hi John,'],
    ] as const) {
      const row = (await app.messages.findById(organisationId, id))!;
      expect(row).toMatchObject({ status: 'sent', attempts: 1, locale, kind: 'invitation', lockedUntil: null });
      expect(row.sentAt).toBeInstanceOf(Date);
      expect(row.messageId).toBe(`<${id}@localhost>`);
      const received = sink.messages.filter((m) => m.messageId === row.messageId);
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ subject, envelopeTo: [to] });
      expect(received[0]!.text).toContain(text);
      expect(received[0]!.html).toContain(`<html lang="${locale}">`);
      expect(received[0]!.html).toContain('href="https://kring.example/invitations/tok"');
      expect(row.htmlBody).toBe(received[0]!.html); // not sensitive: the body is kept
    }
  });

  it('purges the body of a sensitive message once it is sent', async () => {
    const organisationId = await app.createOrganisation();
    const { id } = await app.dataSource.transaction((tx) =>
      app.outbox.enqueue(tx, organisationId, {
        to: 'ali@example.com',
        locale: 'en',
        template: 'magic_link',
        data: { firstName: 'Ali', organisationName: 'Acme', loginUrl: 'https://kring.example/l/secret-token', expiresInMinutes: 15 },
        sensitive: true,
      }),
    );
    expect((await app.messages.findById(organisationId, id))!.textBody).toContain('secret-token');
    expect(await app.sender.send(id)).toBe('sent');
    const row = (await app.messages.findById(organisationId, id))!;
    expect(row).toMatchObject({ status: 'sent', htmlBody: null, textBody: null, sensitive: true });
    expect(sink.messages.find((m) => m.messageId === row.messageId)!.text).toContain('secret-token');
  });

  it('does not let another organisation read the row', async () => {
    const mine = await app.createOrganisation();
    const theirs = await app.createOrganisation();
    const { id } = await app.dataSource.transaction((tx) =>
      app.outbox.enqueue(tx, mine, { to: 'a@example.com', locale: 'nl', template: 'invitation', data: invitation('A') }),
    );
    expect(await app.messages.findById(theirs, id)).toBeNull();
    expect(await app.messages.findById(mine, id)).not.toBeNull();
  });
});
