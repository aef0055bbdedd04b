import { EXE, HTML, PNG, tinyDocx, tinyPdf, tinyXlsx, zip } from '@kring/server-testing';
import { CV_MAX_BYTES, DomainError } from '@kring/shared-domain';
import { checkCv, detectCvType, sanitiseFileName } from './cv-file';

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('detectCvType', () => {
  it('recognises a real PDF and a real DOCX by their bytes', () => {
    expect(detectCvType(tinyPdf())).toBe('pdf');
    expect(detectCvType(tinyDocx())).toBe('docx');
  });

  it('finds the central directory behind an archive comment', () => {
    const docx = zip([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'word/document.xml', content: '<w:document/>', deflate: true },
    ], 'made by a test; PK\x05\x06 inside the comment must not confuse the parser');
    expect(detectCvType(docx)).toBe('docx');
  });

  it.each([
    ['a PNG', PNG],
    ['a Windows executable', EXE],
    ['an HTML page mentioning %PDF-', HTML],
    ['a spreadsheet (XLSX)', tinyXlsx()],
    ['a plain ZIP', zip([{ name: 'notes.txt', content: 'hello' }])],
    ['a ZIP that only mentions the names in a file body', zip([{ name: 'x.txt', content: '[Content_Types].xml word/document.xml' }])],
    ['a macro-enabled document (.docm)', zip([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'word/document.xml', content: '<w:document/>' },
      { name: 'word/vbaProject.bin', content: Buffer.alloc(32) },
    ])],
    ['a PDF without %%EOF (cut short)', tinyPdf().subarray(0, 200)],
    ['a PDF header after a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), tinyPdf()])],
    ['a DOCX with its end cut off', tinyDocx().subarray(0, tinyDocx().length - 10)],
    ['a DOCX with bytes appended', Buffer.concat([tinyDocx(), Buffer.from('trailing')])],
    ['an empty buffer', Buffer.alloc(0)],
  ])('refuses %s', (_, data) => {
    expect(detectCvType(data)).toBeNull();
  });

  it('refuses a ZIP whose central directory points outside itself', () => {
    const docx = tinyDocx();
    const eocd = docx.length - 22;
    docx.writeUInt32LE(docx.readUInt32LE(eocd + 12) + 1000, eocd + 12);
    expect(detectCvType(docx)).toBeNull();
  });
});

describe('checkCv', () => {
  it('lets the content decide type, content type and extension', () => {
    expect(checkCv({ filename: 'cv.docx', data: tinyPdf() })).toEqual({ type: 'pdf', contentType: 'application/pdf', originalName: 'cv.pdf' });
    expect(checkCv({ filename: 'Mijn CV.PDF', data: tinyDocx() })).toEqual({
      type: 'docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      originalName: 'Mijn CV.docx',
    });
  });

  it.each([
    ['an executable named cv.pdf', 'cv.pdf', EXE],
    ['HTML named cv.pdf', 'cv.pdf', HTML],
    ['a PNG named cv.pdf', 'cv.pdf', PNG],
    ['a spreadsheet named cv.docx', 'cv.docx', tinyXlsx()],
    ['a plain ZIP named cv.docx', 'cv.docx', zip([{ name: 'a.txt', content: 'a' }])],
  ])('refuses %s as file_type_not_allowed on field cv', (_, filename, data) => {
    const error = refusal(() => checkCv({ filename, data }));
    expect(error).toMatchObject({ kind: 'validation', code: 'file_type_not_allowed', message: 'Upload a PDF or Word (.docx) file' });
    expect(error.errors).toEqual([{ field: 'cv', message: 'Upload a PDF or Word (.docx) file' }]);
  });

  it('refuses an empty file', () => {
    expect(refusal(() => checkCv({ filename: 'cv.pdf', data: Buffer.alloc(0) })).code).toBe('file_type_not_allowed');
  });

  it('accepts exactly 10 MB and refuses one byte more, or a truncated upload, as file_too_large', () => {
    const pdf = tinyPdf();
    const padded = (size: number) => Buffer.concat([pdf.subarray(0, 20), Buffer.alloc(size - pdf.length, 0x20), pdf.subarray(20)]);
    expect(checkCv({ filename: 'cv.pdf', data: padded(CV_MAX_BYTES) }).type).toBe('pdf');
    const error = refusal(() => checkCv({ filename: 'cv.pdf', data: padded(CV_MAX_BYTES + 1) }));
    expect(error).toMatchObject({ kind: 'validation', code: 'file_too_large' });
    expect(error.errors[0]?.field).toBe('cv');
    expect(refusal(() => checkCv({ filename: 'cv.pdf', data: pdf, truncated: true })).code).toBe('file_too_large');
  });
});

describe('sanitiseFileName', () => {
  it.each([
    ['C:\\Users\\jan\\Documents\\cv.pdf', 'pdf', 'cv.pdf'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['cv\u202Efdp.exe', 'docx', 'cvfdp.docx'],
    ['line\r\nbreak\u0000.pdf', 'pdf', 'linebreak.pdf'],
    ['J. de Vries CV', 'pdf', 'J. de Vries CV.pdf'],
    ['.pdf', 'pdf', 'cv.pdf'],
    ['', 'docx', 'cv.docx'],
    ['  spaced   out  .docx ', 'docx', 'spaced out.docx'],
  ] as const)('%j (a %s) becomes %j', (input, type, expected) => {
    expect(sanitiseFileName(input, type)).toBe(expected);
  });

  it('keeps at most 200 characters, extension included, without splitting a character', () => {
    const name = sanitiseFileName(`${'😀'.repeat(300)}.pdf`, 'pdf');
    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith('😀.pdf')).toBe(true);
  });
});
