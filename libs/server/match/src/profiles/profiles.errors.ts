import { DomainError, ErrorCodes } from '@kring/shared-domain';

/**
 * Stable error codes of skills from a CV or a profile, local to this area until they move to ErrorCodes in
 * @kring/shared-domain. Clients may switch on these; never rename one. Type and size reuse the shared file codes, so a
 * client handles a too-large CV the same way everywhere.
 */
export const ProfileErrorCodes = {
  /** Neither a PDF nor a Word (.docx) file, judged by its bytes (never by name or declared type). */
  typeNotAllowed: ErrorCodes.fileTypeNotAllowed,
  /** Larger than CV_SKILLS_MAX_BYTES. */
  tooLarge: ErrorCodes.fileTooLarge,
  /** The file looks like a PDF or DOCX but cannot be read (damaged, or too complex to read within the limits). */
  unreadable: 'cv_unreadable',
  /** A password-protected PDF (or an encrypted entry in a DOCX). */
  encrypted: 'cv_encrypted',
  /** A DOCX whose text would unpack to more than the limit (a "zip bomb", or simply an enormous document). */
  unpackedTooLarge: 'cv_unpacked_too_large',
  /** The file holds no readable text (e.g. a scanned PDF: Kring does no OCR). */
  noText: 'cv_no_text',
} as const;

export type ProfileErrorCode = (typeof ProfileErrorCodes)[keyof typeof ProfileErrorCodes];

/** A refusal of the uploaded CV, answered as application/problem+json 400 with the `cv` field named. */
export function cvError(code: ProfileErrorCode, message: string): DomainError {
  return new DomainError('validation', code, message, [{ field: 'cv', message }]);
}

/** Thrown by the text readers (no HTTP knowledge); the service turns it into a {@link cvError}. */
export class CvReadError extends Error {
  constructor(
    readonly code: ProfileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CvReadError';
  }
}
