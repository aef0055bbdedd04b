export * from './offboarding.module';
export * from './offboarding.constants';
export * from './offboarding.errors';
export { OffboardingExecutor } from './offboarding-executor';
export { OffboardingService } from './offboarding.service';
export { ImportApplier, IMPORT_BATCH_SIZE } from './import/import-applier';
export { ImportService, IMPORT_STALE_MS, type ImportJobData } from './import/import.service';
export { CsvSyntaxError, detectSeparator, parseCsv, type CsvRecord } from './import/csv';
