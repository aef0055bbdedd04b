import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';
import type { HireImport } from './types';

/** Writes the valid rows in one transaction (upsert by ATS reference); the answer says how many were created/updated. */
export async function applyHireImport(id: string): Promise<HireImport> {
  return unwrap(await api.POST('/api/insights/hire-imports/{id}/apply', { params: { path: { id } } }));
}

export function useApplyHireImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyHireImport,
    onSuccess: (data) => {
      queryClient.setQueryData(insightsDataKeys.importDetail(data.id), data);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: insightsDataKeys.imports(), exact: true }),
        queryClient.invalidateQueries({ queryKey: insightsDataKeys.hires() }),
        queryClient.invalidateQueries({ queryKey: insightsDataKeys.ratingsDue() }),
      ]);
    },
  });
}
