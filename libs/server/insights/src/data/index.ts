export * from './data.module';
