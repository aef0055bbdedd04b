import { Injectable } from '@nestjs/common';

/**
 * Insights, KPIs: nothing to schedule. The KPI rollups (insights_daily_counts, insights_referral_levels) are kept by
 * database triggers in the same transaction as the rows they count (see docs/developer/insights-kpis.md), so there is
 * no dirty-day bookkeeping and nothing for several workers to coordinate.
 */
@Injectable()
export class InsightsKpisWorker {}
