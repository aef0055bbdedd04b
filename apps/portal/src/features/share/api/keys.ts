export const shareLinkKeys = {
  all: ['shareLinks'] as const,
  details: () => [...shareLinkKeys.all, 'detail'] as const,
  detail: (vacancyId: string) => [...shareLinkKeys.details(), vacancyId] as const,
};
