/** The charities HR lists (active and inactive); referrers read theirs under myRewardKeys. */
export const charityKeys = {
  all: ['charities'] as const,
  lists: () => [...charityKeys.all, 'list'] as const,
  list: () => [...charityKeys.lists(), {}] as const,
};
