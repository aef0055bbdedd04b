import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { signIn } from '../testing/erm-offboarding-fixtures';
import { multipart } from '../testing/referral-fixtures';
import { bootTestApp, TestApp } from '../testing/test-app';

describe('hire import from an ATS export (preview, apply, re-import)', () => {
  let t: TestApp;
  const clock = new FakeClock('2027-03-10T09:00:00Z');

  beforeAll(async () => {
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());

  const form = (data: string | Buffer, name = 'ats-export.csv') => multipart({}, { field: 'file', name, data: Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'), type: 'text/csv' });
  const upload = async (http: HttpClient, data: string | Buffer) => http.postForm('/api/insights/hire-imports', await form(data));
  const hires = async (org: string) =>
    t.dataSource.query(
      `SELECT external_ref, channel, source, applied_on::text, hired_on::text, start_date::text, left_on::text, department, job_title FROM hires WHERE organisation_id = $1 ORDER BY external_ref`,
      [org],
    );

  // Dutch headers, `;`, a BOM, dd-mm-yyyy dates, channel names as an ATS writes them, and three bad rows.
  const dutch =
    '\uFEFFKenmerk;Kanaal;Sollicitatiedatum;Aannamedatum;Startdatum;Afdeling;Functie\r\n' +
    'A-1;Indeed;01-12-2026;15-01-2027;01-02-2027;Zorg;Verpleegkundige\r\n' +
    'A-2;Werving & selectie;2026-11-20;2027-01-05;;Facilitair;"Medewerker ""schoonmaak"""\r\n' +
    'A-3;LinkedIn;;10-02-2027;01-03-2027;Zorg;Helpende\r\n' +
    'A-4;Postduif;;10-02-2027;;;\r\n' + // unknown channel
    ';Indeed;;10-02-2027;;;\r\n' + // no reference
    'A-6;Indeed;20-02-2027;10-02-2027;;;\r\n' + // applied after hired
    'A-1;Indeed;;31-02-2027;;;\r\n'; // impossible date and a duplicate reference

  it('previews with per-row problems, applies once, and a re-import updates instead of duplicating', async () => {
    const org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    const hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    const preview = await upload(hr, dutch);
    expect(preview.status).toBe(201);
    expect(preview.body).toMatchObject({ status: 'previewed', fileName: 'ats-export.csv', totalRows: 7, validRows: 3, createdRows: 3, updatedRows: 0, problemCount: 5, appliedAt: null });
    expect(preview.body.problems.map((p: { line: number; field: string; code: string }) => [p.line, p.field, p.code])).toEqual([
      [5, 'channel', 'unknown_channel'],
      [6, 'externalRef', 'required'],
      [7, 'appliedOn', 'order'],
      [8, 'hiredOn', 'invalid_date'],
      [8, 'externalRef', 'duplicate_in_file'],
    ]);
    // The preview changed nothing.
    expect(await hires(org)).toEqual([]);

    const applied = await hr.post(`/api/insights/hire-imports/${preview.body.id}/apply`);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ status: 'applied', createdRows: 3, updatedRows: 0, appliedAt: '2027-03-10T09:00:00.000Z' });
    expect(await hires(org)).toEqual([
      { external_ref: 'A-1', channel: 'job_board', source: 'import', applied_on: '2026-12-01', hired_on: '2027-01-15', start_date: '2027-02-01', left_on: null, department: 'Zorg', job_title: 'Verpleegkundige' },
      { external_ref: 'A-2', channel: 'agency', source: 'import', applied_on: '2026-11-20', hired_on: '2027-01-05', start_date: null, left_on: null, department: 'Facilitair', job_title: 'Medewerker "schoonmaak"' },
      { external_ref: 'A-3', channel: 'social', source: 'import', applied_on: null, hired_on: '2027-02-10', start_date: '2027-03-01', left_on: null, department: 'Zorg', job_title: 'Helpende' },
    ]);
    const again = await hr.post(`/api/insights/hire-imports/${preview.body.id}/apply`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('hire_import_not_applicable');

    // The next month's export in English with `,`: the same references update, a new one is added.
    const english = 'Reference,Source,Application date,Hire date,Start date,Leaving date,Department,Job title\n' + 'A-1,Job board,2026-12-01,2027-01-15,2027-02-01,2027-06-30,Zorg,Verpleegkundige\n' + 'A-7,Referral,2027-02-01,2027-03-01,,,Staf,HR-adviseur\n';
    const second = await upload(hr, english);
    expect(second.body).toMatchObject({ totalRows: 2, validRows: 2, createdRows: 1, updatedRows: 1, problemCount: 0 });
    expect((await hr.post(`/api/insights/hire-imports/${second.body.id}/apply`)).body).toMatchObject({ createdRows: 1, updatedRows: 1 });
    // The very same first file once more: three updates, no new rows.
    const third = await upload(hr, dutch);
    expect(third.body).toMatchObject({ validRows: 3, createdRows: 0, updatedRows: 3 });
    expect((await hr.post(`/api/insights/hire-imports/${third.body.id}/apply`)).body).toMatchObject({ createdRows: 0, updatedRows: 3 });
    const after = await hires(org);
    expect(after.map((h: { external_ref: string }) => h.external_ref)).toEqual(['A-1', 'A-2', 'A-3', 'A-7']);
    expect(after[0]).toMatchObject({ left_on: null }); // the first file has no leaving date column: the re-import set it back
    expect(after[3]).toMatchObject({ channel: 'referral', source: 'import', job_title: 'HR-adviseur' });
    expect((await hr.get('/api/insights/hire-imports')).body.map((i: { status: string }) => i.status)).toEqual(['applied', 'applied', 'applied']);
    const audit: Array<{ action: string }> = await t.dataSource.query(`SELECT action FROM audit_events WHERE organisation_id = $1 AND action LIKE 'insights.hire_import%' ORDER BY created_at`, [org]);
    expect(audit).toHaveLength(6);
  });

  it('refuses files it cannot read (400 problem+json with a reason), other roles and other organisations', async () => {
    const org = await createOrganisation(t.dataSource);
    const hr = await signIn(t.app, await createUser(t.dataSource, org, ['hr_admin']));
    const cases: Array<[string | Buffer, string]> = [
      ['Naam;Afdeling\nAnna;Zorg\n', 'missing_columns'],
      [Buffer.from([0x4b, 0x65, 0x6e, 0x6d, 0x65, 0x72, 0x6b, 0xff, 0xfe]), 'not_utf8'],
      ['Kenmerk;Kanaal;Aannamedatum\n"A-1;Indeed;01-01-2027\n', 'syntax'],
      ['', 'empty'],
    ];
    for (const [data, reason] of cases) {
      const res = await upload(hr, data);
      expect({ reason, status: res.status, code: res.body.code }).toEqual({ reason, status: 400, code: 'hire_import_file_invalid' });
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.reason).toBe(reason);
    }
    const ok = await upload(hr, 'Kenmerk;Kanaal;Aannamedatum\nB-1;Intern;01-02-2027\n');
    const employee = await signIn(t.app, await createUser(t.dataSource, org, ['employee']));
    expect((await employee.postForm('/api/insights/hire-imports', await form('x'))).status).toBe(403);
    expect((await new HttpClient(t.app).get('/api/insights/hire-imports')).status).toBe(401);
    const other = await signIn(t.app, await createUser(t.dataSource, await createOrganisation(t.dataSource), ['hr_admin']));
    expect((await other.get(`/api/insights/hire-imports/${ok.body.id}`)).status).toBe(404);
    expect((await other.post(`/api/insights/hire-imports/${ok.body.id}/apply`)).status).toBe(404);
    expect((await hr.post(`/api/insights/hire-imports/${ok.body.id}/apply`)).body).toMatchObject({ status: 'applied', createdRows: 1 });
  });
});
