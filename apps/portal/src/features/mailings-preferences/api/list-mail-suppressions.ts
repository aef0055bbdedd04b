import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mailPreferencesKeys } from './keys';
import type { SuppressionList } from './types';

export const SUPPRESSIONS_PAGE_SIZE = 25;

export async function listMailSuppressions(page: number, q: string): Promise<SuppressionList> {
  const query = { limit: SUPPRESSIONS_PAGE_SIZE, offset: (page - 1) * SUPPRESSIONS_PAGE_SIZE, ...(q ? { q } : {}) };
  return unwrap(await api.GET('/api/mailings/suppressions', { params: { query } }));
}

export const listMailSuppressionsQueryOptions = (page: number, q: string) =>
  queryOptions({ queryKey: mailPreferencesKeys.suppressionPage(page, q), queryFn: () => listMailSuppressions(page, q) });

export function useMailSuppressions(page: number, q: string) {
  return useQuery({ ...listMailSuppressionsQueryOptions(page, q), placeholderData: keepPreviousData });
}
