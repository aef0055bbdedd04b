export * from './data';
export * from './insights.module';
export * from './kpis';
