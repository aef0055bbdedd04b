import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthConfig, Clock, InjectConfig } from '@kring/server-config';
import { DomainError, ErrorCodes, normaliseEmail } from '@kring/shared-domain';
import { RATE_LIMIT_METADATA, RateLimitRule } from './rate-limit.decorator';
import { RateLimitRepository } from './rate-limit.repository';

interface HttpRequest {
  ip: string;
  body?: unknown;
}

interface HttpReply {
  header(name: string, value: string): unknown;
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly counters: RateLimitRepository,
    private readonly clock: Clock,
    @InjectConfig('auth') private readonly config: AuthConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http' || !this.config.rateLimitsEnabled) return true;
    const rule = this.reflector.get<RateLimitRule | undefined>(RATE_LIMIT_METADATA, context.getHandler());
    if (!rule) return true;
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const now = this.clock.now();
    for (const { key, limit } of keysFor(rule, request)) {
      const { hits, resetAt } = await this.counters.hit(key, rule.windowSeconds, now);
      if (hits > limit) {
        const retryAfter = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
        context.switchToHttp().getResponse<HttpReply>().header('retry-after', String(retryAfter));
        throw new DomainError('rate_limited', ErrorCodes.rateLimited, 'Too many attempts. Try again later.', [], {
          retryAfterSeconds: retryAfter,
        });
      }
    }
    return true;
  }
}

function keysFor(rule: RateLimitRule, request: HttpRequest): Array<{ key: string; limit: number }> {
  const keys: Array<{ key: string; limit: number }> = [];
  if (rule.limits.ip !== undefined) keys.push({ key: `${rule.name}:ip:${request.ip}`, limit: rule.limits.ip });
  const email = (request.body as { email?: unknown } | undefined)?.email;
  if (rule.limits.email !== undefined && typeof email === 'string' && email.length <= 320) {
    keys.push({ key: `${rule.name}:email:${normaliseEmail(email)}`, limit: rule.limits.email });
  }
  return keys;
}
