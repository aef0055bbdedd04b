import { DomainError } from '@kring/shared-domain';
import { parseDate, readEmployeeFile } from './employee-csv';
import { planImport, type ExistingPerson } from './import-planner';

const file = (text: string) => Buffer.from(text, 'utf8');

describe('readEmployeeFile', () => {
  it('maps Dutch and English headers in any order and reads both date formats', () => {
    const [nl] = readEmployeeFile(file('\uFEFFAchternaam;Voornaam;Personeelsnummer;Datum in dienst;Soort dienstverband\nJansen;Piet;42;3-2-2024;Vast\n'));
    expect(nl!.values).toMatchObject({ employeeNumber: '42', firstName: 'Piet', lastName: 'Jansen', startDate: '2024-02-03', employmentType: 'permanent', email: null, endDate: null });
    const [en] = readEmployeeFile(file('employee_number,first name,LAST NAME,E-mail,End date,Employment type\n7,Ann,Lee,ANN@Example.test,2026-12-31,flex\n'));
    expect(en!.values).toMatchObject({ employeeNumber: '7', email: 'ann@example.test', endDate: '2026-12-31', employmentType: 'flex' });
  });

  it('refuses files without the required columns, too many rows, or not in UTF-8', () => {
    expect(() => readEmployeeFile(file('Naam;E-mail\n'))).toThrow(DomainError);
    const rows = Array.from({ length: 20_001 }, (_, i) => `${i};A;B`).join('\n');
    expect(() => readEmployeeFile(file(`Personeelsnummer;Voornaam;Achternaam\n${rows}`))).toThrow(/more than 20000 rows/);
    expect(() => readEmployeeFile(Buffer.from('Personeelsnummer;Voornaam;Achternaam\n1;Zo\u00eb;X\n', 'latin1'))).toThrow(/UTF-8/);
    // NUL is valid UTF-8 but cannot be stored by PostgreSQL: a file-level error, not a 500.
    expect(() => readEmployeeFile(file('Personeelsnummer;Voornaam;Achternaam\n1;Pi\u0000et;X\n'))).toThrow(expect.objectContaining({ code: 'employee_import_file_invalid' }));
  });

  it('checks calendar dates', () => {
    expect(parseDate('29-02-2024')).toBe('2024-02-29');
    expect(parseDate('29-02-2023')).toBeNull();
    expect(parseDate('2024-13-01')).toBeNull();
    expect(parseDate('1/2/2024')).toBe('2024-02-01');
    expect(parseDate('02/01/24')).toBeNull();
  });
});

describe('planImport', () => {
  const person = (overrides: Partial<ExistingPerson>): ExistingPerson => ({
    id: 'p1', employeeNumber: '1', firstName: 'Piet', lastName: 'Jansen', email: 'piet@example.test', department: null, location: null,
    employmentType: null, startDate: null, phase: 'employment', scheduledLeavingDate: null, lastLeavingDate: null, roles: [], ...overrides,
  });
  const read = (csv: string) => readEmployeeFile(file(`Personeelsnummer;Voornaam;Achternaam;E-mail;Startdatum;Einddatum\n${csv}`));
  const options = { offboardLeavers: false, offboardMissing: false, today: '2027-03-10' };

  it('matches by email when the number is new, but never takes over another employee', () => {
    const [byEmail] = planImport(read('9;Piet;Jansen;piet@example.test;;'), [person({ employeeNumber: null })], options);
    expect(byEmail).toMatchObject({ action: 'update', personId: 'p1', changes: [{ field: 'employeeNumber', from: null, to: '9' }], notes: ['matched_by_email'], emailMatch: { phase: 'employment', roles: [] } });
    const [taken] = planImport(read('9;Piet;Jansen;piet@example.test;;'), [person({})], options);
    expect(taken!.errors).toEqual([{ field: 'email', code: 'email_of_other_employee', params: { employeeNumber: '1' }, message: 'belongs to employee 1' }]);
  });

  it('starts people with a future start date in entry, and does not rehire a leaver whose end date has passed', () => {
    const [starter] = planImport(read('5;Nieuw;Mens;;2027-04-01;'), [], options);
    expect(starter).toMatchObject({ action: 'create', toPhase: 'entry' });
    const [gone] = planImport(read('1;Piet;Jansen;;;2027-01-31'), [person({ phase: 'exit' })], options);
    expect(gone).toMatchObject({ action: 'unchanged', toPhase: null, notes: ['already_left'], offboardOn: null });
    const [future] = planImport(read('1;Piet;Jansen;;;2027-06-30'), [person({})], { ...options, offboardLeavers: true });
    expect(future).toMatchObject({ action: 'unchanged', offboardOn: '2027-06-30' });
  });

  it('lists employees missing from the file only when asked, and never those already leaving', () => {
    const existing = [person({}), person({ id: 'p2', employeeNumber: '2', email: null }), person({ id: 'p3', employeeNumber: '3', email: null, scheduledLeavingDate: '2027-04-01' })];
    expect(planImport(read('1;Piet;Jansen;;;'), existing, options)).toHaveLength(1);
    const plans = planImport(read('1;Piet;Jansen;;;'), existing, { ...options, offboardMissing: true });
    // Not in the file: the last day employed was yesterday, so the offboarding takes effect at once.
    expect(plans.slice(1)).toEqual([expect.objectContaining({ line: null, personId: 'p2', offboardOn: '2027-03-09', notes: ['missing_from_file'] })]);
  });

  it('never counts someone named by number as missing, refuses "offboard missing" for a file with errors or without valid rows, and skips entry', () => {
    const existing = [person({}), person({ id: 'p2', employeeNumber: '2', email: null, phase: 'entry' })];
    const missing = { ...options, offboardMissing: true };
    // Row 1 has an error (no last name): Piet is an error row, never "missing".
    const withError = planImport(read('1;Piet;;;;'), existing, options);
    expect(withError.map((p) => [p.action, p.personId])).toEqual([['error', 'p1']]);
    expect(() => planImport(read('1;Piet;;;;'), existing, missing)).toThrow(expect.objectContaining({ code: 'validation_failed', errors: [expect.objectContaining({ field: 'offboardMissing' })] }));
    expect(() => planImport([], existing, missing)).toThrow(/no valid rows/);
    // The starter in entry is not in the payroll yet: not missing.
    expect(planImport(read('1;Piet;Jansen;;;'), existing, missing)).toHaveLength(1);
  });

  it('shows who a row matches by email and never offboards an HR admin', () => {
    const admin = person({ employeeNumber: null, phase: 'relation', roles: ['hr_admin'] });
    const [matched] = planImport(read('9;Piet;Jansen;piet@example.test;;2027-01-31'), [admin], { ...options, offboardLeavers: true });
    expect(matched).toMatchObject({ notes: ['matched_by_email', 'already_left'], toPhase: null, emailMatch: { phase: 'relation', roles: ['hr_admin'] }, offboardOn: null });
    const [hrEmployee] = planImport(read('1;Piet;Jansen;;;2027-06-30'), [person({ roles: ['hr_admin', 'employee'] })], { ...options, offboardLeavers: true });
    expect(hrEmployee).toMatchObject({ action: 'error', offboardOn: null, errors: [expect.objectContaining({ code: 'hr_admin_not_offboarded' })] });
    const plans = planImport(read('3;Ander;Mens;;;'), [person({ roles: ['hr_admin'] })], { ...options, offboardMissing: true });
    expect(plans[1]).toMatchObject({ line: null, action: 'error', offboardOn: null, errors: [expect.objectContaining({ code: 'hr_admin_not_offboarded' })] });
  });

  it('does not rehire someone who already left again (the same file twice), only a real comeback', () => {
    const alumnus = person({ phase: 'exit', lastLeavingDate: '2027-03-10' });
    // The file still says the last day was today (or later): already left, nothing changes.
    for (const end of ['2027-03-10', '2027-03-31']) {
      const [row] = planImport(read(`1;Piet;Jansen;;2020-01-01;${end}`), [alumnus], { ...options, offboardLeavers: true });
      expect(row).toMatchObject({ action: 'unchanged', changes: [], notes: ['already_left'], toPhase: null, offboardOn: null });
    }
    const [back] = planImport(read('1;Piet;Jansen;;2027-04-01;2027-12-31'), [alumnus], { ...options, offboardLeavers: true });
    expect(back).toMatchObject({ action: 'update', toPhase: 'entry', notes: ['rehire'], offboardOn: '2027-12-31' });
    const [noEnd] = planImport(read('1;Piet;Jansen;;;'), [alumnus], options);
    expect(noEnd).toMatchObject({ toPhase: 'employment', notes: ['rehire'] });
  });

  it('records a leaver Kring did not know directly as a former employee, without offboarding', () => {
    for (const offboardLeavers of [false, true]) {
      const [old] = planImport(read('7;Oud;Collega;;2010-01-01;2015-06-30'), [], { ...options, offboardLeavers });
      expect(old).toMatchObject({ action: 'create', toPhase: 'exit', offboardOn: null, notes: ['recorded_as_former_employee'] });
    }
  });

});
