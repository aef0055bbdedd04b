import { isApiProblem } from '@kring/api-client';
import type { UseFormSetError } from 'react-hook-form';
import { applyServerFieldErrors } from '../../../lib/problems';
import type { CreateTalentPoolValues } from '../api/create-talent-pool';

/** A taken name gets our own translated message on the name field; other field errors are placed as sent. */
export function placePoolProblem(error: unknown, setError: UseFormSetError<CreateTalentPoolValues>): boolean {
  if (isApiProblem(error) && error.code === 'talent_pool_name_taken') {
    setError('name', { type: 'server', message: 'ermPools.errors.nameTaken' }, { shouldFocus: true });
    return true;
  }
  return applyServerFieldErrors(error, ['name', 'description'], setError);
}
