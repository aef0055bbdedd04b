import { toApiProblem } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';
import type { EmployeeImport } from './types';

export interface UploadImportInput {
  file: File;
  offboardLeavers: boolean;
  offboardMissing: boolean;
}

/** Uploads the HR file as multipart/form-data; the server answers with the stored dry run. */
export async function uploadEmployeeImport(input: UploadImportInput): Promise<EmployeeImport> {
  const form = new FormData();
  form.append('offboardLeavers', String(input.offboardLeavers));
  form.append('offboardMissing', String(input.offboardMissing));
  form.append('file', input.file, input.file.name);
  const result = await api.POST('/api/employee-imports', {
    body: {} as never,
    bodySerializer: () => form,
  });
  if (result.error !== undefined || !result.response.ok) throw toApiProblem(result.error, result.response);
  return result.data;
}

export function useUploadEmployeeImport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadEmployeeImport, onSuccess: () => queryClient.invalidateQueries({ queryKey: offboardingKeys.imports() }) });
}
