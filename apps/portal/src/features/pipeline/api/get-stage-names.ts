import { type StageNames, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { referralKeys } from './keys';

export async function getStageNames(): Promise<StageNames> {
  return unwrap(await api.GET('/api/pipeline/stage-names'));
}

export const getStageNamesQueryOptions = () =>
  queryOptions({ queryKey: referralKeys.stageNames(), queryFn: getStageNames, staleTime: 5 * 60_000 });

export function useStageNames() {
  return useQuery(getStageNamesQueryOptions());
}
