import { inflateRawSync } from 'node:zlib';
import { CvReadError, ProfileErrorCodes } from './profiles.errors';

/** The part of a .docx that holds the body text. Headers, footers, comments and text boxes elsewhere are not read. */
const DOCUMENT_XML = 'word/document.xml';
/** Most word/document.xml may unpack to; a CV of a few pages is well under 1 MB of XML. */
export const DOCX_XML_MAX_BYTES = 8 * 1024 * 1024;
/** A higher compression ratio than this is refused before inflating (real documents stay far below 100:1). */
export const DOCX_MAX_RATIO = 200;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const EOCD_SIZE = 22;
const STORED = 0;
const DEFLATE = 8;
const ENCRYPTED_FLAG = 0x1;

interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/**
 * The text of a .docx, read from word/document.xml only, guarded against zip bombs: the declared size and the
 * compression ratio are checked before inflating, and inflation itself stops at {@link DOCX_XML_MAX_BYTES} whatever the
 * header claims. Nothing else in the archive is inflated. Throws {@link CvReadError}.
 */
export function readDocxText(data: Buffer, maxXmlBytes = DOCX_XML_MAX_BYTES): string {
  const entry = findEntry(data, DOCUMENT_XML);
  if (!entry) throw new CvReadError(ProfileErrorCodes.unreadable, 'The Word file has no readable document');
  if (entry.flags & ENCRYPTED_FLAG) throw new CvReadError(ProfileErrorCodes.encrypted, 'The Word file is password-protected');
  if (entry.size > maxXmlBytes || (entry.compressedSize > 0 && entry.size / entry.compressedSize > DOCX_MAX_RATIO)) {
    throw new CvReadError(ProfileErrorCodes.unpackedTooLarge, 'The Word file unpacks to more text than Kring reads');
  }
  const local = entry.localHeaderOffset;
  if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL_HEADER) {
    throw new CvReadError(ProfileErrorCodes.unreadable, 'The Word file is damaged');
  }
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  const packed = data.subarray(start, start + entry.compressedSize);
  if (packed.length !== entry.compressedSize) throw new CvReadError(ProfileErrorCodes.unreadable, 'The Word file is damaged');
  let xml: Buffer;
  if (entry.method === STORED) {
    xml = packed;
  } else if (entry.method === DEFLATE) {
    try {
      // maxOutputLength stops a lying header: inflation never produces more than the limit.
      xml = inflateRawSync(packed, { maxOutputLength: maxXmlBytes });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw new CvReadError(ProfileErrorCodes.unpackedTooLarge, 'The Word file unpacks to more text than Kring reads');
      }
      throw new CvReadError(ProfileErrorCodes.unreadable, 'The Word file is damaged');
    }
  } else {
    throw new CvReadError(ProfileErrorCodes.unreadable, 'The Word file uses an unsupported compression');
  }
  return documentXmlText(xml.toString('utf8'));
}

/** The central directory entry named `name`, or null (also for malformed archives). */
function findEntry(data: Buffer, name: string): Entry | null {
  const eocd = findEndOfCentralDirectory(data);
  if (eocd < 0) return null;
  const total = data.readUInt16LE(eocd + 10);
  const size = data.readUInt32LE(eocd + 12);
  const offset = data.readUInt32LE(eocd + 16);
  if (offset + size > eocd) return null;
  let at = offset;
  for (let i = 0; i < total; i++) {
    if (at + 46 > offset + size || data.readUInt32LE(at) !== CENTRAL_HEADER) return null;
    const nameLength = data.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (next > offset + size) return null;
    if (data.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      return {
        flags: data.readUInt16LE(at + 8),
        method: data.readUInt16LE(at + 10),
        compressedSize: data.readUInt32LE(at + 20),
        size: data.readUInt32LE(at + 24),
        localHeaderOffset: data.readUInt32LE(at + 42),
      };
    }
    at = next;
  }
  return null;
}

function findEndOfCentralDirectory(data: Buffer): number {
  const lowest = Math.max(0, data.length - EOCD_SIZE - 0xffff);
  for (let at = data.length - EOCD_SIZE; at >= lowest; at--) {
    if (data.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY && at + EOCD_SIZE + data.readUInt16LE(at + 20) === data.length) return at;
  }
  return -1;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return safeCodePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), whole);
    return ENTITIES[name] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/**
 * Plain text of WordprocessingML: the characters of `<w:t>` runs, a tab for `<w:tab/>`, a line break for `<w:br/>`
 * and `<w:cr/>`, and a newline after each paragraph (`</w:p>`). Everything else (styles, fields, drawings) is skipped.
 */
export function documentXmlText(xml: string): string {
  const out: string[] = [];
  let inText = false;
  const token = /<(\/?)([A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)\b[^>]*?(\/?)>|([^<]+)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(xml)) !== null) {
    const [, closing, prefix, local, selfClosing, chars] = match;
    if (chars !== undefined) {
      if (inText) out.push(decodeEntities(chars));
      continue;
    }
    if (prefix !== 'w:') continue;
    if (local === 't') inText = !closing && !selfClosing;
    else if (local === 'tab' && !closing) out.push('\t');
    else if ((local === 'br' || local === 'cr') && !closing) out.push('\n');
    else if (local === 'p' && (closing || selfClosing)) out.push('\n');
  }
  return out.join('');
}
