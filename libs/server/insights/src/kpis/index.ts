export * from './kpis.module';
