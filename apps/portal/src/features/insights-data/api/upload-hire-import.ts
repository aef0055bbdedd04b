import { toApiProblem } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';
import type { HireImport } from './types';

/** Uploads the ATS export as multipart/form-data; the server answers with the stored dry run (nothing changes yet). */
export async function uploadHireImport(file: File): Promise<HireImport> {
  const form = new FormData();
  form.append('file', file, file.name);
  const result = await api.POST('/api/insights/hire-imports', { body: {} as never, bodySerializer: () => form });
  if (result.error !== undefined || !result.response.ok) throw toApiProblem(result.error, result.response);
  return result.data;
}

export function useUploadHireImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadHireImport,
    onSuccess: (data) => {
      queryClient.setQueryData(insightsDataKeys.importDetail(data.id), data);
      return queryClient.invalidateQueries({ queryKey: insightsDataKeys.imports(), exact: true });
    },
  });
}
