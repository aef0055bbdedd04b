/**
 * Small, real CV files for the CV-skills tests, built in code so every byte is explained: a one-page PDF with text in
 * Helvetica, a password-protected PDF (standard security handler, RC4 40-bit, revision 2), a PDF without text (like a
 * scan), a minimal .docx, and .docx "zip bombs" (an honest one and one whose header lies about the size).
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, deflateSync } from 'node:zlib';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** A PDF from indirect objects (1-based), with a correct xref table; `trailerExtra` goes into the trailer dictionary. */
function assemblePdf(objects: Buffer[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([latin1(`${i + 1} 0 obj\n`), body, latin1('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(latin1(xref));
  return Buffer.concat(parts);
}

const escapePdfString = (s: string) => s.replace(/[()\\]/g, (c) => `\\${c}`);

function textContent(lines: string[]): string {
  return lines.length ? `BT /F1 11 Tf 60 760 Td 14 TL ${lines.map((l) => `(${escapePdfString(l)}) Tj T*`).join(' ')} ET` : '';
}

function pageObjects(content: Buffer, extraStream = ''): Buffer[] {
  return [
    latin1('<< /Type /Catalog /Pages 2 0 R >>'),
    latin1('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    latin1('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>'),
    latin1('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    Buffer.concat([latin1(`<< /Length ${content.length} ${extraStream}>>\nstream\n`), content, latin1('\nendstream')]),
  ];
}

/** A one-page PDF whose text lines (Latin-1) are drawn in Helvetica. */
export function pdfWithText(lines: string[]): Buffer {
  return assemblePdf(pageObjects(latin1(textContent(lines))));
}

/**
 * A "PDF bomb": one page whose content stream is `megabytes` MB of spaces, deflated (≈ 1 kB per MB on the wire).
 * With `hex`, the deflated bytes are also ASCII-hex encoded (/Filter [/ASCIIHexDecode /FlateDecode]), which Kring's
 * pre-check does not inflate, so only the worker's memory watchdog can stop it.
 */
export function pdfBomb(megabytes: number, { hex = false } = {}): Buffer {
  // A zlib stream (header, deflate data, Adler-32), which is what /FlateDecode means.
  const zlibStream = deflateSync(Buffer.alloc(megabytes * 1024 * 1024, 0x20), { level: 9 });
  const body = hex ? latin1(`${zlibStream.toString('hex')}>`) : zlibStream;
  const objects = pageObjects(body, hex ? '/Filter [/ASCIIHexDecode /FlateDecode] ' : '/Filter /FlateDecode ');
  return assemblePdf(objects);
}

/** A PDF with a page but no text at all (what a scanned CV looks like to a text reader). */
export function pdfWithoutText(): Buffer {
  return assemblePdf(pageObjects(latin1('0.9 g 60 60 400 600 re f')));
}

const PASSWORD_PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const padPassword = (password: string) => Buffer.concat([latin1(password), PASSWORD_PAD]).subarray(0, 32);
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

/**
 * A PDF that needs a user password to open (PDF 1.4 standard security handler, /V 1 /R 2: RC4 with a 40-bit key,
 * algorithms 3.1–3.4 of the PDF reference). Its content stream is really encrypted.
 */
export function encryptedPdf(lines: string[], userPassword = 'geheim', ownerPassword = 'eigenaar'): Buffer {
  const id = createHash('md5').update('kring-test-encrypted-pdf').digest();
  const permissions = -44;
  const o = rc4(md5(padPassword(ownerPassword)).subarray(0, 5), padPassword(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padPassword(userPassword), o, p, id).subarray(0, 5);
  const u = rc4(key, PASSWORD_PAD);
  const objectKey = (num: number) => md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const objects = pageObjects(rc4(objectKey(5), latin1(textContent(lines))));
  objects.push(latin1(`<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${permissions} >>`));
  return assemblePdf(objects, `/Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] `);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipFileSpec {
  name: string;
  data: Buffer;
  /** Write this as the uncompressed size instead of the real one (to build archives that lie). */
  declaredSize?: number;
}

/** A ZIP archive (deflate) with a correct central directory, as Word writes them. */
export function zip(files: ZipFileSpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const packed = deflateRawSync(file.data);
    const crc = crc32(file.data);
    const size = file.declaredSize ?? file.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** word/document.xml with one paragraph per line; each line is split over two runs, as Word often does. */
export function documentXml(paragraphs: string[]): string {
  const body = paragraphs
    .map((p) => {
      const cut = Math.floor(p.length / 2);
      return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p.slice(0, cut))}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>${escapeXml(p.slice(cut))}</w:t></w:r></w:p>`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    body +
    '</w:body></w:document>'
  );
}

/** A minimal valid .docx ([Content_Types].xml, _rels/.rels, word/document.xml). */
export function docxWithText(paragraphs: string[], documentOverride?: Partial<ZipFileSpec>): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: Buffer.from(documentXml(paragraphs)), ...documentOverride },
  ]);
}

/** A .docx whose word/document.xml unpacks to `megabytes` MB (honestly declared): a few tens of kB on the wire. */
export function docxBomb(megabytes: number, declaredSize?: number): Buffer {
  const head = Buffer.from(documentXml(['Java-ontwikkelaar']).replace('</w:body>', '<w:p><w:r><w:t>'));
  const filler = Buffer.alloc(megabytes * 1024 * 1024, 'a');
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  return docxWithText([], { data: Buffer.concat([head, filler, tail]), declaredSize });
}
