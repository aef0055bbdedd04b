/**
 * A small RFC 4180 reader (a copy of the ERM employee import reader, libs/server/erm/src/offboarding/import/csv.ts, which its library does not export). Quoted
 * fields may hold separators, doubled quotes and line breaks; CRLF, LF and CR end records; a UTF-8 BOM
 * is dropped. The separator is `;` or `,`: whichever occurs more often outside quotes in the first line.
 */
export interface CsvRecord {
  /** 1-based line number where the record starts (for error messages). */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function detectSeparator(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

export function parseCsv(input: string, separator: ';' | ',' = detectSeparator(stripBom(input))): CsvRecord[] {
  const text = stripBom(input);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let fieldStarted = false;

  const endField = () => {
    fields.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    // A blank line is no record.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(`Unexpected character after a closing quote on line ${line}`, line);
        }
        continue;
      }
      if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
      field += char;
      i++;
      continue;
    }
    if (char === '"' && !fieldStarted && field === '') {
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (char === separator) {
      endField();
      i++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (char === '"') throw new CsvSyntaxError(`A quote inside an unquoted field on line ${line}`, line);
    field += char;
    fieldStarted = true;
    i++;
  }
  if (quoted) throw new CsvSyntaxError(`A quoted field that starts on line ${recordLine} is never closed`, recordLine);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
