import type { SegmentFilter } from './types';

export interface PeopleListParams extends SegmentFilter {
  q?: string;
  page: number;
}

export const peopleKeys = {
  all: ['erm-people'] as const,
  lists: () => [...peopleKeys.all, 'list'] as const,
  list: (params: PeopleListParams) => [...peopleKeys.lists(), params] as const,
  details: () => [...peopleKeys.all, 'detail'] as const,
  detail: (id: string) => [...peopleKeys.details(), id] as const,
  timelines: () => [...peopleKeys.all, 'timeline'] as const,
  timeline: (id: string, page: number) => [...peopleKeys.timelines(), id, page] as const,
};

export const segmentKeys = {
  all: ['erm-segments'] as const,
  lists: () => [...segmentKeys.all, 'list'] as const,
  details: () => [...segmentKeys.all, 'detail'] as const,
  detail: (id: string) => [...segmentKeys.details(), id] as const,
  people: (id: string, page: number) => [...segmentKeys.detail(id), 'people', page] as const,
  previews: () => [...segmentKeys.all, 'preview'] as const,
  preview: (filter: SegmentFilter) => [...segmentKeys.previews(), filter] as const,
  pools: () => [...segmentKeys.all, 'pools'] as const,
};
