export * from './entities';
export * from './referrals.module';
