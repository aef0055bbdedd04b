import { DynamicModule, Global, Inject, Module } from '@nestjs/common';
import { Clock, SystemClock } from './clock';
import { loadConfig } from './load-config';
import { KringConfig } from './schema';

/** Injection tokens, one per namespace. Prefer `@InjectConfig`; factories use these. */
export const CONFIG_TOKENS = {
  app: 'KRING_CONFIG_APP',
  database: 'KRING_CONFIG_DATABASE',
  mail: 'KRING_CONFIG_MAIL',
  auth: 'KRING_CONFIG_AUTH',
  storage: 'KRING_CONFIG_STORAGE',
} as const satisfies Record<keyof KringConfig, string>;

/** Injects one namespace of the validated config: `@InjectConfig('auth') auth: AuthConfig`. */
export const InjectConfig = (namespace: keyof KringConfig) => Inject(CONFIG_TOKENS[namespace]);

export interface ConfigModuleOptions {
  config?: KringConfig;
  clock?: Clock;
}

@Global()
@Module({})
export class ConfigModule {
  static forRoot(options: ConfigModuleOptions = {}): DynamicModule {
    const config = options.config ?? loadConfig();
    const providers = [
      ...(Object.keys(CONFIG_TOKENS) as (keyof KringConfig)[]).map((ns) => ({ provide: CONFIG_TOKENS[ns], useValue: config[ns] })),
      { provide: Clock, useValue: options.clock ?? new SystemClock() },
    ];
    return { module: ConfigModule, providers, exports: providers.map((p) => p.provide) };
  }
}
