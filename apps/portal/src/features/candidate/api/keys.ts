export const candidateReferralKeys = {
  all: ['candidateReferral'] as const,
  lookups: () => [...candidateReferralKeys.all, 'lookup'] as const,
  lookup: (token: string) => [...candidateReferralKeys.lookups(), token] as const,
  /** The answers that use up the link (consent, decline), for useMutationState; and the matching withdrawal. */
  answers: () => [...candidateReferralKeys.all, 'answer'] as const,
  answer: (kind: 'consent' | 'decline') => [...candidateReferralKeys.answers(), kind] as const,
  withdrawMatching: () => [...candidateReferralKeys.all, 'withdrawMatching'] as const,
};
