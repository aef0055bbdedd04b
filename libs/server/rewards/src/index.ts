export * from './entities';
export * from './rewards.module';
export * from './rules/reward-rule';
export * from './rules/milestone-rules';
export * from './scheduling/business-date';
export * from './scheduling/reward-scheduler.service';
export * from './exports/payroll-csv';
