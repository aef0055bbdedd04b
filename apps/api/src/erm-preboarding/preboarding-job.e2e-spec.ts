import { PreboardingJobRepository, PreboardingJobService } from '@kring/server-erm';
import type { OrganisationId } from '@kring/server-database';
import { FakeClock, SmtpSink } from '@kring/server-testing';
import { createPerson, welcomeTemplate } from '../testing/erm-preboarding-fixtures';
import { createOrganisation, createUser } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { tokenFromLatestMail } from '../testing/mail';
import { bootTestApp, TestApp } from '../testing/test-app';

/** The hourly job when data is odd: absurd dates, people who already started, start dates changed elsewhere, races. */
describe('preboarding job robustness (e2e)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let clock: FakeClock;
  let ip = 0;

  const job = () => t.app.get(PreboardingJobService).run();
  const http = () => new HttpClient(t.app, `10.9.${Math.floor(++ip / 250)}.${ip % 250}`);
  const organisation = async (name: string) => {
    const org = await createOrganisation(t.dataSource, name);
    const hr = await createUser(t.dataSource, org, ['hr_admin']);
    const client = http();
    expect((await client.post('/api/auth/login', { email: hr.email, password: hr.password })).status).toBe(200);
    expect((await client.post('/api/preboarding/templates', welcomeTemplate())).status).toBe(201);
    return { org, hr, client };
  };
  const phaseOf = async (personId: string) => (await t.dataSource.query(`SELECT phase FROM people WHERE id = $1`, [personId]))[0].phase;
  const checklistsOf = (personId: string): Promise<Array<{ id: string; start_date: string }>> =>
    t.dataSource.query(`SELECT id, start_date::text FROM preboarding_checklists WHERE person_id = $1 ORDER BY created_at`, [personId]);
  const welcomes = async (to: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM mail_messages WHERE to_address = $1 AND kind = 'erm_preboarding_welcome'`, [to]))[0].n;
  const lookup = (token: string) => http().post('/api/preboarding/checklist/lookup', { token });

  beforeAll(async () => {
    sink = await SmtpSink.start();
    clock = new FakeClock('2027-03-01T09:00:00Z');
    t = await bootTestApp({ clock, env: { SMTP_URL: sink.url } });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });
  afterEach(() => jest.restoreAllMocks());

  it('skips a starter with an absurd start date (logged, counted) and still moves, creates and nudges for everyone else', async () => {
    clock.set('2027-03-01T09:00:00Z');
    const a = await organisation('Organisatie A');
    const b = await organisation('Organisatie B');
    // Reachable through the referral hire or an import: nothing after 9999-12-31 can be computed (the link's end).
    const absurd = await createPerson(t.dataSource, a.org, { firstName: 'Foutje', startDate: '9999-12-31' });
    const nudgeMe = await createPerson(t.dataSource, b.org, { firstName: 'Sem', startDate: '2027-03-29' });
    expect((await job()).failed).toBe(1);
    expect(await welcomes(nudgeMe.email!)).toBe(1);

    clock.set('2027-03-16T07:00:00Z'); // "Upload documents" of Sem is overdue now
    const today = await createPerson(t.dataSource, b.org, { firstName: 'Noor', startDate: '2027-03-16' });
    const future = await createPerson(t.dataSource, b.org, { firstName: 'Lars', startDate: '2027-04-20' });
    const result = await job();
    expect(result).toMatchObject({ failed: 1, startedEmployment: 1, checklistsCreated: 1, startersNudged: 1 });
    expect(await phaseOf(today.id)).toBe('employment');
    expect(await checklistsOf(future.id)).toHaveLength(1);
    expect(await welcomes(future.email!)).toBe(1);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM mail_messages WHERE to_address = $1 AND kind = 'erm_preboarding_nudge'`, [nudgeMe.email]))[0].n).toBe(1);
    // The bad row changed nothing and sent nothing.
    expect(await checklistsOf(absurd.id)).toEqual([]);
    expect(await welcomes(absurd.email!)).toBe(0);
    expect(await phaseOf(absurd.id)).toBe('entry');
    await t.dataSource.query(`DELETE FROM people WHERE id = $1`, [absurd.id]); // the other tests count failures from zero
  });

  it('gives no checklist and no welcome mail to a starter whose first day is today or past; they move to employment', async () => {
    clock.set('2027-03-29T06:00:00Z'); // 08:00 on Monday 29 March in Amsterdam
    const { org } = await organisation('Laat Aangenomen');
    const firstDay = await createPerson(t.dataSource, org, { firstName: 'Eva', startDate: '2027-03-29' });
    const lastWeek = await createPerson(t.dataSource, org, { firstName: 'Bram', startDate: '2027-03-22' });
    const tomorrow = await createPerson(t.dataSource, org, { firstName: 'Fenna', startDate: '2027-03-30' });
    // The checklist step on its own (as if the employment step had failed) leaves them alone too.
    await t.app.get(PreboardingJobService).createChecklists();
    expect(await checklistsOf(firstDay.id)).toEqual([]);
    expect(await checklistsOf(lastWeek.id)).toEqual([]);
    await job();
    for (const person of [firstDay, lastWeek]) {
      expect(await phaseOf(person.id)).toBe('employment');
      expect(await checklistsOf(person.id)).toEqual([]);
      expect(await welcomes(person.email!)).toBe(0);
    }
    expect(await phaseOf(tomorrow.id)).toBe('entry');
    expect(await checklistsOf(tomorrow.id)).toHaveLength(1);
    expect(await welcomes(tomorrow.email!)).toBe(1);
  });

  it('moves the open checklist (and its links) when the start date changes outside preboarding, without a second mail', async () => {
    clock.set('2027-03-01T09:00:00Z');
    const { org } = await organisation('Import BV');
    const starter = await createPerson(t.dataSource, org, { firstName: 'Iris', startDate: '2027-03-29' });
    await job();
    const [checklist] = await checklistsOf(starter.id);
    const token = await tokenFromLatestMail(t.dataSource, starter.email!, 'erm_preboarding_welcome');
    await t.dataSource.query(
      `UPDATE preboarding_tasks SET done_at = '2027-03-02T10:00:00Z', first_done_at = '2027-03-02T10:00:00Z' WHERE checklist_id = $1 AND position = 1`,
      [checklist!.id],
    );

    // The CSV import (or a re-hire) writes the new start date straight into people.
    await t.dataSource.query(`UPDATE people SET start_date = '2027-05-10' WHERE id = $1`, [starter.id]);
    expect(await job()).toMatchObject({ checklistsCreated: 0, checklistsMoved: 1, failed: 0 });
    expect(await checklistsOf(starter.id)).toEqual([{ id: checklist!.id, start_date: '2027-05-10' }]);
    expect(await welcomes(starter.email!)).toBe(1);
    const dues = await t.dataSource.query(`SELECT due_on::text AS due, done_at IS NOT NULL AS done FROM preboarding_tasks WHERE checklist_id = $1 ORDER BY position`, [checklist!.id]);
    expect(dues[0]).toEqual({ due: '2027-03-15', done: true }); // done: keeps its date
    expect(dues[1]).toEqual({ due: '2027-05-03', done: false }); // -7 from the new date
    await job();
    expect(await checklistsOf(starter.id)).toHaveLength(1);

    clock.set('2027-05-01T09:00:00Z'); // past the old link's end (28 April), before the new one's
    const view = await lookup(token);
    expect(view.status).toBe(200);
    expect(view.body.startDate).toBe('2027-05-10');

    // A checklist whose link died long ago (a re-hire years later) is not reused: a new one, with its mail.
    const rehire = await createPerson(t.dataSource, org, { firstName: 'Tim', startDate: '2027-05-20' });
    await t.dataSource.query(
      `INSERT INTO preboarding_checklists (organisation_id, person_id, template_name, start_date, created_at, updated_at) VALUES ($1, $2, 'Oud', '2024-01-08', '2023-12-01', '2023-12-01')`,
      [org, rehire.id],
    );
    expect(await job()).toMatchObject({ checklistsCreated: 1, checklistsMoved: 0 });
    expect((await checklistsOf(rehire.id)).map((c) => c.start_date)).toEqual(['2024-01-08', '2027-05-20']);
    expect(await welcomes(rehire.email!)).toBe(1);
  });

  it('re-checks phase and start date under a lock before moving a starter to employment', async () => {
    clock.set('2027-03-29T06:00:00Z');
    const { org } = await organisation('Race BV');
    const postponed = await createPerson(t.dataSource, org, { firstName: 'Jesse', startDate: '2027-03-29' });
    const due = await createPerson(t.dataSource, org, { firstName: 'Mila', startDate: '2027-03-29' });
    // The scan saw both; before the move, HR postponed one of them (the scan's answer is stale).
    const repository = t.app.get(PreboardingJobRepository);
    const scan = repository.startersWhoStarted.bind(repository);
    jest.spyOn(repository, 'startersWhoStarted').mockImplementation(async (today: string) => {
      const seen = await scan(today);
      await t.dataSource.query(`UPDATE people SET start_date = '2027-04-12' WHERE id = $1`, [postponed.id]);
      return seen as Map<OrganisationId, string[]>;
    });
    expect(await t.app.get(PreboardingJobService).startEmployment()).toBe(1);
    expect(await phaseOf(due.id)).toBe('employment');
    expect(await phaseOf(postponed.id)).toBe('entry');
  });

  it('refuses start dates that are not plain, real, near calendar days with field errors (400, never 500)', async () => {
    clock.set('2027-03-10T09:00:00Z');
    const { org, client } = await organisation('Invoer BV');
    const person = await createPerson(t.dataSource, org, { firstName: 'Ruben', phase: 'orientation' });
    const fields = (res: { status: number; body: { errors?: Array<{ field: string }> } }) => {
      expect(res.status).toBe(400);
      return (res.body.errors ?? []).map((e) => e.field);
    };
    for (const startDate of ['9999-12-31', '2027-W10', '-2000-01-01', '2027-02-29', '2026-03-09', '2029-03-11', '2027-04-05T00:00:00Z']) {
      expect([startDate, fields(await client.post('/api/preboarding/starters', { personId: person.id, startDate }))]).toEqual([startDate, ['startDate']]);
    }
    expect((await client.post('/api/preboarding/starters', { personId: person.id, startDate: '2027-04-05' })).status).toBe(201);
    for (const startDate of ['2027-04-05T00:00:00Z', '20270406', '9999-12-31', '2027-04-31']) {
      const res = await client.request('PUT', `/api/preboarding/starters/${person.id}/start-date`, { body: { startDate } });
      expect([startDate, fields(res)]).toEqual([startDate, ['startDate']]);
    }
    const far = await client.request('PUT', `/api/preboarding/starters/${person.id}/start-date`, { body: { startDate: '2029-03-11' } });
    expect(far.body.errors).toEqual([{ field: 'startDate', message: 'must be between 2026-03-10 and 2029-03-10' }]);
    expect((await client.request('PUT', `/api/preboarding/starters/${person.id}/start-date`, { body: { startDate: '2029-03-10' } })).status).toBe(200);
  });
});
