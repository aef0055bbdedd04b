import { CsvSyntaxError, detectSeparator, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads semicolon files with a BOM, CRLF and a trailing newline', () => {
    const records = parseCsv('\uFEFFa;b;c\r\n1;2;3\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
    ]);
  });

  it('detects the separator from the header line, ignoring separators inside quotes', () => {
    expect(detectSeparator('"a;b",c,d\n')).toBe(',');
    expect(detectSeparator('a;b;"c,d"\n')).toBe(';');
    expect(detectSeparator('single\n')).toBe(',');
  });

  it('keeps separators, doubled quotes and line breaks inside quoted fields, and counts lines', () => {
    const records = parseCsv('name,note\n"Jansen, P.","zei ""hoi""\nen ging"\nlast,x', ',');
    expect(records).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['Jansen, P.', 'zei "hoi"\nen ging'] },
      { line: 4, fields: ['last', 'x'] },
    ]);
  });

  it('keeps empty fields and skips blank lines', () => {
    expect(parseCsv('a;;c\n\n;;\n', ';')).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 3, fields: ['', '', ''] },
    ]);
  });

  it('refuses an unclosed quote and stray quotes with the line number', () => {
    expect(() => parseCsv('a,b\n"open,x\n', ',')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\nx"y,z\n', ',')).toThrow(/line 2/);
    expect(() => parseCsv('a,b\n"x"y,z\n', ',')).toThrow(/closing quote on line 2/);
  });
});
