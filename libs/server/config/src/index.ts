export * from './clock';
export * from './config.module';
export * from './load-config';
export * from './schema';
