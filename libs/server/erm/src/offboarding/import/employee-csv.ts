import { isEmail } from 'class-validator';
import { importFileInvalid } from '../offboarding.errors';
import { CsvSyntaxError, parseCsv } from './csv';
import { rowError, type EmployeeValues, type ImportRowError } from './import-plan';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;

type Column = keyof EmployeeValues;

/** Accepted headers (Dutch and English), compared without case, spaces, dashes, underscores or dots. */
const HEADER_ALIASES: Record<Column, string[]> = {
  employeeNumber: ['personeelsnummer', 'medewerkernummer', 'personeelsnr', 'employeenumber', 'employeeno', 'employeeid', 'staffnumber'],
  firstName: ['voornaam', 'roepnaam', 'firstname', 'givenname'],
  lastName: ['achternaam', 'familienaam', 'lastname', 'surname', 'familyname'],
  email: ['email', 'emailadres', 'mail', 'emailaddress'],
  department: ['afdeling', 'department'],
  location: ['locatie', 'vestiging', 'werklocatie', 'location', 'site'],
  employmentType: ['dienstverband', 'soortdienstverband', 'contract', 'contractsoort', 'vastofflex', 'employmenttype', 'permanentorflex', 'contracttype'],
  startDate: ['startdatum', 'datumindienst', 'indienst', 'begindatum', 'startdate', 'hiredate'],
  endDate: ['einddatum', 'datumuitdienst', 'uitdienst', 'enddate', 'leavingdate', 'terminationdate'],
  privateEmail: ['privéemail', 'priveemail', 'privéemailadres', 'priveemailadres', 'privateemail', 'personalemail'],
};
const REQUIRED: Column[] = ['employeeNumber', 'firstName', 'lastName'];

const PERMANENT = new Set(['permanent', 'vast', 'vaste', 'vastcontract', 'onbepaaldetijd', 'indefinite']);
const FLEX = new Set(['flex', 'flexibel', 'flexwerker', 'oproep', 'oproepkracht', 'tijdelijk', 'bepaaldetijd', 'temporary', 'oncall']);

const squash = (value: string) => value.toLowerCase().replace(/[\s_.\-/]+/g, '');

export interface ReadRow {
  line: number;
  values: EmployeeValues;
  errors: ImportRowError[];
}

/** Decodes, parses and validates an HR file. File-level problems throw (400); row problems are returned per row. */
export function readEmployeeFile(data: Buffer): ReadRow[] {
  if (data.length > IMPORT_MAX_BYTES) throw importFileInvalid(`The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`, 'too_large', { maxMb: IMPORT_MAX_BYTES / 1024 / 1024 });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw importFileInvalid('The file is not UTF-8 text (save it as "CSV UTF-8")', 'not_utf8');
  }
  // Valid UTF-8, but PostgreSQL cannot store U+0000 in text or jsonb: a binary file, not a CSV.
  if (text.includes('\u0000')) throw importFileInvalid('The file contains NUL characters; it is not a CSV text file', 'nul_character');
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw importFileInvalid(error.message, 'syntax', { line: error.line });
    throw error;
  }
  const [header, ...body] = records;
  if (!header) throw importFileInvalid('The file is empty', 'empty');
  if (body.length > IMPORT_MAX_ROWS) throw importFileInvalid(`The file has more than ${IMPORT_MAX_ROWS} rows`, 'too_many_rows', { max: IMPORT_MAX_ROWS });
  const columns = mapHeader(header.fields);
  return body.map((record) => readRow(record.line, record.fields, columns));
}

function mapHeader(fields: string[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  fields.forEach((raw, index) => {
    const name = squash(raw);
    const column = (Object.keys(HEADER_ALIASES) as Column[]).find((c) => HEADER_ALIASES[c].includes(name));
    if (column && !columns.has(column)) columns.set(column, index);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length) {
    const names = missing.map((c) => HEADER_ALIASES[c][0]).join(', ');
    throw importFileInvalid(`Required columns are missing: ${names} (see the import guide for accepted headers)`, 'missing_columns', { columns: names });
  }
  return columns;
}

function readRow(line: number, fields: string[], columns: Map<Column, number>): ReadRow {
  const errors: ImportRowError[] = [];
  const cell = (column: Column): string | null => {
    const index = columns.get(column);
    const value = index === undefined ? '' : (fields[index] ?? '').trim();
    return value === '' ? null : value;
  };
  const employeeNumber = cell('employeeNumber') ?? '';
  if (!employeeNumber) errors.push(rowError('employeeNumber', 'required', 'is required'));
  else if (employeeNumber.length > 40) errors.push(rowError('employeeNumber', 'too_long', 'must be at most 40 characters', { max: 40 }));
  const firstName = cell('firstName') ?? '';
  if (!firstName) errors.push(rowError('firstName', 'required', 'is required'));
  const lastName = cell('lastName') ?? '';
  if (!lastName) errors.push(rowError('lastName', 'required', 'is required'));
  for (const [field, value] of [['firstName', firstName], ['lastName', lastName], ['department', cell('department')], ['location', cell('location')]] as const) {
    if (value && value.length > 200) errors.push(rowError(field, 'too_long', 'must be at most 200 characters', { max: 200 }));
  }

  const rawEmail = cell('email');
  const email = rawEmail ? rawEmail.toLowerCase() : null;
  if (email && (email.length > 254 || !isEmail(email))) errors.push(rowError('email', 'invalid_email', 'is not a valid email address'));

  const rawPrivate = cell('privateEmail');
  const privateEmail = rawPrivate ? rawPrivate.toLowerCase() : null;
  if (privateEmail && (privateEmail.length > 254 || !isEmail(privateEmail))) errors.push(rowError('privateEmail', 'invalid_email', 'is not a valid email address'));

  const rawType = cell('employmentType');
  let employmentType: EmployeeValues['employmentType'] = null;
  if (rawType) {
    const squashed = squash(rawType);
    if (PERMANENT.has(squashed)) employmentType = 'permanent';
    else if (FLEX.has(squashed)) employmentType = 'flex';
    else errors.push(rowError('employmentType', 'invalid_employment_type', 'must be permanent (vast) or flex'));
  }

  const startDate = readDate(cell('startDate'), 'startDate', errors);
  const endDate = readDate(cell('endDate'), 'endDate', errors);
  if (startDate && endDate && endDate < startDate) errors.push(rowError('endDate', 'end_before_start', 'is before the start date'));

  return {
    line,
    values: { employeeNumber, firstName, lastName, email, department: cell('department'), location: cell('location'), employmentType, startDate, endDate, privateEmail },
    errors,
  };
}

/** YYYY-MM-DD or DD-MM-YYYY (also with / or .), checked against the calendar. */
export function parseDate(value: string): string | null {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  let year: number, month: number, day: number;
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
    if (!match) return null;
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900 || year > 2200) return null;
  return date.toISOString().slice(0, 10);
}

function readDate(value: string | null, field: string, errors: ImportRowError[]): string | null {
  if (!value) return null;
  const date = parseDate(value);
  if (!date) errors.push(rowError(field, 'invalid_date', 'must be a date as YYYY-MM-DD or DD-MM-YYYY'));
  return date;
}
