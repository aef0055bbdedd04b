import { type components, throwIfProblem } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { rewardLedgerKeys } from './keys';
import { attachmentFileName, saveFile } from './save-file';

type CreatePayrollExportInput = components['schemas']['CreatePayrollExportInput'];
export type PayrollSeparator = CreatePayrollExportInput['separator'];

export const PAYROLL_SEPARATORS = [';', ','] as const satisfies readonly PayrollSeparator[];

export const payrollExportSchema = z.object({ separator: z.enum(PAYROLL_SEPARATORS) }) satisfies z.ZodType<
  CreatePayrollExportInput,
  unknown
>;

export interface PayrollExportFile {
  /** The batch id (`x-export-id`), to find the export again in the list. */
  exportId: string | null;
  fileName: string;
  blob: Blob;
}

/**
 * Exports every approved reward with money: the server marks them paid and answers with the CSV. The API client
 * sends the session cookie and the CSRF header; the body is read as bytes, so the CSV's BOM survives.
 */
export async function createPayrollExport(input: CreatePayrollExportInput): Promise<PayrollExportFile> {
  const result = await api.POST('/api/rewards/exports', { body: input, parseAs: 'blob' });
  throwIfProblem(result);
  const exportId = result.response.headers.get('x-export-id');
  return {
    exportId,
    fileName: attachmentFileName(result.response, `kring-payroll-${exportId ?? 'export'}.csv`),
    blob: result.data as Blob,
  };
}

/** Creates the export and hands the CSV to the browser to save. */
export function useCreatePayrollExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreatePayrollExportInput) => {
      const file = await createPayrollExport(input);
      saveFile(file.blob, file.fileName);
      return file;
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rewardLedgerKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: rewardLedgerKeys.exports() }),
      ]),
  });
}
