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
    employmentType: null, startDate: null, phase: 'employment', scheduledLeavingDate: null, ...overrides,
  });
  const read = (csv: string) => readEmployeeFile(file(`Personeelsnummer;Voornaam;Achternaam;E-mail;Startdatum;Einddatum\n${csv}`));
  const options = { offboardLeavers: false, offboardMissing: false, today: '2027-03-10' };

  it('matches by email when the number is new, but never takes over another employee', () => {
    const [byEmail] = planImport(read('9;Piet;Jansen;piet@example.test;;'), [person({ employeeNumber: null })], options);
    expect(byEmail).toMatchObject({ action: 'update', personId: 'p1', changes: [{ field: 'employeeNumber', from: null, to: '9' }] });
    const [taken] = planImport(read('9;Piet;Jansen;piet@example.test;;'), [person({})], options);
    expect(taken!.errors).toEqual([{ field: 'email', message: 'belongs to employee 1' }]);
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
    expect(plans.slice(1)).toEqual([expect.objectContaining({ line: null, personId: 'p2', offboardOn: '2027-03-10', notes: ['missing_from_file'] })]);
  });
});
