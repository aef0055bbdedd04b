import type { ProgrammeKind, ProgrammeStatus } from './types';

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
