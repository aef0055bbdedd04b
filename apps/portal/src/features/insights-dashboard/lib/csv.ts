/**
 * CSV for spreadsheet programs, chosen for Dutch Excel: fields separated by a semicolon (Excel in a Dutch locale
 * splits on `;`, and on `,` only in English locales), decimals written in the UI language (comma in Dutch, point in
 * English), no thousands separators, money in euros with two decimals, percentages as numbers (the header says %),
 * UTF-8 with a byte order mark so Excel reads accents, CRLF line ends (RFC 4180). A field is quoted when it holds the
 * separator, a quote, a line break or leading/trailing spaces; quotes inside are doubled. Text that a spreadsheet
 * would run as a formula (starting with = + - @ or a tab) gets a leading apostrophe.
 */
export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

export function csvField(cell: CsvCell, decimalComma: boolean): string {
  if (cell === null || cell === undefined) return '';
  let text: string;
  if (typeof cell === 'number') {
    text = String(cell);
    if (decimalComma) text = text.replace('.', ',');
  } else {
    text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  }
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file's text (without the BOM, which `downloadCsv` adds). */
export function toCsv(rows: CsvCell[][], decimalComma: boolean): string {
  return rows.map((row) => row.map((cell) => csvField(cell, decimalComma)).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

/** A file name that says what and when: `kring-cost-per-hire-channels-2025-12-01_2026-11-30.csv`. */
export function csvFileName(kpi: string, table: string, from: string, to: string): string {
  return `kring-${kpi}-${table}-${from}_${to}.csv`.replace(/[^A-Za-z0-9._-]/g, '-');
}

/** Offers the text as a download (UTF-8 with BOM). */
export function downloadCsv(fileName: string, text: string): void {
  const blob = new Blob([CSV_BOM, text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
