import type { KpiName, KpiQuery } from './types';

export const insightsDashboardKeys = {
  all: ['insights-dashboard'] as const,
  kpis: () => [...insightsDashboardKeys.all, 'kpi'] as const,
  kpi: (name: KpiName, query: KpiQuery) => [...insightsDashboardKeys.kpis(), name, query] as const,
  programmes: () => [...insightsDashboardKeys.all, 'programmes'] as const,
  departments: () => [...insightsDashboardKeys.all, 'departments'] as const,
};
