import { CV_MAX_BYTES, DomainError, ErrorCodes } from '@kring/shared-domain';

export type CvType = 'pdf' | 'docx';

export const CV_CONTENT_TYPES: Record<CvType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const CV_FIELD = 'cv';
const NOT_ALLOWED = 'Upload a PDF or Word (.docx) file';
const ORIGINAL_NAME_MAX = 200;

/** What a valid CV upload turns into; type, content type and extension all follow the content. */
export interface CheckedCv {
  type: CvType;
  contentType: string;
  originalName: string;
}

/**
 * Refuses anything that is not a PDF or DOCX of 1 byte to CV_MAX_BYTES, judged by content only:
 * the file name and the declared MIME type are never trusted.
 */
export function checkCv(upload: { filename: string; data: Buffer; truncated?: boolean }): CheckedCv {
  if (upload.truncated || upload.data.length > CV_MAX_BYTES) {
    throw cvError(ErrorCodes.fileTooLarge, `The file is larger than ${CV_MAX_BYTES / 1024 / 1024} MB`);
  }
  if (upload.data.length === 0) throw cvError(ErrorCodes.fileTypeNotAllowed, `The file is empty. ${NOT_ALLOWED}`);
  const type = detectCvType(upload.data);
  if (!type) throw cvError(ErrorCodes.fileTypeNotAllowed, NOT_ALLOWED);
  return { type, contentType: CV_CONTENT_TYPES[type], originalName: sanitiseFileName(upload.filename, type) };
}

function cvError(code: string, message: string): DomainError {
  return new DomainError('validation', code, message, [{ field: CV_FIELD, message }]);
}

/** The type of a CV by its bytes, or null when it is neither a PDF nor a DOCX. */
export function detectCvType(data: Buffer): CvType | null {
  if (isPdf(data)) return 'pdf';
  if (isDocx(data)) return 'docx';
  return null;
}

/** A header `%PDF-<digit>` at offset 0 and an `%%EOF` marker in the last 1024 bytes (where readers look for it). */
function isPdf(data: Buffer): boolean {
  if (data.length < 16 || data.toString('latin1', 0, 5) !== '%PDF-') return false;
  if (data[5] < 0x30 || data[5] > 0x39) return false;
  return data.subarray(Math.max(0, data.length - 1024)).includes('%%EOF', 0, 'latin1');
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const MAX_COMMENT = 0xffff;

/**
 * A ZIP whose central directory lists `[Content_Types].xml` and `word/document.xml`, both pointing at
 * real local headers. Macro-enabled documents (`word/vbaProject.bin`, i.e. .docm) are refused.
 */
function isDocx(data: Buffer): boolean {
  if (data.length < EOCD_SIZE + 4 || data.readUInt32LE(0) !== LOCAL_HEADER) return false;
  const entries = centralDirectory(data);
  if (!entries) return false;
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (byName.has('word/vbaProject.bin')) return false;
  return ['[Content_Types].xml', 'word/document.xml'].every((name) => {
    const entry = byName.get(name);
    return entry !== undefined && entry.localHeaderOffset + 4 <= data.length && data.readUInt32LE(entry.localHeaderOffset) === LOCAL_HEADER;
  });
}

interface ZipEntry {
  name: string;
  localHeaderOffset: number;
}

/** Parses the end-of-central-directory record and walks every central directory entry; null when malformed. */
function centralDirectory(data: Buffer): ZipEntry[] | null {
  const eocd = findEndOfCentralDirectory(data);
  if (eocd < 0) return null;
  const disk = data.readUInt16LE(eocd + 4);
  const cdDisk = data.readUInt16LE(eocd + 6);
  const entriesOnDisk = data.readUInt16LE(eocd + 8);
  const total = data.readUInt16LE(eocd + 10);
  const size = data.readUInt32LE(eocd + 12);
  const offset = data.readUInt32LE(eocd + 16);
  // Multi-disk archives and ZIP64 (0xFFFF / 0xFFFFFFFF markers) never occur in a CV under 10 MB.
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== total || total === 0xffff || offset === 0xffffffff) return null;
  if (offset + size > eocd) return null;

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < total; i++) {
    if (at + CENTRAL_HEADER_SIZE > offset + size || data.readUInt32LE(at) !== CENTRAL_HEADER) return null;
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const localHeaderOffset = data.readUInt32LE(at + 42);
    const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > offset + size) return null;
    entries.push({ name: data.toString('utf8', at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength), localHeaderOffset });
    at = next;
  }
  return at === offset + size ? entries : null;
}

/** Searches backwards for the record whose comment length ends exactly at the end of the file. */
function findEndOfCentralDirectory(data: Buffer): number {
  const lowest = Math.max(0, data.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = data.length - EOCD_SIZE; at >= lowest; at--) {
    if (data.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY && at + EOCD_SIZE + data.readUInt16LE(at + 20) === data.length) return at;
  }
  return -1;
}

/** Control characters (C0, DEL, C1) and the bidirectional overrides used to disguise extensions. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A display name safe to store and show: no path, no control or bidi characters, at most 200
 * characters, and the extension of the detected type (`cv.docx` holding a PDF becomes `cv.pdf`).
 */
export function sanitiseFileName(filename: string, type: CvType): string {
  const base = filename.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
  const withoutExtension = cleaned.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/^[.\s]+|[.\s]+$/g, '');
  const extension = `.${type}`;
  const stem = Array.from(withoutExtension || 'cv').slice(0, ORIGINAL_NAME_MAX - extension.length).join('').trimEnd();
  return `${stem}${extension}`;
}
