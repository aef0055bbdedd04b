export * from './job-alert-sender.service';
export * from './job-alerts.module';
export * from './job-alerts.repository';
export * from './job-alerts.rules';
