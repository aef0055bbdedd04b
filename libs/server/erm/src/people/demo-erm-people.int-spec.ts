import { DataSource } from 'typeorm';
import { asOrganisationId, dataSourceOptions, seedDemo } from '@kring/server-database';
import { createTestDatabase, TestDatabase } from '@kring/server-testing';
import { PeopleDirectoryRepository } from './directory/people-directory.repository';

describe('demo ERM people', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolMax: 2, ssl: 'disable' })).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('spreads people over the six phases with histories, a boomerang and non-empty segments, and loads once', async () => {
    const now = new Date('2027-01-10T10:00:00Z');
    const passwords = { hr: 'demo-hr-passphrase', employee: 'demo-employee-passphrase' };
    await seedDemo(dataSource.manager, passwords, now);
    const [org] = await dataSource.query(`SELECT id FROM organisations`);
    const phases = await dataSource.query(`SELECT phase, count(*)::int AS n FROM people GROUP BY phase ORDER BY phase`);
    expect(phases.map((p: { phase: string }) => p.phase)).toEqual(['employment', 'entry', 'exit', 'information', 'orientation', 'relation']);
    // Every person's history ends in their current phase.
    const mismatched = await dataSource.query(
      `SELECT p.id FROM people p WHERE p.phase <> (SELECT t.to_phase FROM phase_transitions t WHERE t.person_id = p.id ORDER BY t.occurred_at DESC, t.created_at DESC LIMIT 1)`,
    );
    expect(mismatched).toEqual([]);
    expect(await dataSource.query(`SELECT first_name FROM people WHERE boomerang_at IS NOT NULL`)).toEqual(expect.arrayContaining([{ first_name: 'Petra' }]));

    const directory = new PeopleDirectoryRepository(dataSource);
    const segments: Array<{ name: string; filter: object }> = await dataSource.query(`SELECT name, filter FROM segments ORDER BY name`);
    expect(segments.map((s) => s.name)).toEqual(['Alumni Utrecht', 'Betrokken relaties', 'Zorgprofessionals met consent voor evenementen']);
    for (const segment of segments) expect(await directory.count(asOrganisationId(org.id), segment.filter, now)).toBeGreaterThan(0);

    const count = async () =>
      (await dataSource.query(
        `SELECT (SELECT count(*) FROM people)::int AS p, (SELECT count(*) FROM phase_transitions)::int AS t,
                (SELECT count(*) FROM touchpoints)::int AS tp, (SELECT count(*) FROM segments)::int AS s, (SELECT count(*) FROM consent_events)::int AS c`,
      ))[0];
    const before = await count();
    await seedDemo(dataSource.manager, passwords, new Date(now.getTime() + 86_400_000));
    expect(await count()).toEqual(before);
  });
});
