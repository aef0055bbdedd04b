/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks), as rows of named string fields. */

export type CsvRow = Record<string, string>;

/** All rows as arrays of fields; a leading byte-order mark is dropped, CRLF and LF both end a row. */
export function parseCsvRows(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  const delimiterCode = delimiter.charCodeAt(0);
  let row: string[] = [];
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < text.length) {
    let field: string;
    if (text.charCodeAt(at) === 34 /* " */) {
      // Quoted field: runs to the next quote that is not doubled.
      let value = '';
      let from = at + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) throw new Error(`csv: unterminated quoted field at offset ${at}`);
        value += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          value += '"';
          from = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
      field = value;
    } else {
      let end = at;
      while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === delimiterCode || code === 10 || code === 13) break;
        end += 1;
      }
      field = text.slice(at, end);
      at = end;
    }
    row.push(field);
    const code = text.charCodeAt(at);
    if (code === delimiterCode) {
      at += 1;
      if (at === text.length) row.push('');
    } else {
      // End of row (line break or end of text).
      at += code === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 1;
      rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Rows keyed by the header row's names (the header is the first row, or the first row whose first field is `headerStart`). */
export function parseCsv(text: string, options: { delimiter?: string; headerStart?: string } = {}): CsvRow[] {
  const rows = parseCsvRows(text, options.delimiter);
  const headerIndex = options.headerStart ? rows.findIndex((row) => row[0] === options.headerStart) : 0;
  if (headerIndex < 0) throw new Error(`csv: no header row starting with "${options.headerStart}"`);
  const header = rows[headerIndex]!;
  const result: CsvRow[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    if (row.length === 1 && row[0] === '') continue;
    const record: CsvRow = {};
    header.forEach((name, index) => {
      record[name] = row[index] ?? '';
    });
    result.push(record);
  }
  return result;
}
