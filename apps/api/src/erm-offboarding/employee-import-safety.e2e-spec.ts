import { ImportApplier, IMPORT_STALE_MS } from '@kring/server-erm';
import { asOrganisationId } from '@kring/server-database';
import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { createEmployee, createPerson, csvForm, mailsOfKind, phaseHistory, signIn } from '../testing/erm-offboarding-fixtures';
import { bootTestApp, TestApp } from '../testing/test-app';

const HEADER = 'Personeelsnummer;Voornaam;Achternaam;E-mail;Afdeling;Einddatum';

/** What the employee import must never do: offboard the wrong people, take over records, or disagree with its dry run. */
describe('employee import: safety of offboarding and apply', () => {
  let t: TestApp;
  const clock = new FakeClock('2027-03-10T09:00:00Z');

  beforeAll(async () => {
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());
  beforeEach(() => clock.set('2027-03-10T09:00:00Z'));

  const upload = (http: HttpClient, lines: string[], fields: Record<string, string> = {}) => csvForm([HEADER, ...lines].join('\n'), fields).then((form) => http.postForm('/api/employee-imports', form));
  const allRows = async (http: HttpClient, id: string) => (await http.get(`/api/employee-imports/${id}/rows?limit=500`)).body.items;
  const run = (org: string, id: string) => t.app.get(ImportApplier).run(asOrganisationId(org), id);
  const apply = async (http: HttpClient, org: string, id: string) => {
    expect((await http.post(`/api/employee-imports/${id}/apply`)).status).toBe(200);
    await run(org, id);
    return (await http.get(`/api/employee-imports/${id}`)).body;
  };
  const phaseOf = async (personId: string) => (await t.dataSource.query(`SELECT phase FROM people WHERE id = $1`, [personId]))[0].phase;

  async function setup() {
    const org = await createOrganisation(t.dataSource);
    const hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    return { org, hr };
  }

  it('never offboards someone who is in the file, a starter in entry, or anyone when the file has errors or no rows', async () => {
    const { org, hr } = await setup();
    const inFile = await createEmployee(t.dataSource, org, { employeeNumber: '1001' });
    const starter = await createEmployee(t.dataSource, org, { employeeNumber: '1002' });
    await t.dataSource.query(`UPDATE people SET phase = 'entry' WHERE id = $1`, [starter.personId]);
    const gone = await createEmployee(t.dataSource, org, { employeeNumber: '1003' });

    // A row with an error (no last name) for 1001: "offboard missing" is refused as a whole.
    const withError = await upload(hr, ['1001;Test;;;;'], { offboardMissing: 'true' });
    expect(withError.status).toBe(400);
    expect(withError.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'offboardMissing' }] });
    // A header-only file would otherwise offboard everyone.
    const empty = await upload(hr, [], { offboardMissing: 'true' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].message).toContain('no valid rows');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM employee_imports WHERE organisation_id = $1`, [org]))[0].n).toBe(0);

    // Without the option, the error row still names 1001: never listed as missing.
    const rows = await allRows(hr, (await upload(hr, ['1001;Test;;;;'])).body.id);
    expect(rows).toEqual([expect.objectContaining({ action: 'error', personId: inFile.personId, offboardOn: null })]);

    const ok = await upload(hr, [`1001;Test;Medewerker;${inFile.email};;`], { offboardMissing: 'true' });
    expect(ok.status).toBe(201);
    const missing = (await allRows(hr, ok.body.id)).filter((r: { line: number | null }) => r.line === null);
    expect(missing.map((r: { personId: string }) => r.personId)).toEqual([gone.personId]);
    await apply(hr, org, ok.body.id);
    expect([await phaseOf(inFile.personId), await phaseOf(starter.personId), await phaseOf(gone.personId)]).toEqual(['employment', 'entry', 'exit']);
  });

  it('shows an email match with phase and roles, and never offboards an HR admin through a file', async () => {
    const { org, hr } = await setup();
    const admin = await createUser(t.dataSource, org, ['hr_admin']);
    const contact = await createPerson(t.dataSource, org, { phase: 'relation', email: 'contact@example.test', firstName: 'Cora', lastName: 'Contact' });
    const numberedAdmin = await createEmployee(t.dataSource, org, { employeeNumber: '9001', roles: ['hr_admin', 'employee'] });
    const dry = await upload(hr, [`5001;Test;Admin;${admin.email};;2027-06-30`, '5002;Cora;Contact;contact@example.test;Zorg;'], { offboardLeavers: 'true' });
    const [adminRow, contactRow] = await allRows(hr, dry.body.id);
    expect(adminRow).toMatchObject({ action: 'error', personId: admin.personId, offboardOn: null, notes: ['matched_by_email'], emailMatch: { phase: 'information', roles: ['hr_admin'] } });
    expect(adminRow.errors).toEqual([expect.objectContaining({ field: 'endDate', code: 'hr_admin_not_offboarded' })]);
    expect(contactRow).toMatchObject({ action: 'update', personId: contact, notes: ['matched_by_email'], emailMatch: { phase: 'relation', roles: [] } });

    const missing = await upload(hr, ['5003;Nieuw;Mens;;;'], { offboardMissing: 'true' });
    const adminMissing = (await allRows(hr, missing.body.id)).find((r: { personId: string }) => r.personId === numberedAdmin.personId);
    expect(adminMissing).toMatchObject({ line: null, action: 'error', offboardOn: null, errors: [expect.objectContaining({ code: 'hr_admin_not_offboarded' })] });
    await apply(hr, org, missing.body.id);
    expect((await t.dataSource.query(`SELECT roles FROM users WHERE id = $1`, [numberedAdmin.userId]))[0].roles).toEqual(['hr_admin', 'employee']);
  });

  it('skips (and records) entries whose person changed since the dry run; a refused offboarding leaves nothing of its row', async () => {
    const { org, hr } = await setup();
    const moved = await createEmployee(t.dataSource, org, { employeeNumber: '1001' });
    const scheduled = await createEmployee(t.dataSource, org, { employeeNumber: '1002' });
    const fine = await createEmployee(t.dataSource, org, { employeeNumber: '1003' });
    const dry = await upload(
      hr,
      [`1001;Test;Medewerker;${moved.email};Keuken;`, `1002;Test;Medewerker;${scheduled.email};Keuken;2027-06-30`, `1003;Test;Medewerker;${fine.email};Keuken;`, '1004;Nieuw;Mens;nieuw@example.test;Keuken;'],
      { offboardLeavers: 'true' },
    );
    expect(dry.body.counts).toMatchObject({ create: 1, update: 3, offboard: 1 });

    // Between dry run and apply: someone edits 1001, HR records 1002's leaving by hand, and the new email is taken.
    await t.dataSource.query(`UPDATE people SET department = 'Thuiszorg' WHERE id = $1`, [moved.personId]);
    expect((await hr.post('/api/offboardings', { personId: scheduled.personId, leavingDate: '2027-05-31', reason: 'resignation', eligibleForRehire: true })).status).toBe(201);
    const taken = await createPerson(t.dataSource, org, { phase: 'relation', email: 'nieuw@example.test', firstName: 'Al', lastName: 'Bekend' });

    const done = await apply(hr, org, dry.body.id);
    expect(done).toMatchObject({ status: 'applied', processed: 4, applied: 1, skipped: 3 });
    const outcomes = (await allRows(hr, dry.body.id)).map((r: { outcome: unknown }) => r.outcome);
    expect(outcomes).toEqual([
      { status: 'skipped', reason: 'changed_since_dry_run', code: null },
      { status: 'skipped', reason: 'offboarding_refused', code: 'offboarding_already_scheduled' },
      { status: 'applied', reason: null, code: null },
      { status: 'skipped', reason: 'email_in_use', code: null },
    ]);
    const departments = await t.dataSource.query(`SELECT id, department FROM people WHERE id = ANY($1::uuid[])`, [[moved.personId, scheduled.personId, fine.personId]]);
    expect(Object.fromEntries(departments.map((d: { id: string; department: string | null }) => [d.id, d.department]))).toEqual({
      [moved.personId]: 'Thuiszorg', // HR's later edit stays
      [scheduled.personId]: null, // the refused row left nothing behind (savepoint)
      [fine.personId]: 'Keuken',
    });
    expect((await t.dataSource.query(`SELECT first_name, last_name, employee_number FROM people WHERE id = $1`, [taken]))[0]).toEqual({ first_name: 'Al', last_name: 'Bekend', employee_number: null });
    expect((await t.dataSource.query(`SELECT leaving_date::text AS d FROM offboardings WHERE person_id = $1`, [scheduled.personId]))).toEqual([{ d: '2027-05-31' }]);
  });

  it('applies once however many apply requests and jobs run at the same time', async () => {
    const { org, hr } = await setup();
    const lines = Array.from({ length: 30 }, (_, i) => `${2000 + i};Voor${i};Achter${i};p${i}@example.test;Zorg;`);
    const dry = await upload(hr, lines);
    const [a, b] = await Promise.all([hr.post(`/api/employee-imports/${dry.body.id}/apply`), hr.post(`/api/employee-imports/${dry.body.id}/apply`)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const [{ jobs }] = await t.dataSource.query(`SELECT count(*)::int AS jobs FROM pgboss.job WHERE name = 'erm-import' AND data->>'importId' = $1`, [dry.body.id]);
    expect(jobs).toBe(1);
    const [{ n: requested }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE subject_id = $1 AND action = 'employee_import.apply_requested'`, [dry.body.id]);
    expect(requested).toBe(1);
    await Promise.all([run(org, dry.body.id), run(org, dry.body.id)]); // a duplicated job
    expect((await hr.get(`/api/employee-imports/${dry.body.id}`)).body).toMatchObject({ status: 'applied', processed: 30, applied: 30, skipped: 0 });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM people WHERE organisation_id = $1 AND source = 'import'`, [org]);
    expect(n).toBe(30);
    const [{ len }] = await t.dataSource.query(`SELECT jsonb_array_length(outcomes)::int AS len FROM employee_imports WHERE id = $1`, [dry.body.id]);
    expect(len).toBe(30);
  });

  it('records leavers Kring did not know directly as former employees, and mails only leavers of the last year', async () => {
    const { org, hr } = await setup();
    const longGone = await createEmployee(t.dataSource, org, { employeeNumber: '1001' });
    const recent = await createEmployee(t.dataSource, org, { employeeNumber: '1002' });
    const dry = await upload(
      hr,
      ['7001;Oud;Collega;oud@example.test;;30-06-2015', `1001;Test;Medewerker;${longGone.email};;30-06-2015`, `1002;Test;Medewerker;${recent.email};;2027-03-01`],
      { offboardLeavers: 'true' },
    );
    const rows = await allRows(hr, dry.body.id);
    expect(rows[0]).toMatchObject({ action: 'create', offboardOn: null, notes: ['recorded_as_former_employee'] });
    expect(rows[0].changes).toContainEqual({ field: 'phase', from: null, to: 'exit' });
    expect(dry.body.counts.offboard).toBe(2);
    await apply(hr, org, dry.body.id);

    const [created] = await t.dataSource.query(`SELECT id, phase FROM people WHERE organisation_id = $1 AND email = 'oud@example.test'`, [org]);
    expect(created.phase).toBe('exit');
    expect(await phaseHistory(t.dataSource, created.id)).toEqual([{ from_phase: null, to_phase: 'information', cause: 'created' }, { from_phase: 'information', to_phase: 'exit', cause: 'import' }]);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM offboardings WHERE person_id = $1`, [created.id]))[0].n).toBe(0);
    expect(await mailsOfKind(t.dataSource, 'oud@example.test', 'erm_stay_in_touch')).toHaveLength(0);
    // Both known employees are offboarded; only the recent leaver gets the "stay in touch" mail.
    expect([await phaseOf(longGone.personId), await phaseOf(recent.personId)]).toEqual(['exit', 'exit']);
    expect(await mailsOfKind(t.dataSource, longGone.email, 'erm_stay_in_touch')).toHaveLength(0);
    expect(await mailsOfKind(t.dataSource, recent.email, 'erm_stay_in_touch')).toHaveLength(1);
  });

  it('mails leavers at the "privé e-mail" column of the file', async () => {
    const { org, hr } = await setup();
    const leaver = await createEmployee(t.dataSource, org, { employeeNumber: '1001' });
    const csv = ['Personeelsnummer;Voornaam;Achternaam;Einddatum;Privé e-mail', '1001;Test;Medewerker;2027-03-05;Lea.Thuis@Example.test', '1002;Nieuw;Mens;;geen-adres'].join('\n');
    const dry = await csvForm(csv, { offboardLeavers: 'true' }).then((form) => hr.postForm('/api/employee-imports', form));
    const rows = await allRows(hr, dry.body.id);
    expect(rows[1].errors).toEqual([expect.objectContaining({ field: 'privateEmail', code: 'invalid_email' })]);
    await apply(hr, org, dry.body.id);
    expect(await mailsOfKind(t.dataSource, 'lea.thuis@example.test', 'erm_stay_in_touch')).toHaveLength(1);
    expect((await t.dataSource.query(`SELECT email, roles FROM users WHERE id = $1`, [leaver.userId]))[0]).toEqual({ email: 'lea.thuis@example.test', roles: ['alumnus'] });
  });

  it('marks an import whose job died as failed, and applying again continues it', async () => {
    const { org, hr } = await setup();
    const dry = await upload(hr, ['3001;Kim;Klaar;kim@example.test;;']);
    expect((await hr.post(`/api/employee-imports/${dry.body.id}/apply`)).body.status).toBe('applying');
    clock.advance(IMPORT_STALE_MS - 60_000);
    expect((await hr.get(`/api/employee-imports/${dry.body.id}`)).body.status).toBe('applying');
    clock.advance(120_000);
    expect((await hr.get(`/api/employee-imports/${dry.body.id}`)).body).toMatchObject({ status: 'failed', lastError: expect.stringContaining('expired') });
    const again = await hr.post(`/api/employee-imports/${dry.body.id}/apply`);
    expect(again.body.status).toBe('applying');
    await run(org, dry.body.id);
    expect((await hr.get(`/api/employee-imports/${dry.body.id}`)).body).toMatchObject({ status: 'applied', applied: 1 });
  });
});
