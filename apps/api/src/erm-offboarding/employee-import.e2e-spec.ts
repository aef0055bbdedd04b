import { ImportApplier, OffboardingExecutor } from '@kring/server-erm';
import { asOrganisationId } from '@kring/server-database';
import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { createEmployee, createPerson, csvForm, mailsOfKind, phaseHistory, signIn } from '../testing/erm-offboarding-fixtures';
import { bootTestApp, TestApp } from '../testing/test-app';

describe('employee import (CSV from the HR system: dry run, then apply)', () => {
  let t: TestApp;
  const clock = new FakeClock('2027-03-10T09:00:00Z');

  beforeAll(async () => {
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());
  beforeEach(() => clock.set('2027-03-10T09:00:00Z'));

  const apply = async (http: HttpClient, org: string, id: string) => {
    const res = await http.post(`/api/employee-imports/${id}/apply`);
    expect(res.status).toBe(200);
    await t.app.get(ImportApplier).run(asOrganisationId(org), id); // what the erm-import job does
    return (await http.get(`/api/employee-imports/${id}`)).body;
  };
  const upload = (http: HttpClient, csv: string, fields: Record<string, string> = {}) => csvForm(csv, fields).then((form) => http.postForm('/api/employee-imports', form));
  const allRows = async (http: HttpClient, id: string) => (await http.get(`/api/employee-imports/${id}/rows?limit=500`)).body.items;
  const snapshot = (org: string) =>
    t.dataSource.query(
      `SELECT p.id, p.first_name, p.last_name, p.email, p.employee_number, p.department, p.location, p.employment_type, p.start_date::text, p.phase, p.boomerang_at, u.roles
         FROM people p LEFT JOIN users u ON u.person_id = p.id WHERE p.organisation_id = $1 ORDER BY p.id`,
      [org],
    );

  async function story() {
    const org = await createOrganisation(t.dataSource);
    const hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    const changed = await createEmployee(t.dataSource, org, { employeeNumber: '1001' });
    const same = await createEmployee(t.dataSource, org, { employeeNumber: '1002', firstName: 'Sam' });
    await t.dataSource.query(`UPDATE people SET last_name = 'Stil', department = 'Zorg', location = 'Utrecht', employment_type = 'permanent', start_date = '2020-01-01' WHERE id = $1`, [same.personId]);
    // A former employee (offboarded earlier) who is back on the payroll.
    const alumnus = await createEmployee(t.dataSource, org, { employeeNumber: '1003', firstName: 'Bo' });
    await hr.post('/api/offboardings', { personId: alumnus.personId, leavingDate: '2027-01-31', reason: 'resignation', eligibleForRehire: true });
    const leaver = await createEmployee(t.dataSource, org, { employeeNumber: '1004', firstName: 'Lea' });
    const csv = [
      'Personeelsnummer;Voornaam;Achternaam;E-mail;Afdeling;Locatie;Dienstverband;Startdatum;Einddatum',
      `1001;Test;Medewerker;${changed.email};Thuiszorg;Amersfoort;flex;01-02-2021;`,
      `1002;Sam;Stil;;Zorg;Utrecht;vast;2020-01-01;`,
      `1003;Bo;Medewerker;${alumnus.email};Kraamzorg;Zeist;vast;01-04-2027;`,
      `1004;Lea;Medewerker;${leaver.email};;;;;28-02-2027`,
      `2001;"Anna, Maria";de Vries;anna.devries@example.test;Wijkverpleging;Utrecht;flex;2027-03-01;`,
      `2002;Noor;;noor@example;;;contract;31-02-2027;`,
      `2001;Dubbel;Nummer;dubbel@example.test;;;;;`,
    ].join('\r\n');
    return { org, hr, changed, same, alumnus, leaver, csv: `\uFEFF${csv}\r\n` };
  }

  it('shows per-row errors and exact changes without changing anything; apply changes exactly that; a re-import is all unchanged', async () => {
    const { org, hr, changed, same, alumnus, leaver, csv } = await story();
    const before = await snapshot(org);

    const dry = await upload(hr, csv);
    expect(dry.status).toBe(201);
    expect(dry.body).toMatchObject({ status: 'dry_run', fileName: 'medewerkers.csv', total: 7, processed: 0, counts: { rows: 7, create: 1, update: 2, unchanged: 2, error: 2, offboard: 0 } });
    expect(await snapshot(org)).toEqual(before); // a dry run changes nothing

    const rows = await allRows(hr, dry.body.id);
    expect(rows.map((r: { line: number; action: string }) => [r.line, r.action])).toEqual([[2, 'update'], [3, 'unchanged'], [4, 'update'], [5, 'unchanged'], [6, 'create'], [7, 'error'], [8, 'error']]);
    expect(rows[0].changes).toEqual([
      { field: 'department', from: null, to: 'Thuiszorg' },
      { field: 'location', from: null, to: 'Amersfoort' },
      { field: 'employmentType', from: null, to: 'flex' },
      { field: 'startDate', from: null, to: '2021-02-01' },
    ]);
    expect(rows[2]).toMatchObject({ personId: alumnus.personId, notes: ['rehire'] });
    expect(rows[2].changes).toContainEqual({ field: 'phase', from: 'exit', to: 'entry' });
    expect(rows[3]).toMatchObject({ personId: leaver.personId, notes: ['leaver_not_offboarded'], offboardOn: null });
    expect(rows[4]).toMatchObject({ name: 'Anna, Maria de Vries', personId: null });
    expect(rows[4].changes).toContainEqual({ field: 'phase', from: null, to: 'employment' });
    expect(rows[5].errors).toEqual([
      { field: 'lastName', code: 'required', params: {}, message: 'is required' },
      { field: 'email', code: 'invalid_email', params: {}, message: 'is not a valid email address' },
      { field: 'employmentType', code: 'invalid_employment_type', params: {}, message: 'must be permanent (vast) or flex' },
      { field: 'startDate', code: 'invalid_date', params: {}, message: 'must be a date as YYYY-MM-DD or DD-MM-YYYY' },
    ]);
    expect(rows[6].errors).toEqual([{ field: 'employeeNumber', code: 'duplicate_in_file', params: { line: 6 }, message: 'appears twice in the file (also on line 6)' }]);
    expect(rows.every((r: { outcome: unknown }) => r.outcome === null)).toBe(true);
    expect((await hr.get(`/api/employee-imports/${dry.body.id}/rows?show=notable`)).body.total).toBe(6);

    const applied = await apply(hr, org, dry.body.id);
    expect(applied).toMatchObject({ status: 'applied', processed: 7, total: 7, applied: 5, skipped: 0 });
    expect((await allRows(hr, dry.body.id)).map((r: { outcome: { status: string; reason: string | null } }) => r.outcome.reason ?? r.outcome.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied', 'error_row', 'error_row']);
    const [c] = await t.dataSource.query(`SELECT department, location, employment_type, start_date::text AS start, phase FROM people WHERE id = $1`, [changed.personId]);
    expect(c).toEqual({ department: 'Thuiszorg', location: 'Amersfoort', employment_type: 'flex', start: '2021-02-01', phase: 'employment' });
    const [created] = await t.dataSource.query(`SELECT id, first_name, last_name, source, phase, employee_number, start_date::text AS start FROM people WHERE organisation_id = $1 AND email = 'anna.devries@example.test'`, [org]);
    expect(created).toMatchObject({ first_name: 'Anna, Maria', last_name: 'de Vries', source: 'import', phase: 'employment', employee_number: '2001', start: '2027-03-01' });
    expect(await phaseHistory(t.dataSource, created.id)).toEqual([{ from_phase: null, to_phase: 'information', cause: 'created' }, { from_phase: 'information', to_phase: 'employment', cause: 'import' }]);

    // The alumnus is back: a boomerang, with the employee role instead of alumnus.
    const [b] = await t.dataSource.query(`SELECT p.phase, p.boomerang_at, u.roles FROM people p JOIN users u ON u.person_id = p.id WHERE p.id = $1`, [alumnus.personId]);
    expect(b).toEqual({ phase: 'entry', boomerang_at: new Date('2027-03-10T09:00:00Z'), roles: ['employee'] });
    expect((await phaseHistory(t.dataSource, alumnus.personId)).at(-1)).toEqual({ from_phase: 'exit', to_phase: 'entry', cause: 'import' });
    // The leaver was not offboarded: HR did not ask.
    const [l] = await t.dataSource.query(`SELECT phase FROM people WHERE id = $1`, [leaver.personId]);
    expect(l.phase).toBe('employment');
    expect((await snapshot(org)).find((p: { id: string }) => p.id === same.personId)).toEqual(before.find((p: { id: string }) => p.id === same.personId));

    // Applying twice does nothing the second time; the same file again is all unchanged.
    const afterApply = await snapshot(org);
    const jobs = await t.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'erm-import' AND data->>'importId' = $1`, [dry.body.id]);
    expect(await apply(hr, org, dry.body.id)).toMatchObject({ status: 'applied', processed: 7 });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'erm-import' AND data->>'importId' = $1`, [dry.body.id])).toEqual(jobs);
    expect(jobs[0].n).toBe(1);
    expect(await snapshot(org)).toEqual(afterApply);
    clock.advance(60_000);
    const again = await upload(hr, csv);
    expect(again.body.counts).toEqual({ rows: 7, create: 0, update: 0, unchanged: 5, error: 2, offboard: 0 });
    expect((await hr.get('/api/employee-imports')).body.map((i: { id: string }) => i.id)).toEqual([again.body.id, dry.body.id]);
  });

  it('offboards leavers only when asked: rows with an end date, and (separately) employees missing from the file', async () => {
    const { org, hr, leaver, changed, same, alumnus, csv } = await story();
    const missing = await createEmployee(t.dataSource, org, { employeeNumber: '1999' });
    const dry = await upload(hr, csv, { offboardLeavers: 'true' });
    expect(dry.body.counts.offboard).toBe(1);
    const rows = await allRows(hr, dry.body.id);
    expect(rows.find((r: { employeeNumber: string }) => r.employeeNumber === '1004')).toMatchObject({ offboardOn: '2027-02-28', notes: [] });
    await apply(hr, org, dry.body.id);
    const [l] = await t.dataSource.query(`SELECT p.phase, u.roles FROM people p JOIN users u ON u.person_id = p.id WHERE p.id = $1`, [leaver.personId]);
    expect(l).toEqual({ phase: 'exit', roles: ['alumnus'] });
    const [o] = await t.dataSource.query(`SELECT source, status, leaving_date::text AS d FROM offboardings WHERE person_id = $1`, [leaver.personId]);
    expect(o).toEqual({ source: 'import', status: 'completed', d: '2027-02-28' });
    expect((await t.dataSource.query(`SELECT phase FROM people WHERE id = $1`, [missing.personId]))[0].phase).toBe('employment');

    // The same file again: the leaver already left, so nothing changes and no second mail goes out.
    const mailsBefore = await mailsOfKind(t.dataSource, leaver.email, 'erm_stay_in_touch');
    expect(mailsBefore).toHaveLength(1);
    const again = await upload(hr, csv, { offboardLeavers: 'true' });
    expect(again.body.counts).toMatchObject({ create: 0, update: 0, offboard: 0 });
    expect((await allRows(hr, again.body.id)).find((r: { employeeNumber: string }) => r.employeeNumber === '1004')).toMatchObject({ action: 'unchanged', notes: ['already_left'], offboardOn: null });
    await apply(hr, org, again.body.id);
    expect(await mailsOfKind(t.dataSource, leaver.email, 'erm_stay_in_touch')).toHaveLength(1);
    expect((await t.dataSource.query(`SELECT p.phase, u.roles FROM people p JOIN users u ON u.person_id = p.id WHERE p.id = $1`, [leaver.personId]))[0]).toEqual({ phase: 'exit', roles: ['alumnus'] });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM offboardings WHERE person_id = $1`, [leaver.personId]))[0].n).toBe(1);

    // "Offboard missing" needs a clean file: with error rows it is refused as a whole.
    const refused = await upload(hr, csv, { offboardMissing: 'true' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'offboardMissing' })]);
    const clean = csv.split('\r\n').filter((line) => !line.startsWith('2002;') && !line.startsWith('2001;Dubbel')).join('\r\n');
    const withMissing = await upload(hr, clean, { offboardMissing: 'true' });
    expect(withMissing.status).toBe(201);
    const planned = (await allRows(hr, withMissing.body.id)).filter((r: { offboardOn: string | null }) => r.offboardOn);
    // Missing: the last day was yesterday at the latest, so it takes effect at once.
    expect(planned).toEqual([expect.objectContaining({ line: null, employeeNumber: '1999', personId: missing.personId, notes: ['missing_from_file'], offboardOn: '2027-03-09' })]);
    await apply(hr, org, withMissing.body.id);
    expect((await t.dataSource.query(`SELECT phase FROM people WHERE id = $1`, [missing.personId]))[0].phase).toBe('exit');
    for (const kept of [changed, same, alumnus]) {
      expect(['employment', 'entry']).toContain((await t.dataSource.query(`SELECT phase FROM people WHERE id = $1`, [kept.personId]))[0].phase);
    }
  });

  it('applies a large file in batches with progress, and accepts English headers with commas', async () => {
    const org = await createOrganisation(t.dataSource);
    const hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    const lines = ['Employee number,First name,Last name,Email,Department,Location,Employment type,Start date,End date'];
    for (let i = 0; i < 450; i++) lines.push(`N${i},First${i},Last${i},person${i}@example.test,Care,Utrecht,permanent,2024-01-01,`);
    const dry = await upload(hr, lines.join('\n'));
    expect(dry.body.counts).toMatchObject({ rows: 450, create: 450, error: 0 });
    expect((await hr.post(`/api/employee-imports/${dry.body.id}/apply`)).body).toMatchObject({ status: 'applying', processed: 0, total: 450 });
    const progress: number[] = [];
    const runner = t.app.get(ImportApplier);
    // One batch per transaction: the job's loop, step by step.
    for (let i = 0; i < 3; i++) {
      expect(await runner.runBatch(asOrganisationId(org), dry.body.id)).toBe(i < 2);
      progress.push((await hr.get(`/api/employee-imports/${dry.body.id}`)).body.processed);
    }
    expect(progress).toEqual([200, 400, 450]);
    expect((await hr.get(`/api/employee-imports/${dry.body.id}`)).body.status).toBe('applied');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM people WHERE organisation_id = $1 AND source = 'import' AND phase = 'employment'`, [org]);
    expect(n).toBe(450);
  });

  it('refuses bad files (400), strangers (401/403) and other organisations (404)', async () => {
    const org = await createOrganisation(t.dataSource);
    const hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    const missingColumns = await upload(hr, 'Naam;E-mail\nPiet;piet@example.test\n');
    expect(missingColumns.status).toBe(400);
    expect(missingColumns.body.code).toBe('employee_import_file_invalid');
    expect(missingColumns.body.errors[0].message).toContain('personeelsnummer, voornaam, achternaam');
    expect(missingColumns.body).toMatchObject({ reason: 'missing_columns', params: { columns: 'personeelsnummer, voornaam, achternaam' } });
    expect((await upload(hr, 'Personeelsnummer;Voornaam;Achternaam\n1;"open;x\n')).body.code).toBe('employee_import_file_invalid');
    const latin1 = Buffer.from('Personeelsnummer;Voornaam;Achternaam\n1;Zo\u00eb;Jansen\n', 'latin1');
    const form = new FormData();
    form.append('file', new Blob([latin1], { type: 'text/csv' }), 'latin1.csv');
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    const res = await hr.postForm('/api/employee-imports', { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toContain('UTF-8');
    const noFile = await hr.post('/api/employee-imports', { offboardLeavers: true });
    expect(noFile.status).toBe(400);
    // A NUL inside the file (allowed by UTF-8, refused by PostgreSQL) is a file error, not a 500.
    const nul = await upload(hr, 'Personeelsnummer;Voornaam;Achternaam\n1;Pi\u0000et;Jansen\n');
    expect(nul.status).toBe(400);
    expect(nul.body).toMatchObject({ code: 'employee_import_file_invalid', reason: 'nul_character' });

    const csv = 'Personeelsnummer;Voornaam;Achternaam\n1;Zoë;Jansen\n';
    expect((await new HttpClient(t.app).postForm('/api/employee-imports', await csvForm(csv))).status).toBe(401);
    const employee = await signIn(t.app, await createEmployee(t.dataSource, org));
    expect((await employee.postForm('/api/employee-imports', await csvForm(csv))).status).toBe(403);
    expect((await employee.get('/api/employee-imports')).status).toBe(403);

    const dry = await upload(hr, csv);
    const huge = await hr.get(`/api/employee-imports/${dry.body.id}/rows?offset=1e21`);
    expect(huge.status).toBe(400);
    expect((await hr.get(`/api/employee-imports/${dry.body.id}/rows?offset=1000001`)).status).toBe(400);
    expect((await hr.get(`/api/employee-imports/${dry.body.id}/rows?offset=1000000`)).body).toEqual({ total: 0, items: [] });
    const otherHr = await signIn(t.app, await createUser(t.dataSource, await createOrganisation(t.dataSource), ['hr_admin']));
    expect((await otherHr.get(`/api/employee-imports/${dry.body.id}`)).status).toBe(404);
    expect((await otherHr.get(`/api/employee-imports/${dry.body.id}/rows`)).status).toBe(404);
    expect((await otherHr.post(`/api/employee-imports/${dry.body.id}/apply`)).status).toBe(404);
    expect((await otherHr.get('/api/employee-imports')).body).toEqual([]);

    // A dry run is for its own day: the next day it must be uploaded again.
    clock.set('2027-03-11T09:00:00Z');
    const stale = await hr.post(`/api/employee-imports/${dry.body.id}/apply`);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('employee_import_not_applicable');
  });

  it('marks an alumnus hired again through the referral pipeline as a boomerang and restores the employee role', async () => {
    const org = await createOrganisation(t.dataSource);
    const hrUser = await createUser(t.dataSource, org, ['hr_admin']);
    const hr = await signIn(t.app, hrUser);
    const alumnus = await createEmployee(t.dataSource, org, { firstName: 'Bo' });
    await hr.post('/api/offboardings', { personId: alumnus.personId, leavingDate: '2027-01-31', reason: 'end_of_contract', eligibleForRehire: true });
    const [programme] = await t.dataSource.query(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'Combi', 'combined', '{employee_permanent,alumnus}') RETURNING id`, [org]);
    const [referral] = await t.dataSource.query(
      `INSERT INTO referrals (organisation_id, programme_id, referrer_user_id, candidate_person_id, candidate_name, candidate_email, consent_state, consent_due_at, stage)
       VALUES ($1, $2, $3, $4, 'Bo Medewerker', $5, 'consented', now(), 'offer') RETURNING id`,
      [org, programme.id, hrUser.userId, alumnus.personId, alumnus.email],
    );
    const hired = await hr.post(`/api/referrals/${referral.id}/stage`, { stage: 'hired', startDate: '2027-04-01', probationMonths: 2 });
    expect(hired.status).toBe(200);
    const [p] = await t.dataSource.query(`SELECT phase, boomerang_at FROM people WHERE id = $1`, [alumnus.personId]);
    expect(p).toEqual({ phase: 'entry', boomerang_at: new Date('2027-03-10T09:00:00Z') });
    expect((await phaseHistory(t.dataSource, alumnus.personId)).at(-1)).toEqual({ from_phase: 'exit', to_phase: 'entry', cause: 'referral_hired' });
    // The hourly offboarding job restores the employee role of rehired alumni.
    expect(await t.app.get(OffboardingExecutor).runDue()).toEqual({ offboarded: 0, restored: 1 });
    expect((await t.dataSource.query(`SELECT roles FROM users WHERE id = $1`, [alumnus.userId]))[0].roles).toEqual(['employee']);
    expect(await t.app.get(OffboardingExecutor).runDue()).toEqual({ offboarded: 0, restored: 0 });
  });

  it('keeps people who never were employees out of the rehire and reports a person without account correctly', async () => {
    const org = await createOrganisation(t.dataSource);
    const hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    const candidate = await createPerson(t.dataSource, org, { phase: 'orientation', email: 'kandidaat@example.test', firstName: 'Kim', lastName: 'Kandidaat' });
    const dry = await upload(hr, 'Personeelsnummer;Voornaam;Achternaam;E-mail\n3001;Kim;Kandidaat;kandidaat@example.test\n');
    const [row] = await allRows(hr, dry.body.id);
    expect(row).toMatchObject({ action: 'update', personId: candidate, notes: ['matched_by_email'], emailMatch: { phase: 'orientation', roles: [] } });
    expect(row.changes).toEqual([{ field: 'employeeNumber', from: null, to: '3001' }, { field: 'phase', from: 'orientation', to: 'employment' }]);
    await apply(hr, org, dry.body.id);
    const [p] = await t.dataSource.query(`SELECT phase, boomerang_at, employee_number FROM people WHERE id = $1`, [candidate]);
    expect(p).toEqual({ phase: 'employment', boomerang_at: null, employee_number: '3001' });
  });
});
