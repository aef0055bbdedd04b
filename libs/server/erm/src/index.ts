export * from './erm.module';
export * from './events';
export * from './offboarding';
export * from './people';
export * from './pools';
export * from './preboarding';
export * from './privacy';
