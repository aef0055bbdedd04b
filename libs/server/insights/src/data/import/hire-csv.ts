import { DomainError, ErrorCodes, HIRE_CHANNELS, type HireChannel } from '@kring/shared-domain';
import { hireProblems } from '../hires/hires.service';
import { CsvSyntaxError, parseCsv } from '@kring/server-erm';

export const HIRE_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const HIRE_IMPORT_MAX_ROWS = 20_000;

/** One valid row, ready for the upsert (stored in hire_imports.rows). */
export interface HireImportValues {
  externalRef: string;
  channel: HireChannel;
  appliedOn: string | null;
  hiredOn: string;
  startDate: string | null;
  leftOn: string | null;
  department: string | null;
  jobTitle: string | null;
}

/** A per-row problem: `code` (+ params) for the portal to translate, `message` in English. */
export interface HireImportProblem {
  line: number;
  field: string;
  code: 'required' | 'too_long' | 'invalid_date' | 'unknown_channel' | 'duplicate_in_file' | 'order';
  message: string;
}

type Column = keyof HireImportValues;

/** Accepted headers (Dutch and English, ATS exports), compared without case, spaces, dashes, underscores or dots. */
const HEADER_ALIASES: Record<Column, string[]> = {
  externalRef: ['kenmerk', 'referentie', 'atsid', 'atsnummer', 'sollicitatieid', 'sollicitatienummer', 'kandidaatid', 'kandidaatnummer', 'id', 'externalref', 'externalid', 'reference', 'applicationid', 'candidateid'],
  channel: ['kanaal', 'wervingskanaal', 'bron', 'herkomst', 'bronvanwerving', 'channel', 'source', 'sourceofhire', 'recruitmentchannel'],
  hiredOn: ['aannamedatum', 'datumaanname', 'aangenomenop', 'datumaangenomen', 'contractdatum', 'datumcontract', 'hiredon', 'hiredate', 'hireddate', 'offeraccepted', 'offeraccepteddate'],
  appliedOn: ['sollicitatiedatum', 'datumsollicitatie', 'gesolliciteerdop', 'appliedon', 'applicationdate', 'applieddate'],
  startDate: ['startdatum', 'datumindienst', 'indienst', 'indienstper', 'begindatum', 'startdate', 'startson'],
  leftOn: ['datumuitdienst', 'uitdienst', 'uitdienstper', 'einddatum', 'lefton', 'leavingdate', 'enddate', 'terminationdate'],
  department: ['afdeling', 'department'],
  jobTitle: ['functie', 'functietitel', 'functienaam', 'vacature', 'jobtitle', 'position', 'title', 'job'],
};
const REQUIRED: Column[] = ['externalRef', 'channel', 'hiredOn'];

/** Channel names as ATS exports write them (Dutch and English), squashed. */
const CHANNEL_ALIASES: Record<HireChannel, string[]> = {
  referral: ['referral', 'referrals', 'aandraging', 'aangedragen', 'medewerkeraandraging', 'employeereferral', 'doorverwijzing', 'personeelwerftpersoneel'],
  career_site: ['careersite', 'careerspage', 'werkenbij', 'werkenbijsite', 'carrieresite', 'carrièresite', 'website', 'eigenwebsite', 'companywebsite'],
  job_board: ['jobboard', 'vacaturebank', 'vacaturesite', 'indeed', 'nationalevacaturebank', 'monsterboard', 'werkzoeken', 'jobsite', 'stepstone'],
  agency: ['agency', 'bureau', 'wervingenselectie', 'werving&selectie', 'wervingsbureau', 'recruitmentbureau', 'uitzendbureau', 'recruitmentagency', 'detachering'],
  social: ['social', 'socialmedia', 'socialemedia', 'linkedin', 'facebook', 'instagram'],
  direct: ['direct', 'opensollicitatie', 'spontaan', 'spontanesollicitatie', 'directapplication', 'unsolicited', 'walkin'],
  internal: ['internal', 'intern', 'internemobiliteit', 'internalmobility', 'internalcandidate'],
  other: ['other', 'overig', 'overige', 'anders', 'onbekend', 'unknown'],
};

const squash = (value: string) => value.toLowerCase().replace(/[\s_.\-/]+/g, '');

export const hireImportFileInvalid = (message: string, reason: string, params: Record<string, string | number> = {}) =>
  new DomainError('validation', ErrorCodes.hireImportFileInvalid, message, [{ field: 'file', message }], { reason, params });

export function channelOf(value: string): HireChannel | null {
  const name = squash(value);
  if ((HIRE_CHANNELS as readonly string[]).includes(value.trim().toLowerCase())) return value.trim().toLowerCase() as HireChannel;
  return (Object.keys(CHANNEL_ALIASES) as HireChannel[]).find((c) => CHANNEL_ALIASES[c].includes(name)) ?? null;
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

export interface ReadHireFile {
  totalRows: number;
  rows: HireImportValues[];
  problems: HireImportProblem[];
}

/** Decodes, parses and validates an ATS export. File-level problems throw (400); row problems are collected per row. */
export function readHireFile(data: Buffer): ReadHireFile {
  if (data.length > HIRE_IMPORT_MAX_BYTES) throw hireImportFileInvalid(`The file is larger than ${HIRE_IMPORT_MAX_BYTES / 1024 / 1024} MB`, 'too_large', { maxMb: 5 });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw hireImportFileInvalid('The file is not UTF-8 text (save it as "CSV UTF-8")', 'not_utf8');
  }
  if (text.includes('\u0000')) throw hireImportFileInvalid('The file contains NUL characters; it is not a CSV text file', 'nul_character');
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw hireImportFileInvalid(error.message, 'syntax', { line: error.line });
    throw error;
  }
  const [header, ...body] = records;
  if (!header) throw hireImportFileInvalid('The file is empty', 'empty');
  if (body.length > HIRE_IMPORT_MAX_ROWS) throw hireImportFileInvalid(`The file has more than ${HIRE_IMPORT_MAX_ROWS} rows`, 'too_many_rows', { max: HIRE_IMPORT_MAX_ROWS });
  const columns = mapHeader(header.fields);
  const rows: HireImportValues[] = [];
  const problems: HireImportProblem[] = [];
  const seen = new Map<string, number>();
  for (const record of body) {
    const read = readRow(record.line, record.fields, columns);
    // A reference twice in one file: the first row counts, later ones are problems (whatever else is wrong with them).
    if (read.ref !== null && seen.has(read.ref)) {
      read.problems.push({ line: record.line, field: 'externalRef', code: 'duplicate_in_file', message: `is also on line ${seen.get(read.ref)}` });
    } else if (read.ref !== null && read.values) seen.set(read.ref, record.line);
    if (read.problems.length) problems.push(...read.problems);
    else if (read.values) rows.push(read.values);
  }
  return { totalRows: body.length, rows, problems };
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
    throw hireImportFileInvalid(`Required columns are missing: ${names} (see the import guide for accepted headers)`, 'missing_columns', { columns: names });
  }
  return columns;
}

function readRow(line: number, fields: string[], columns: Map<Column, number>): { ref: string | null; values: HireImportValues | null; problems: HireImportProblem[] } {
  const problems: HireImportProblem[] = [];
  const problem = (field: string, code: HireImportProblem['code'], message: string) => problems.push({ line, field, code, message });
  const cell = (column: Column): string | null => {
    const index = columns.get(column);
    const value = index === undefined ? '' : (fields[index] ?? '').trim();
    return value === '' ? null : value;
  };
  const date = (column: Column): string | null => {
    const value = cell(column);
    if (!value) return null;
    const parsed = parseDate(value);
    if (!parsed) problem(column, 'invalid_date', 'must be a date as YYYY-MM-DD or DD-MM-YYYY');
    return parsed;
  };
  const externalRef = cell('externalRef');
  if (!externalRef) problem('externalRef', 'required', 'is required (it makes a re-import update instead of duplicate)');
  else if (externalRef.length > 200) problem('externalRef', 'too_long', 'must be at most 200 characters');
  const rawChannel = cell('channel');
  const channel = rawChannel ? channelOf(rawChannel) : null;
  if (!rawChannel) problem('channel', 'required', 'is required');
  else if (!channel) problem('channel', 'unknown_channel', `"${rawChannel.slice(0, 50)}" is not a known channel`);
  const hiredOn = date('hiredOn');
  if (!cell('hiredOn')) problem('hiredOn', 'required', 'is required');
  const values = { appliedOn: date('appliedOn'), startDate: date('startDate'), leftOn: date('leftOn') };
  const department = cell('department');
  const jobTitle = cell('jobTitle');
  for (const [field, value] of [['department', department], ['jobTitle', jobTitle]] as const) {
    if (value && value.length > 200) problem(field, 'too_long', 'must be at most 200 characters');
  }
  if (hiredOn) for (const p of hireProblems({ ...values, hiredOn })) problem(p.field, 'order', p.message);
  if (problems.length || !externalRef || !channel || !hiredOn) return { ref: externalRef, values: null, problems };
  return { ref: externalRef, values: { externalRef, channel, hiredOn, ...values, department, jobTitle }, problems };
}
