import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { CV_MAX_BYTES, DomainError, ErrorCodes } from '@kring/shared-domain';
import { UploadedFile } from './uploaded-file';

/** Largest text field of a multipart form. */
export const FORM_FIELD_MAX_BYTES = 20 * 1024;

/**
 * Limits one byte (or one UTF-8 sequence) beyond what we accept, so busboy's silent truncation is
 * detectable: a file or field that reaches past its maximum is refused, never stored cut short.
 */
export const MULTIPART_LIMITS = {
  fileSize: CV_MAX_BYTES + 1,
  files: 1,
  fields: 30,
  fieldSize: FORM_FIELD_MAX_BYTES + 4,
  parts: 40,
} as const;

/**
 * Parses multipart/form-data bodies before validation so a controller's `@Body()` gets plain string
 * fields plus an UploadedFile per file field. Over-limit files and fields become domain errors
 * (file_too_large, validation_failed) that the problem filter answers with 400. Call before `app.init()`.
 */
export async function registerMultipart(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyMultipart, {
    limits: MULTIPART_LIMITS,
    throwFileSizeLimit: false,
    attachFieldsToBody: 'keyValues',
    onFile: bufferFile,
  });
  fastify.addHook('preValidation', async (request) => {
    if (request.isMultipart() && request.body && typeof request.body === 'object') {
      checkFields(request.body as Record<string, unknown>);
    }
  });
}

async function bufferFile(part: MultipartFile): Promise<void> {
  const data = await part.toBuffer();
  if (part.file.truncated || data.length > CV_MAX_BYTES) {
    const message = `The file is larger than ${CV_MAX_BYTES / 1024 / 1024} MB`;
    throw new DomainError('validation', ErrorCodes.fileTooLarge, message, [{ field: part.fieldname, message }]);
  }
  // A file input left empty is sent as a part without name or bytes: treat it as absent.
  const empty = data.length === 0 && !part.filename;
  const { fieldname, filename, mimetype } = part;
  // keyValues mode puts `part.value` into the body; null is removed again by checkFields.
  (part as unknown as { value: UploadedFile | null }).value = empty ? null : UploadedFile.of({ fieldname, filename, mimetype, data, truncated: false });
}

function checkFields(body: Record<string, unknown>): void {
  const tooLong: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (value === null) {
      delete body[key];
      continue;
    }
    const strings = Array.isArray(value) ? value : [value];
    if (strings.some((v) => typeof v === 'string' && Buffer.byteLength(v) > FORM_FIELD_MAX_BYTES)) tooLong.push(key);
  }
  if (tooLong.length > 0) {
    const message = `must be at most ${FORM_FIELD_MAX_BYTES / 1024} kB`;
    throw new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields', tooLong.map((field) => ({ field, message })));
  }
}
