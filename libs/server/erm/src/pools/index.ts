export * from './pools.module';
export { ConsentLifecycleService, type LifecycleRun } from './consent-lifecycle.service';
export { PoolMembershipService, type JoinContext } from './pool-membership.service';
export { PoolErrorCodes } from './pools.errors';
export { ConsentLifecycleRepository } from './consent-lifecycle.repository';
export { SignupsRepository } from './signups.repository';
