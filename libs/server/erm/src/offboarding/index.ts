export * from './offboarding.module';
