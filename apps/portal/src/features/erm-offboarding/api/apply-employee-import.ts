import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';
import type { EmployeeImport } from './types';

export async function applyEmployeeImport(id: string): Promise<EmployeeImport> {
  return unwrap(await api.POST('/api/employee-imports/{id}/apply', { params: { path: { id } } }));
}

export function useApplyEmployeeImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyEmployeeImport,
    onSuccess: (data) => {
      queryClient.setQueryData(offboardingKeys.importDetail(data.id), data);
      return queryClient.invalidateQueries({ queryKey: offboardingKeys.imports() });
    },
  });
}
