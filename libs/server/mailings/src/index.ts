export * from './job-alerts';
export * from './links/mailing-links';
export * from './links/mailing-links.module';
export * from './links/mailing-links.service';
export * from './mailings.module';
export * from './newsletters';
export * from './preferences';
