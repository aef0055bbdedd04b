import { isApiProblem } from '@kring/api-client';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/**
 * Puts the server's field errors (problem+json `errors[]`) on the form's fields, also when the API names a field
 * differently (`amountCents` is the `amount` field). A taken ATS reference gets a translated message.
 * Returns true when every field error found a field; otherwise the caller shows a general alert too.
 */
export function placeFieldErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
  aliases: Readonly<Record<string, Path<T>>> = {},
): boolean {
  if (!isApiProblem(error) || error.fieldErrors.length === 0) return false;
  let allPlaced = true;
  let focused = false;
  for (const fieldError of error.fieldErrors) {
    const field = aliases[fieldError.field] ?? fields.find((name) => name === fieldError.field);
    if (!field) {
      allPlaced = false;
      continue;
    }
    const message = error.code === 'external_ref_taken' && field === 'externalRef' ? 'insightsData.errors.externalRefTaken' : fieldError.message;
    setError(field, { type: 'server', message }, { shouldFocus: !focused });
    focused = true;
  }
  return allPlaced;
}
