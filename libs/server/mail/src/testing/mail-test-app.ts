import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@kring/server-config';
import { asOrganisationId, DatabaseModule, type OrganisationId } from '@kring/server-database';
import { QueueModule, JobQueue } from '@kring/server-queue';
import { createTestDatabase, FakeClock, testConfig, type TestDatabase } from '@kring/server-testing';
import { MailMessagesRepository } from '../mail-messages.repository';
import { MailSender } from '../mail-sender.service';
import { MailModule } from '../mail.module';
import { Outbox } from '../outbox.service';

/** MailModule on a fresh test database, sending to `smtpUrl`. For this library's integration tests only. */
export async function startMailTestApp(smtpUrl: string, env: Record<string, string> = {}) {
  const db: TestDatabase = await createTestDatabase();
  // The fake clock starts at the real time so rows and pg-boss (which uses the database clock) agree.
  const clock = new FakeClock(new Date());
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot({ config: testConfig(db.url, { SMTP_URL: smtpUrl, MAIL_RATE_PER_SECOND: '1000', ...env }), clock }),
      DatabaseModule.forRoot(),
      QueueModule.forRoot({ worker: false }),
      MailModule,
    ],
  }).compile();
  moduleRef.useLogger(false);
  await moduleRef.init();
  const dataSource = moduleRef.get(DataSource);
  return {
    db,
    clock,
    dataSource,
    outbox: moduleRef.get(Outbox),
    sender: moduleRef.get(MailSender),
    messages: moduleRef.get(MailMessagesRepository),
    queue: moduleRef.get(JobQueue),
    async createOrganisation(name = 'Bakkerij de Vries'): Promise<OrganisationId> {
      const slug = `org-${Math.random().toString(36).slice(2, 10)}`;
      const [row] = (await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ($1, $2) RETURNING id`, [name, slug])) as {
        id: string;
      }[];
      return asOrganisationId(row!.id);
    },
    /** Jobs pg-boss holds for a queue (any state). */
    async jobs(queue: string): Promise<{ data: { id: string }; state: string }[]> {
      return dataSource.query(`SELECT data, state FROM pgboss.job WHERE name = $1 ORDER BY created_on`, [queue]);
    },
    async close(): Promise<void> {
      await moduleRef.close();
      await db.drop();
    },
  };
}

export type MailTestApp = Awaited<ReturnType<typeof startMailTestApp>>;
