export * from './fake-clock';
export * from './test-config';
export * from './test-database';
export * from './smtp-sink';
export * from './service-process';
export * from './cv-fixtures';
export * from './wait-until';
