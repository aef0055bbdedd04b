export * from './errors';
export * from './locales';
export * from './normalise';
export * from './password';
export * from './phases';
export * from './roles';
export * from './referrals';
export * from './erm';
