export * from './preferences.constants';
export * from './preferences.errors';
export * from './preferences.module';
export * from './preferences.repository';
export * from './preferences.service';
