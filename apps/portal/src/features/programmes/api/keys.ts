import type { ProgrammeStatus } from '@kring/api-client';
import type { ProgrammeKind } from '@kring/shared-domain';

export interface ProgrammeFilters {
  status?: ProgrammeStatus;
  kind?: ProgrammeKind;
  page: number;
}

export const programmeKeys = {
  all: ['programmes'] as const,
  lists: () => [...programmeKeys.all, 'list'] as const,
  list: (filters: ProgrammeFilters) => [...programmeKeys.lists(), filters] as const,
  details: () => [...programmeKeys.all, 'detail'] as const,
  detail: (id: string) => [...programmeKeys.details(), id] as const,
};
