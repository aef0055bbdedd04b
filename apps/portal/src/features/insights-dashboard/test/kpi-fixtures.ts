import type { KpiName, KpiOutput } from '../api/types';

export const PERIOD = { from: '2025-11-21', to: '2026-11-20', days: 365 };
export const PREVIOUS = { from: '2024-11-21', to: '2025-11-20', days: 365 };

/** A KPI answer with nothing in it; tests fill in what they look at. */
export function emptyKpi(kpi: KpiName, overrides: Partial<KpiOutput> = {}): KpiOutput {
  return { kpi, period: PERIOD, previousPeriod: PREVIOUS, figures: [], tables: [], formula: null, missing: [], ignoredFilters: [], ...overrides };
}

/**
 * Cost per hire as the API answers it for an organisation with referral rewards and one agency:
 * referral (2 000.00 costs + 7 500.00 rewards) / 10 hires = 950.00; agency 12 300.00 / 3 = 4 100.00.
 * The previous period: referral (3 600 + 6 000) / 8 = 1 200.00; agency 7 701.00 / 2 = 3 850.50.
 */
export const costPerHire: KpiOutput = emptyKpi('cost-per-hire', {
  figures: [
    { key: 'referralCostPerHire', unit: 'cents', current: 95_000, previous: 120_000 },
    { key: 'otherCostPerHire', unit: 'cents', current: 410_000, previous: 385_050 },
    { key: 'allCostPerHire', unit: 'cents', current: 171_538, previous: null },
    { key: 'rewardCents', unit: 'cents', current: 750_000, previous: 600_000 },
  ],
  tables: [
    {
      key: 'channels',
      columns: [
        { key: 'hires', unit: 'count' },
        { key: 'costCents', unit: 'cents' },
        { key: 'rewardCents', unit: 'cents' },
        { key: 'totalCents', unit: 'cents' },
        { key: 'costPerHire', unit: 'cents' },
      ],
      rows: [
        {
          key: 'referral',
          label: null,
          values: { hires: 10, costCents: 200_000, rewardCents: 750_000, totalCents: 950_000, costPerHire: 95_000 },
          previous: { hires: 8, costCents: 360_000, rewardCents: 600_000, totalCents: 960_000, costPerHire: 120_000 },
        },
        {
          key: 'agency',
          label: null,
          values: { hires: 3, costCents: 1_230_000, rewardCents: 0, totalCents: 1_230_000, costPerHire: 410_000 },
          previous: { hires: 2, costCents: 770_100, rewardCents: 0, totalCents: 770_100, costPerHire: 385_050 },
        },
      ],
    },
  ],
  formula: 'costPerHire = (costCents + rewardCents) / hires',
});

/** Referral funnel: 40 submitted, 30 consented, 12 interviewed, 6 offered, 5 hired (conversion 12.5 %, was 10 %). */
export const referralFunnel: KpiOutput = emptyKpi('referral-funnel', {
  figures: [
    { key: 'submitted', unit: 'count', current: 40, previous: 30 },
    { key: 'hired', unit: 'count', current: 5, previous: 3 },
    { key: 'conversion', unit: 'percent', current: 12.5, previous: 10 },
  ],
  tables: [
    {
      key: 'stages',
      columns: [
        { key: 'referrals', unit: 'count' },
        { key: 'fromPreviousStage', unit: 'percent' },
        { key: 'fromSubmitted', unit: 'percent' },
      ],
      rows: [
        { key: 'submitted', label: null, values: { referrals: 40, fromPreviousStage: null, fromSubmitted: 100 }, previous: { referrals: 30, fromPreviousStage: null, fromSubmitted: 100 } },
        { key: 'consented', label: null, values: { referrals: 30, fromPreviousStage: 75, fromSubmitted: 75 }, previous: { referrals: 20, fromPreviousStage: 66.7, fromSubmitted: 66.7 } },
        { key: 'interview', label: null, values: { referrals: 12, fromPreviousStage: 40, fromSubmitted: 30 }, previous: { referrals: 9, fromPreviousStage: 45, fromSubmitted: 30 } },
        { key: 'offer', label: null, values: { referrals: 6, fromPreviousStage: 50, fromSubmitted: 15 }, previous: { referrals: 4, fromPreviousStage: 44.4, fromSubmitted: 13.3 } },
        { key: 'hired', label: null, values: { referrals: 5, fromPreviousStage: 83.3, fromSubmitted: 12.5 }, previous: { referrals: 3, fromPreviousStage: 75, fromSubmitted: 10 } },
      ],
    },
  ],
  formula: 'fromPreviousStage = referrals(stage) / referrals(previous stage) × 100; conversion = hired / submitted × 100',
});

/** ROI of one programme: investment 9 500.00, 10 hires (950.00 each) against 4 100.00 per other hire. */
export const roi: KpiOutput = emptyKpi('roi', {
  figures: [
    { key: 'roi', unit: 'percent', current: 231.6, previous: 150 },
    { key: 'referralHires', unit: 'count', current: 10, previous: 8 },
    { key: 'investmentCents', unit: 'cents', current: 950_000, previous: 960_000 },
    { key: 'referralCostPerHire', unit: 'cents', current: 95_000, previous: 120_000 },
    { key: 'otherCostPerHire', unit: 'cents', current: 410_000, previous: 385_050 },
    { key: 'savingsCents', unit: 'cents', current: 3_150_000, previous: 2_120_400 },
  ],
  tables: [
    {
      key: 'programmes',
      columns: [
        { key: 'referralHires', unit: 'count' },
        { key: 'roi', unit: 'percent' },
      ],
      rows: [{ key: 'prog-1', label: 'Zorg; verwijst "snel"', values: { referralHires: 10, roi: 231.6 }, previous: { referralHires: 8, roi: 150 } }],
    },
  ],
  formula: 'roi = (savingsCents − investmentCents) / investmentCents × 100',
});
