/** A referrer's own rewards and the charities they may donate them to. */
export const myRewardKeys = {
  all: ['myRewards'] as const,
  lists: () => [...myRewardKeys.all, 'list'] as const,
  list: () => [...myRewardKeys.lists(), {}] as const,
  charities: () => [...myRewardKeys.all, 'charities'] as const,
};
