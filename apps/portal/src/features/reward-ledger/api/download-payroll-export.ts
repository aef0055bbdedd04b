import { throwIfProblem } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { PayrollExport } from './list-payroll-exports';
import { attachmentFileName, saveFile } from './save-file';

/** The same bytes as the first download; changes nothing (the server audits the download). */
export async function downloadPayrollExport(batch: Pick<PayrollExport, 'id' | 'fileName'>): Promise<void> {
  const result = await api.GET('/api/rewards/exports/{id}', { params: { path: { id: batch.id } }, parseAs: 'blob' });
  throwIfProblem(result);
  saveFile(result.data as Blob, attachmentFileName(result.response, batch.fileName));
}

export function useDownloadPayrollExport() {
  return useMutation({ mutationFn: downloadPayrollExport });
}
