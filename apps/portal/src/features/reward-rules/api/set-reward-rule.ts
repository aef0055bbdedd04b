import { type components, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { rewardRuleKeys } from './keys';
import { MILESTONE_TRIGGERS, REWARD_AUDIENCES, type RewardAudience, type RewardRule } from './list-reward-rules';

type SetRewardRuleInput = components['schemas']['SetRewardRuleInput'];
type MilestoneInput = components['schemas']['MilestoneInput'];

/** The server's ceilings (set-reward-rule.input.ts): € 100.000 and 1.000.000 points per milestone. */
export const MAX_REWARD_EUROS = 100_000;
export const MAX_REWARD_POINTS = 1_000_000;
export const MAX_MILESTONES = 10;
const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** A NumberInput's value: a number, '' when empty, or a string while typing ("12,"). */
const numberish = z.union([z.number(), z.string()]);

function toNumber(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  const text = value.trim().replace(/\s/g, '');
  if (text === '') return null;
  // Dutch input: "1.250,50" → 1250.5; a lone comma is the decimal mark.
  const normalised = text.includes(',') ? text.replace(/\./g, '').replace(',', '.') : text;
  return Number(normalised);
}

/** Euros as typed → whole cents; empty → undefined. */
const euros = numberish.transform((value, ctx) => {
  const parsed = toNumber(value);
  if (parsed === null) return undefined;
  const cents = Math.round(parsed * 100);
  if (!Number.isFinite(parsed) || parsed < 0 || parsed > MAX_REWARD_EUROS || Math.abs(cents - parsed * 100) > 1e-6) {
    ctx.addIssue({ code: 'custom', message: 'rewardRules.validation.money' });
    return z.NEVER;
  }
  return cents;
});

const points = numberish.transform((value, ctx) => {
  const parsed = toNumber(value);
  if (parsed === null) return undefined;
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > MAX_REWARD_POINTS) {
    ctx.addIssue({ code: 'custom', message: 'rewardRules.validation.points' });
    return z.NEVER;
  }
  return parsed;
});

const amount = z.object({ money: euros, points });

const milestone = z
  .object({
    key: z.string().trim().regex(KEY_PATTERN, { error: 'rewardRules.validation.key' }),
    label: z.string().trim().max(80, { error: 'validation.tooLong' }),
    trigger: z.enum(MILESTONE_TRIGGERS),
    days: numberish,
    amounts: z.object({ employee: amount, alumnus: amount, external_referrer: amount }),
  })
  .transform((value, ctx): MilestoneInput => {
    let days: number | undefined;
    if (value.trigger === 'days_after_start') {
      const parsed = toNumber(value.days);
      if (parsed === null || !Number.isInteger(parsed) || parsed < 1 || parsed > 3650) {
        ctx.addIssue({ code: 'custom', path: ['days'], message: 'rewardRules.validation.days' });
        return z.NEVER;
      }
      days = parsed;
    }
    const amounts: MilestoneInput['amounts'] = {};
    for (const audience of REWARD_AUDIENCES) {
      const { money, points: audiencePoints } = value.amounts[audience];
      if (money || audiencePoints) {
        amounts[audience] = { ...(money ? { money } : {}), ...(audiencePoints ? { points: audiencePoints } : {}) };
      }
    }
    if (Object.keys(amounts).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['amounts'], message: 'rewardRules.validation.amountRequired' });
      return z.NEVER;
    }
    return {
      key: value.key,
      ...(value.label ? { label: value.label } : {}),
      trigger: value.trigger,
      ...(days !== undefined ? { days } : {}),
      amounts,
    };
  });

/**
 * The rule editor, mirroring the server's rules (reward-rules.service.ts): 1–10 milestones with unique keys, days only
 * (and required) with `days_after_start`, money in euros sent as cents, at least one audience paid per milestone.
 */
export const rewardRuleFormSchema = z
  .object({
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine((value) => value === '' || /^[A-Z]{3}$/.test(value), { error: 'rewardRules.validation.currency' }),
    milestones: z.array(milestone).min(1, { error: 'rewardRules.validation.milestonesRequired' }).max(MAX_MILESTONES),
    hardToFillKind: z.enum(['none', 'bonus', 'multiplier']),
    hardToFillValue: numberish,
    conditions: z.object({ referrerActive: z.boolean(), hireEmployed: z.boolean(), excludeHiringTeam: z.boolean() }),
  })
  .transform((values, ctx): Omit<SetRewardRuleInput, 'programmeId' | 'vacancyId'> => {
    const seen = new Set<string>();
    values.milestones.forEach((item, index) => {
      if (seen.has(item.key)) ctx.addIssue({ code: 'custom', path: ['milestones', index, 'key'], message: 'rewardRules.validation.keyTaken' });
      seen.add(item.key);
    });
    let hardToFill: SetRewardRuleInput['hardToFill'] = null;
    if (values.hardToFillKind !== 'none') {
      const parsed = toNumber(values.hardToFillValue);
      if (values.hardToFillKind === 'bonus') {
        const cents = parsed === null ? Number.NaN : Math.round(parsed * 100);
        if (parsed === null || !(parsed > 0) || parsed > MAX_REWARD_EUROS || Math.abs(cents - parsed * 100) > 1e-6) {
          ctx.addIssue({ code: 'custom', path: ['hardToFillValue'], message: 'rewardRules.validation.money' });
        } else {
          hardToFill = { kind: 'bonus', value: cents };
        }
      } else if (parsed === null || !(parsed >= 1 && parsed <= 10) || Math.abs(Math.round(parsed * 100) - parsed * 100) > 1e-6) {
        ctx.addIssue({ code: 'custom', path: ['hardToFillValue'], message: 'rewardRules.validation.multiplier' });
      } else {
        hardToFill = { kind: 'multiplier', value: parsed };
      }
    }
    return {
      ...(values.currency ? { currency: values.currency } : {}),
      milestones: values.milestones,
      hardToFill,
      conditions: values.conditions,
    };
  });
export type RewardRuleFormValues = z.input<typeof rewardRuleFormSchema>;
export type RewardRuleFormOutput = z.output<typeof rewardRuleFormSchema>;
export type MilestoneFormValues = RewardRuleFormValues['milestones'][number];

const emptyAmounts = (): MilestoneFormValues['amounts'] => ({
  employee: { money: '', points: '' },
  alumnus: { money: '', points: '' },
  external_referrer: { money: '', points: '' },
});

export function newMilestone(index: number): MilestoneFormValues {
  return { key: `mijlpaal-${index + 1}`, label: '', trigger: 'probation_passed', days: '', amounts: emptyAmounts() };
}

/** The form's values for a version (a new rule starts with one milestone after probation). */
export function ruleFormValues(rule: RewardRule | undefined): RewardRuleFormValues {
  if (!rule) {
    return {
      currency: '',
      milestones: [newMilestone(0)],
      hardToFillKind: 'none',
      hardToFillValue: '',
      conditions: { referrerActive: true, hireEmployed: true, excludeHiringTeam: true },
    };
  }
  const audienceValues = (audience: RewardAudience, amounts: RewardRule['milestones'][number]['amounts']) => {
    const value = amounts[audience];
    return { money: value?.money !== undefined ? value.money / 100 : '', points: value?.points ?? '' };
  };
  return {
    currency: rule.currency,
    milestones: rule.milestones.map((item) => ({
      key: item.key,
      label: item.label ?? '',
      trigger: item.trigger,
      days: item.days ?? '',
      amounts: {
        employee: audienceValues('employee', item.amounts),
        alumnus: audienceValues('alumnus', item.amounts),
        external_referrer: audienceValues('external_referrer', item.amounts),
      },
    })),
    hardToFillKind: rule.hardToFill?.kind ?? 'none',
    hardToFillValue: rule.hardToFill ? (rule.hardToFill.kind === 'bonus' ? rule.hardToFill.value / 100 : rule.hardToFill.value) : '',
    conditions: { ...rule.conditions },
  };
}

export async function setRewardRule(input: SetRewardRuleInput): Promise<RewardRule> {
  return unwrap(await api.PUT('/api/rewards/rules', { body: input }));
}

export function useSetRewardRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setRewardRule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rewardRuleKeys.lists() }),
  });
}
