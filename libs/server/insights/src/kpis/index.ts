export * from './kpi-names';
export * from './kpi-period';
export * from './kpis.module';
export * from './kpis.repository';
export * from './kpis.service';
export * from './outputs/kpi.output';
export * from './kpi-counts.recount';
