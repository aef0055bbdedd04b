/**
 * The payroll CSV, written so spreadsheets open it correctly: UTF-8 with a byte-order mark, CRLF line ends,
 * the chosen separator, and amounts with two decimals. With `;` (what Dutch Excel expects) the decimal mark is a
 * comma; with `,` it is a dot. Fields holding the separator, a quote, a line break or outer spaces are quoted
 * (quotes doubled); text starting with = + - @ or a tab is prefixed with ' so a spreadsheet never runs it as a formula.
 */
export type CsvSeparator = ';' | ',';
export const CSV_SEPARATORS: readonly CsvSeparator[] = [';', ','];

export interface PayrollLine {
  employeeNumber: string | null;
  name: string;
  amountCents: number;
  currency: string;
  milestone: string;
  referralId: string;
  paidTo: 'employee' | 'charity';
}

export const PAYROLL_HEADER = ['Employee number', 'Name', 'Amount', 'Currency', 'Milestone', 'Referral', 'Paid to'];
const BOM = '\uFEFF';

export function formatAmount(cents: number, separator: CsvSeparator): string {
  const whole = Math.floor(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  return `${whole}${separator === ';' ? ',' : '.'}${fraction}`;
}

export function csvField(value: string, separator: CsvSeparator): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function payrollCsv(lines: readonly PayrollLine[], separator: CsvSeparator): Buffer {
  const rows = [
    PAYROLL_HEADER,
    ...lines.map((l) => [l.employeeNumber ?? '', l.name, formatAmount(l.amountCents, separator), l.currency, l.milestone, l.referralId, l.paidTo]),
  ];
  const body = rows.map((cells) => cells.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n');
  return Buffer.from(`${BOM}${body}\r\n`, 'utf8');
}
