import type { ConsentState, Stage } from '@kring/shared-domain';

export interface ReferralFilters {
  stage?: Stage;
  consentState?: ConsentState;
  vacancyId?: string;
  programmeId?: string;
  q?: string;
  page: number;
  pageSize?: number;
}

/** HR's pipeline; distinct from a referrer's own referrals, which live under their own keys. */
export const referralKeys = {
  all: ['referrals', 'pipeline'] as const,
  lists: () => [...referralKeys.all, 'list'] as const,
  list: (filters: ReferralFilters) => [...referralKeys.lists(), filters] as const,
  details: () => [...referralKeys.all, 'detail'] as const,
  detail: (id: string) => [...referralKeys.details(), id] as const,
  refused: () => [...referralKeys.all, 'refused'] as const,
  stageNames: () => [...referralKeys.all, 'stage-names'] as const,
};
