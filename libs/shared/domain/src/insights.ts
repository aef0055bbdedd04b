/** Where a hire came from. `referral` hires are recorded by Kring itself when a referral is hired. */
export const HIRE_CHANNELS = ['referral', 'career_site', 'job_board', 'agency', 'social', 'direct', 'internal', 'other'] as const;
export type HireChannel = (typeof HIRE_CHANNELS)[number];

/** How a hire row got into Kring. */
export const HIRE_SOURCES = ['referral', 'manual', 'import'] as const;
export type HireSource = (typeof HIRE_SOURCES)[number];

/** What recruitment money was spent on (referral rewards come from the reward ledger, not from here). */
export const COST_CATEGORIES = ['advertising', 'agency', 'tooling', 'events', 'employer_branding', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** Quality-of-hire ratings are asked at these months after the start date. */
export const QUALITY_RATING_MONTHS = [6, 12] as const;
export type QualityRatingMonths = (typeof QUALITY_RATING_MONTHS)[number];

export const OFFER_OUTCOMES = ['pending', 'accepted', 'declined'] as const;
export type OfferOutcome = (typeof OFFER_OUTCOMES)[number];
