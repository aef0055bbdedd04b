export * from './preboarding.module';
