export const candidateReferralKeys = {
  all: ['candidateReferral'] as const,
  lookups: () => [...candidateReferralKeys.all, 'lookup'] as const,
  lookup: (token: string) => [...candidateReferralKeys.lookups(), token] as const,
};
