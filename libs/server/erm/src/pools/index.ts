export * from './pools.module';
