/** Reward rule versions per programme (the programme default and its per-vacancy overrides). */
export const rewardRuleKeys = {
  all: ['rewards', 'rules'] as const,
  lists: () => [...rewardRuleKeys.all, 'list'] as const,
  list: (programmeId: string) => [...rewardRuleKeys.lists(), { programmeId }] as const,
};
