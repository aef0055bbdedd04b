export type * from './bundle.types';
