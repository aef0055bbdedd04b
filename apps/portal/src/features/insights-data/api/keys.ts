import type { HireChannel, HireSource, OfferOutcome } from './types';

/** Filters of the cost, hire and offer lists (page is 1-based). */
export interface CostListParams {
  channel?: HireChannel;
  from?: string;
  to?: string;
  page: number;
}
export interface HireListParams extends CostListParams {
  source?: HireSource;
}
export interface OfferListParams extends CostListParams {
  outcome?: OfferOutcome;
}

/** Query keys of HR's recruitment data: hires (ratings change them), costs, offers, ratings due and imports. */
export const insightsDataKeys = {
  all: ['insights-data'] as const,
  hires: () => [...insightsDataKeys.all, 'hires'] as const,
  hireList: (params: HireListParams) => [...insightsDataKeys.hires(), 'list', params] as const,
  costs: () => [...insightsDataKeys.all, 'costs'] as const,
  costList: (params: CostListParams) => [...insightsDataKeys.costs(), params] as const,
  offers: () => [...insightsDataKeys.all, 'offers'] as const,
  offerList: (params: OfferListParams) => [...insightsDataKeys.offers(), params] as const,
  ratingsDue: () => [...insightsDataKeys.all, 'ratings-due'] as const,
  ratingsDuePage: (page: number) => [...insightsDataKeys.ratingsDue(), page] as const,
  imports: () => [...insightsDataKeys.all, 'imports'] as const,
  importDetail: (id: string) => [...insightsDataKeys.imports(), id] as const,
  programmes: () => [...insightsDataKeys.all, 'programmes'] as const,
};

/** Page size of every list on these pages (the API allows at most 100). */
export const PAGE_SIZE = 25;

/** `limit`/`offset` and the filters that are set, as the list endpoints take them. */
export function listQuery<T extends { page: number }>(params: T): Omit<T, 'page'> & { limit: number; offset: number } {
  const { page, ...filters } = params;
  const set = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as Omit<T, 'page'>;
  return { ...set, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
}
