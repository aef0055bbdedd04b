import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@kring/server-database';
import { createTestDatabase, type TestDatabase } from '@kring/server-testing';
import { JobQueue } from './job-queue';
import { QueueNames } from './queue-names';

describe('JobQueue', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let queue: JobQueue;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolMax: 2, ssl: 'disable' })).initialize();
    queue = new JobQueue({ connectionString: db.url, ssl: false, poolMax: 2, worker: false, applicationName: 'test' });
    await queue.start();
  });

  afterAll(async () => {
    await queue?.onModuleDestroy();
    await dataSource?.destroy();
    await db?.drop();
  });

  const jobsWith = async (marker: string) =>
    (await dataSource.query(`SELECT id FROM pgboss.job WHERE name = $1 AND data->>'marker' = $2`, [QueueNames.mailSweep, marker])).length;

  it('creates every known queue at start', async () => {
    const names = (await dataSource.query(`SELECT name FROM pgboss.queue`)).map((r: { name: string }) => r.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(QueueNames)));
  });

  it('lets many processes start against a fresh database at once (no deadlock creating queues)', async () => {
    const fresh = await createTestDatabase();
    const queues = Array.from({ length: 6 }, () => new JobQueue({ connectionString: fresh.url, ssl: false, poolMax: 2, worker: true, applicationName: 'test' }));
    try {
      await Promise.all(queues.map((q) => q.start()));
      expect(await Promise.all(queues.map((q) => q.health()))).toEqual(Array(6).fill('ok'));
    } finally {
      await Promise.all(queues.map((q) => q.onModuleDestroy()));
      await fresh.drop();
    }
  });

  it('joins the caller’s transaction: rollback removes the job, commit keeps it', async () => {
    await expect(
      dataSource.transaction(async (tx) => {
        await queue.send(QueueNames.mailSweep, { marker: 'rolled-back' }, {}, tx);
        expect(await tx.query(`SELECT 1 FROM pgboss.job WHERE data->>'marker' = 'rolled-back'`)).toHaveLength(1);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await jobsWith('rolled-back')).toBe(0);

    await dataSource.transaction((tx) => queue.send(QueueNames.mailSweep, { marker: 'committed' }, {}, tx));
    expect(await jobsWith('committed')).toBe(1);
  });

  it('keeps one job per singleton key and period', async () => {
    const options = { singletonKey: 'once', singletonSeconds: 3600 };
    const first = await queue.send(QueueNames.mailSweep, { marker: 'singleton' }, options);
    const second = await queue.send(QueueNames.mailSweep, { marker: 'singleton' }, options);
    expect(first).not.toBeNull();
    expect(second).toBeNull();
  });

  it('reports health', async () => {
    expect(await queue.health()).toBe('ok');
    const unreachable = new JobQueue({
      connectionString: 'postgres://nobody:x@127.0.0.1:1/none',
      ssl: false,
      poolMax: 1,
      worker: false,
      applicationName: 'test',
    });
    expect(await unreachable.health()).toBe('down');
  });
});
