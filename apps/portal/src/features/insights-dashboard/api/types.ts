import type { components } from '@kring/api-client';

export type KpiOutput = components['schemas']['KpiOutput'];
export type KpiFigure = components['schemas']['KpiFigureOutput'];
export type KpiTable = components['schemas']['KpiTableOutput'];
export type KpiRow = components['schemas']['KpiRowOutput'];
export type KpiUnit = components['schemas']['KpiUnit'];
export type KpiName = components['schemas']['KpiName'];
export type KpiMissing = components['schemas']['KpiMissing'];
export type KpiFilter = components['schemas']['KpiFilter'];
export type KpiPeriod = components['schemas']['KpiPeriodOutput'];

/** The question every KPI endpoint answers (GET /api/insights/<kpi> query parameters). */
export interface KpiQuery {
  from: string;
  to: string;
  programmeId?: string;
  department?: string;
}

export interface ProgrammeOption {
  value: string;
  label: string;
}
