import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { jobAlertKeys } from './keys';
import type { JobAlertList } from './types';

export async function listMyJobAlerts(): Promise<JobAlertList> {
  return unwrap(await api.GET('/api/me/job-alerts'));
}

export const listMyJobAlertsQueryOptions = () => queryOptions({ queryKey: jobAlertKeys.mine(), queryFn: listMyJobAlerts });

export function useMyJobAlerts() {
  return useQuery(listMyJobAlertsQueryOptions());
}
