import type { EmploymentType, VacancyStatus } from '@kring/shared-domain';

export interface VacancyFilters {
  status?: VacancyStatus;
  employmentType?: EmploymentType;
  department?: string;
  location?: string;
  hardToFill?: boolean;
  q?: string;
  page: number;
  pageSize?: number;
}

export const vacancyKeys = {
  all: ['manage-vacancies'] as const,
  lists: () => [...vacancyKeys.all, 'list'] as const,
  list: (filters: VacancyFilters) => [...vacancyKeys.lists(), filters] as const,
  details: () => [...vacancyKeys.all, 'detail'] as const,
  detail: (id: string) => [...vacancyKeys.details(), id] as const,
};
