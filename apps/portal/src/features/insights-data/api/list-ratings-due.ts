import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDataKeys, PAGE_SIZE } from './keys';
import type { RatingsDue } from './types';

/** Hires whose 6- or 12-month quality rating is due (for HR: every hire). */
export async function listRatingsDue(page: number): Promise<RatingsDue> {
  return unwrap(await api.GET('/api/insights/ratings/due', { params: { query: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } } }));
}

export const listRatingsDueQueryOptions = (page: number) =>
  queryOptions({ queryKey: insightsDataKeys.ratingsDuePage(page), queryFn: () => listRatingsDue(page) });

export function useRatingsDue(page: number) {
  return useQuery({ ...listRatingsDueQueryOptions(page), placeholderData: keepPreviousData });
}
