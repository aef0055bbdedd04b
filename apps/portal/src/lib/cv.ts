import { isApiProblem } from '@kring/api-client';
import { checkCvFile, CV_EXTENSIONS } from '@kring/shared-domain';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';

/** What the file picker offers: PDF and Word (.docx), by extension and by type. */
export const CV_ACCEPT = [
  ...CV_EXTENSIONS,
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');

/** An optional CV, checked on name and size before uploading (the server judges the content). Messages are `problems.<code>`. */
export const cvFileSchema = z
  .instanceof(File)
  .nullable()
  .superRefine((file, ctx) => {
    const problem = file ? checkCvFile(file) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: `problems.${problem}` });
  });

const CV_PROBLEM_CODES = new Set(['file_too_large', 'file_type_not_allowed']);

/** Puts the server refusing the CV on the form's `cv` field; false for any other problem. */
export function placeCvProblem<T extends FieldValues & { cv: unknown }>(error: unknown, setError: UseFormSetError<T>): boolean {
  if (!isApiProblem(error) || !CV_PROBLEM_CODES.has(error.code)) return false;
  setError('cv' as Path<T>, { type: 'server', message: `problems.${error.code}` }, { shouldFocus: true });
  return true;
}

/** A multipart body of string fields and the CV. The browser sets the content type with its boundary. */
export function cvFormData(fields: object, cv: File | null): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined && value !== null) form.append(name, String(value));
  }
  if (cv) form.append('cv', cv, cv.name);
  return form;
}
