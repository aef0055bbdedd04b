import type { UseQueryResult } from '@tanstack/react-query';
import { useCandidateNpsKpi } from '../api/get-candidate-nps-kpi';
import { useCostPerHireKpi } from '../api/get-cost-per-hire-kpi';
import { useJobAlertEngagementKpi } from '../api/get-job-alert-engagement-kpi';
import { useNewsletterEngagementKpi } from '../api/get-newsletter-engagement-kpi';
import { useOfferAcceptanceKpi } from '../api/get-offer-acceptance-kpi';
import { useParticipationKpi } from '../api/get-participation-kpi';
import { usePhaseFunnelKpi } from '../api/get-phase-funnel-kpi';
import { useQualityOfHireKpi } from '../api/get-quality-of-hire-kpi';
import { useReferralFunnelKpi } from '../api/get-referral-funnel-kpi';
import { useRetentionKpi } from '../api/get-retention-kpi';
import { useRoiKpi } from '../api/get-roi-kpi';
import { useSourceOfHireKpi } from '../api/get-source-of-hire-kpi';
import { useTimeToHireKpi } from '../api/get-time-to-hire-kpi';
import type { KpiMissing, KpiName, KpiOutput, KpiQuery } from '../api/types';

/** What a table's row keys are, so they can be named in the current language. */
export type RowKind = 'channel' | 'stage' | 'activity' | 'phase' | 'month' | 'cohort' | 'outcome' | 'kind' | 'named';

export interface ChartSpec {
  type: 'bar' | 'stacked' | 'donut' | 'line';
  /** Column keys drawn as series (a donut draws the first). */
  series: string[];
}

export interface TableSpec {
  rowKind: RowKind;
  chart?: ChartSpec;
}

export interface KpiSpec {
  name: KpiName;
  /** The translation key segment (camelCase of the name). */
  id: string;
  useKpi: (query: KpiQuery) => UseQueryResult<KpiOutput>;
  /** Figures shown as headline numbers; all when left out. */
  headline?: string[];
  tables: Record<string, TableSpec>;
}

/** Every KPI of the dashboard, in display order, with the chart that reads best for it. */
export const KPI_CATALOGUE: readonly KpiSpec[] = [
  {
    name: 'referral-funnel',
    id: 'referralFunnel',
    useKpi: useReferralFunnelKpi,
    tables: { stages: { rowKind: 'stage', chart: { type: 'bar', series: ['referrals'] } } },
  },
  {
    name: 'participation',
    id: 'participation',
    useKpi: useParticipationKpi,
    tables: { activities: { rowKind: 'activity', chart: { type: 'bar', series: ['share'] } } },
  },
  {
    name: 'source-of-hire',
    id: 'sourceOfHire',
    useKpi: useSourceOfHireKpi,
    tables: { channels: { rowKind: 'channel', chart: { type: 'donut', series: ['hires'] } } },
  },
  {
    name: 'time-to-hire',
    id: 'timeToHire',
    useKpi: useTimeToHireKpi,
    tables: { channels: { rowKind: 'channel', chart: { type: 'bar', series: ['medianDays'] } } },
  },
  {
    name: 'cost-per-hire',
    id: 'costPerHire',
    useKpi: useCostPerHireKpi,
    tables: { channels: { rowKind: 'channel', chart: { type: 'bar', series: ['costPerHire'] } } },
  },
  {
    name: 'offer-acceptance',
    id: 'offerAcceptance',
    useKpi: useOfferAcceptanceKpi,
    tables: { channels: { rowKind: 'channel', chart: { type: 'bar', series: ['acceptance'] } } },
  },
  {
    name: 'quality-of-hire',
    id: 'qualityOfHire',
    useKpi: useQualityOfHireKpi,
    tables: { channels: { rowKind: 'channel', chart: { type: 'bar', series: ['mean6', 'mean12'] } } },
  },
  {
    name: 'retention',
    id: 'retention',
    useKpi: useRetentionKpi,
    tables: {
      hires1y: { rowKind: 'cohort', chart: { type: 'bar', series: ['focusRate', 'otherRate'] } },
      hires2y: { rowKind: 'cohort', chart: { type: 'bar', series: ['focusRate', 'otherRate'] } },
      employees1y: { rowKind: 'cohort', chart: { type: 'bar', series: ['focusRate', 'otherRate'] } },
      employees2y: { rowKind: 'cohort', chart: { type: 'bar', series: ['focusRate', 'otherRate'] } },
    },
  },
  {
    name: 'candidate-nps',
    id: 'candidateNps',
    useKpi: useCandidateNpsKpi,
    headline: ['nps', 'responses', 'promoters', 'detractors', 'sent'],
    tables: { outcomes: { rowKind: 'outcome', chart: { type: 'stacked', series: ['promoters', 'passives', 'detractors'] } } },
  },
  {
    name: 'phase-funnel',
    id: 'phaseFunnel',
    useKpi: usePhaseFunnelKpi,
    headline: [],
    tables: {
      phases: { rowKind: 'phase', chart: { type: 'bar', series: ['people'] } },
      movements: { rowKind: 'month', chart: { type: 'line', series: ['information', 'relation', 'orientation', 'entry', 'employment', 'exit'] } },
    },
  },
  {
    name: 'newsletter-engagement',
    id: 'newsletterEngagement',
    useKpi: useNewsletterEngagementKpi,
    headline: ['sent', 'deliveryRate', 'openRate', 'clickRate', 'unsubscribeRate'],
    tables: { newsletters: { rowKind: 'named', chart: { type: 'bar', series: ['delivered', 'opened', 'clicked'] } } },
  },
  {
    name: 'job-alert-engagement',
    id: 'jobAlertEngagement',
    useKpi: useJobAlertEngagementKpi,
    tables: { kinds: { rowKind: 'kind', chart: { type: 'stacked', series: ['sent', 'failed', 'pending'] } } },
  },
  {
    name: 'roi',
    id: 'roi',
    useKpi: useRoiKpi,
    tables: { programmes: { rowKind: 'named', chart: { type: 'bar', series: ['roi'] } } },
  },
];

/** Where HR adds the data a `missing` code stands for (null: nothing to add, the text explains). */
export const MISSING_LINKS: Record<KpiMissing, string | null> = {
  no_referrals: '/referrals',
  no_eligible_referrers: '/users',
  no_hires: '/insights/data/hires',
  no_other_channel_hires: '/insights/data/import',
  no_applied_dates: '/insights/data/hires',
  no_costs: '/insights/data/costs',
  costs_not_per_department: null,
  no_offers: '/insights/data/offers',
  no_quality_ratings: '/insights/data/ratings',
  no_mature_cohorts: '/insights/data/import',
  no_employee_start_dates: '/manage/employees',
  no_surveys: null,
  no_newsletters: '/newsletters',
  no_job_alerts: null,
  tracking_off: '/mailings/settings',
  no_programmes: '/manage/programmes',
};
