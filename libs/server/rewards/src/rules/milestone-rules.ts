import type { Role } from '@kring/shared-domain';
import { addDays, addMonths } from '../scheduling/business-date';
import type { HardToFill, Milestone, RewardAudience, RewardConditions, SystemCancelReason } from './reward-rule';

export interface HireFacts {
  /** Amsterdam day HR recorded the hire. */
  hiredOn: string;
  startDate: string;
  probationMonths: number;
}

/** The day a milestone falls due for a hire. */
export function dueOn(milestone: Pick<Milestone, 'trigger' | 'days'>, hire: HireFacts): string {
  switch (milestone.trigger) {
    case 'hired':
      return hire.hiredOn;
    case 'started':
      return hire.startDate;
    case 'probation_passed':
      return addMonths(hire.startDate, hire.probationMonths);
    case 'days_after_start':
      return addDays(hire.startDate, milestone.days ?? 0);
  }
}

/** The audience whose amounts apply: employees (HR admins count as employees), else alumni, else external. */
export function audienceOf(roles: readonly Role[]): RewardAudience {
  if (roles.includes('employee') || roles.includes('hr_admin')) return 'employee';
  if (roles.includes('alumnus')) return 'alumnus';
  return 'external_referrer';
}

/**
 * Money and points of one milestone for one audience. For a vacancy that was hard to fill at submission a
 * bonus adds cents to every milestone that pays money to the audience; a multiplier multiplies money and
 * points (rounded half up to whole cents and points).
 */
export function amountOf(milestone: Milestone, audience: RewardAudience, hardToFill: HardToFill | null, vacancyHardToFill: boolean) {
  const base = milestone.amounts[audience] ?? {};
  let money = base.money ?? 0;
  let points = base.points ?? 0;
  if (vacancyHardToFill && hardToFill) {
    if (hardToFill.kind === 'bonus' && money > 0) money += hardToFill.value;
    if (hardToFill.kind === 'multiplier') {
      money = Math.round(money * hardToFill.value);
      points = Math.round(points * hardToFill.value);
    }
  }
  return { money, points };
}

export interface ConditionFacts {
  referrerStatus: string;
  referrerUserId: string;
  referrerRoles: readonly Role[];
  hiringManagerUserId: string | null;
  /** Last day of employment, when HR recorded the hire leaving. */
  hireLeftOn: string | null;
}

/** The first broken condition for a milestone due on `due`, or null when the reward stands. */
export function brokenCondition(conditions: RewardConditions, facts: ConditionFacts, due: string): SystemCancelReason | null {
  if (conditions.referrerActive && facts.referrerStatus !== 'active') return 'referrer_inactive';
  if (conditions.hireEmployed && facts.hireLeftOn !== null && facts.hireLeftOn < due) return 'hire_left';
  if (conditions.excludeHiringTeam && (facts.referrerRoles.includes('hr_admin') || facts.hiringManagerUserId === facts.referrerUserId)) return 'hiring_team';
  return null;
}
