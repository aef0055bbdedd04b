/** What a reward rule version says. Stored as jsonb on `reward_rules`; a version never changes once written. */

export const MILESTONE_TRIGGERS = ['hired', 'started', 'probation_passed', 'days_after_start'] as const;
export type MilestoneTrigger = (typeof MILESTONE_TRIGGERS)[number];

/** Who referred, for amounts: employees (and HR), alumni, external referrers. */
export const REWARD_AUDIENCES = ['employee', 'alumnus', 'external_referrer'] as const;
export type RewardAudience = (typeof REWARD_AUDIENCES)[number];

export interface MilestoneAmount {
  /** In cents of the rule's currency. */
  money?: number;
  points?: number;
}

export interface Milestone {
  /** Stable slug: one ledger row per referral and key. */
  key: string;
  label?: string;
  trigger: MilestoneTrigger;
  /** Only with `days_after_start`. */
  days?: number;
  amounts: Partial<Record<RewardAudience, MilestoneAmount>>;
}

export type HardToFill = { kind: 'bonus'; value: number } | { kind: 'multiplier'; value: number };

export interface RewardConditions {
  /** The referrer's account is still active when the milestone falls due (and until paid). */
  referrerActive: boolean;
  /** The hire is still employed on the due date (and HR did not record them leaving before it). */
  hireEmployed: boolean;
  /** No reward for HR admins or the vacancy's hiring manager. */
  excludeHiringTeam: boolean;
}

export const DEFAULT_CONDITIONS: RewardConditions = { referrerActive: true, hireEmployed: true, excludeHiringTeam: true };

export const REWARD_STATUSES = ['pending', 'approved', 'paid', 'cancelled'] as const;
export type RewardStatus = (typeof REWARD_STATUSES)[number];

/** Why the system cancelled a reward (HR's own cancellations carry HR's text instead). */
export const SYSTEM_CANCEL_REASONS = ['referrer_inactive', 'hire_left', 'hiring_team'] as const;
export type SystemCancelReason = (typeof SYSTEM_CANCEL_REASONS)[number];
