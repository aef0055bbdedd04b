export * from './preboarding.module';
export * from './due-dates';
export * from './preboarding.errors';
export { PreboardingJobService, type PreboardingRunResult } from './jobs/preboarding-job.service';
export { PreboardingJobRepository } from './jobs/preboarding-job.repository';
export { PREBOARDING_ENTITIES } from './entities';
