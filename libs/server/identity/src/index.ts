export * from './access/access.decorators';
export * from './access/auth-context';
export * from './entities/user.entity';
export * from './identity.module';
export * from './rate-limit/rate-limit.decorator';
export * from './rate-limit/rate-limit.repository';
export * from './sessions/passwords';
export * from './sessions/session-cookies';
