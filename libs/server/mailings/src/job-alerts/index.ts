export * from './job-alerts.module';
