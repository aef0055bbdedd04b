import { type components, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { rewardRuleKeys } from './keys';

export type RewardRule = components['schemas']['RewardRuleOutput'];
export type MilestoneTrigger = components['schemas']['MilestoneTrigger'];
export type RewardAudience = components['schemas']['RewardAudience'];

export const MILESTONE_TRIGGERS = ['hired', 'started', 'probation_passed', 'days_after_start'] as const satisfies readonly MilestoneTrigger[];
export const REWARD_AUDIENCES = ['employee', 'alumnus', 'external_referrer'] as const satisfies readonly RewardAudience[];

/** Every version of the programme's rules, current and closed (the history). */
export async function listRewardRules(programmeId: string): Promise<RewardRule[]> {
  return unwrap(await api.GET('/api/rewards/rules', { params: { query: { programmeId } } }));
}

export const listRewardRulesQueryOptions = (programmeId: string) =>
  queryOptions({ queryKey: rewardRuleKeys.list(programmeId), queryFn: () => listRewardRules(programmeId) });

export function useRewardRules(programmeId: string) {
  return useQuery(listRewardRulesQueryOptions(programmeId));
}
