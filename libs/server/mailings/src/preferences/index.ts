export * from './preferences.module';
