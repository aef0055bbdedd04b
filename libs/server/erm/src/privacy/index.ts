export * from './privacy.module';
export * from './privacy.constants';
export * from './privacy.errors';
export * from './privacy.service';
export * from './person-export';
