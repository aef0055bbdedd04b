import { type components, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { pointsKeys } from './keys';

export type MyPoints = components['schemas']['MyPointsOutput'];
export type PointsEvent = components['schemas']['PointsEventOutput'];

export async function getMyPoints(): Promise<MyPoints> {
  return unwrap(await api.GET('/api/my/points'));
}

export const getMyPointsQueryOptions = () => queryOptions({ queryKey: pointsKeys.mine(), queryFn: getMyPoints });

export function useMyPoints() {
  return useQuery(getMyPointsQueryOptions());
}
