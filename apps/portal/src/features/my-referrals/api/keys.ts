export const myReferralKeys = {
  all: ['myReferrals'] as const,
  lists: () => [...myReferralKeys.all, 'list'] as const,
  list: () => [...myReferralKeys.lists(), {}] as const,
};
