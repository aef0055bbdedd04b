/** Every KPI the dashboard serves; also the path segment under /api/insights. */
export const KPI_NAMES = [
  'referral-funnel',
  'participation',
  'source-of-hire',
  'time-to-hire',
  'cost-per-hire',
  'offer-acceptance',
  'quality-of-hire',
  'retention',
  'candidate-nps',
  'phase-funnel',
  'newsletter-engagement',
  'job-alert-engagement',
  'roi',
] as const;
export type KpiName = (typeof KPI_NAMES)[number];

/** What a number means, so the portal can format it (cents as money in the organisation's currency). */
export const KPI_UNITS = ['count', 'percent', 'days', 'cents', 'rating', 'score'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/** Stable codes for data that is absent; the portal says how to add it. */
export const KPI_MISSING = [
  'no_referrals',
  'no_eligible_referrers',
  'no_hires',
  'no_other_channel_hires',
  'no_applied_dates',
  'no_costs',
  'costs_not_per_department',
  'no_offers',
  'no_quality_ratings',
  'no_mature_cohorts',
  'no_employee_start_dates',
  'no_surveys',
  'no_newsletters',
  'no_job_alerts',
  'tracking_off',
  'no_programmes',
] as const;
export type KpiMissing = (typeof KPI_MISSING)[number];

/** Filters a KPI cannot apply (the answer is for the whole organisation). */
export const KPI_FILTERS = ['programmeId', 'department'] as const;
export type KpiFilter = (typeof KPI_FILTERS)[number];
