import type { UserStatus } from '@kring/api-client';

export interface UserFilters {
  status?: UserStatus;
  q?: string;
  page: number;
}

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (filters: UserFilters) => [...userKeys.lists(), filters] as const,
};
