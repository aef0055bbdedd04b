import { type components, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { rewardLedgerKeys } from './keys';

export type PayrollExport = components['schemas']['PayrollExportOutput'];

export async function listPayrollExports(): Promise<PayrollExport[]> {
  return unwrap(await api.GET('/api/rewards/exports'));
}

export const listPayrollExportsQueryOptions = () =>
  queryOptions({ queryKey: rewardLedgerKeys.exports(), queryFn: listPayrollExports });

export function usePayrollExports() {
  return useQuery(listPayrollExportsQueryOptions());
}
