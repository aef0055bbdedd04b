export * from './newsletters.module';
