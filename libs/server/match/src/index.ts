export * from './extraction';
