import { type components, unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type LeaderboardFilters, pointsKeys } from './keys';

export type Leaderboard = components['schemas']['LeaderboardOutput'];
export type LeaderboardEntry = components['schemas']['LeaderboardEntryOutput'];

export const LEADERBOARD_SIZE = 10;

export async function getLeaderboard(filters: LeaderboardFilters): Promise<Leaderboard> {
  const query = {
    ...(filters.programmeId ? { programmeId: filters.programmeId } : {}),
    ...(filters.department ? { department: filters.department } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    limit: LEADERBOARD_SIZE,
  };
  return unwrap(await api.GET('/api/points/leaderboard', { params: { query } }));
}

export const getLeaderboardQueryOptions = (filters: LeaderboardFilters) =>
  queryOptions({ queryKey: pointsKeys.leaderboard(filters), queryFn: () => getLeaderboard(filters) });

export function useLeaderboard(filters: LeaderboardFilters) {
  return useQuery({ ...getLeaderboardQueryOptions(filters), placeholderData: keepPreviousData });
}
