import { DataSource } from 'typeorm';
import { dataSourceOptions, freePort } from '@kring/server-database';
import { createTestDatabase, ServiceProcess, SmtpSink, startServiceProcess, TestDatabase } from '@kring/server-testing';
import { createOrganisation, createUser } from './testing/fixtures';

/**
 * The deployment shape: two API and two worker processes against one database. Invitations arrive at both
 * APIs with one session (sessions live in the database), and every invitation mail reaches the SMTP server
 * exactly once although both workers compete for the outbox.
 */
describe('two APIs and two workers (e2e, real processes)', () => {
  let db: TestDatabase;
  let sink: SmtpSink;
  let dataSource: DataSource;
  const processes: ServiceProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    sink = await SmtpSink.start();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolMax: 2, ssl: 'disable' })).initialize();
  });
  afterAll(async () => {
    const endings = await Promise.all(processes.map((p) => p.stop()));
    await dataSource.destroy();
    await sink.stop();
    await db.drop();
    expect(endings.every((how) => how === 'SIGTERM' || how === 0)).toBe(true);
  });

  it('sends every mail once', async () => {
    const env = { DATABASE_URL: db.url, DATABASE_POOL_MAX: '5', SMTP_URL: sink.url, MAIL_RATE_PER_SECOND: '1000', LOG_LEVEL: 'info' };
    const ports = [await freePort(), await freePort()];
    for (const port of ports) processes.push(startServiceProcess('apps/api/src/main.ts', { ...env, PORT: String(port), HOST: '127.0.0.1' }, 'api listening'));
    for (let i = 0; i < 2; i++) processes.push(startServiceProcess('apps/worker/src/main.ts', env, '"worker started"'));
    try {
      await Promise.all(processes.map((p) => p.ready));
    } catch (error) {
      for (const p of processes) process.stderr.write(p.output().slice(-2000));
      throw error;
    }

    const organisationId = await createOrganisation(dataSource);
    const hr = await createUser(dataSource, organisationId, ['hr_admin']);
    const login = await fetch(`http://127.0.0.1:${ports[0]}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: hr.email, password: hr.password }),
    });
    expect(login.status).toBe(200);
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]!);
    const csrf = cookies.find((c) => c.startsWith('kring_csrf='))!.split('=')[1]!;

    const total = 60;
    const responses = await Promise.all(
      Array.from({ length: total }, (_, n) =>
        fetch(`http://127.0.0.1:${ports[n % 2]}/api/users`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-csrf-token': csrf },
          body: JSON.stringify({ email: `invitee${n}@example.test`, firstName: `Invitee ${n}`, lastName: '', roles: ['employee'], locale: n % 2 ? 'en' : 'nl' }),
        }).then((r) => r.status),
      ),
    );
    expect(responses).toEqual(Array(total).fill(201));

    await sink.waitForCount(total, 30_000);
    const deadline = Date.now() + 10_000;
    let sent = 0;
    while (Date.now() < deadline && sent < total) {
      [{ sent }] = await dataSource.query(`SELECT count(*)::int AS sent FROM mail_messages WHERE status = 'sent'`);
      if (sent < total) await new Promise((r) => setTimeout(r, 200));
    }
    expect(sent).toBe(total);
    await new Promise((r) => setTimeout(r, 1000)); // give a stray duplicate time to arrive before counting

    const rows: Array<{ message_id: string; to_address: string }> = await dataSource.query(`SELECT message_id, to_address FROM mail_messages`);
    expect(rows).toHaveLength(total);
    const perMessage = new Map<string, number>();
    for (const mail of sink.messages) perMessage.set(mail.messageId!, (perMessage.get(mail.messageId!) ?? 0) + 1);
    expect(sink.messages).toHaveLength(total);
    expect([...perMessage.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(rows.map((r) => r.message_id))).toEqual(new Set(perMessage.keys()));
  }, 90_000);
});
