import type { EmploymentType } from '@kring/shared-domain';

export interface OpenVacancyFilters {
  q?: string;
  department?: string;
  location?: string;
  employmentType?: EmploymentType;
  page: number;
}

export const openVacancyKeys = {
  all: ['openVacancies'] as const,
  lists: () => [...openVacancyKeys.all, 'list'] as const,
  list: (filters: OpenVacancyFilters) => [...openVacancyKeys.lists(), filters] as const,
  details: () => [...openVacancyKeys.all, 'detail'] as const,
  detail: (id: string) => [...openVacancyKeys.details(), id] as const,
};
