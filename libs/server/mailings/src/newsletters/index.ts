export * from './newsletters.module';
export * from './newsletters.errors';
export * from './newsletter-render';
export * from './newsletters.repository';
export * from './newsletter-deliveries.repository';
export * from './newsletter-engine.service';
