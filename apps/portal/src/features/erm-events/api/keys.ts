export type EventsWhen = 'upcoming' | 'past';

/** Query keys of the events feature. */
export const eventKeys = {
  all: ['erm-events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  list: (filters: { when: EventsWhen; page: number }) => [...eventKeys.lists(), filters] as const,
  details: () => [...eventKeys.all, 'detail'] as const,
  detail: (id: string) => [...eventKeys.details(), id] as const,
  invitations: (id: string) => [...eventKeys.detail(id), 'invitations'] as const,
  segments: () => [...eventKeys.all, 'segments'] as const,
  rsvp: (token: string) => [...eventKeys.all, 'rsvp', token] as const,
};
