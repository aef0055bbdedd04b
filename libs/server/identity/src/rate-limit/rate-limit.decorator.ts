import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';

export const RATE_LIMIT_METADATA = 'kring:rate-limit';

export interface RateLimitRule {
  /** Counter namespace, e.g. `login`. */
  name: string;
  windowSeconds: number;
  /**
   * Requests allowed per window, per key: `ip` counts per client address; `email` counts per normalised
   * `email` in the body, so one account cannot be hammered from many addresses. Each is its own counter.
   */
  limits: { ip?: number; email?: number };
}

/** Limits how often a route may be called. Counters live in PostgreSQL, so all API instances share them. */
export const RateLimit = (rule: RateLimitRule) =>
  applyDecorators(
    SetMetadata(RATE_LIMIT_METADATA, rule),
    ApiTooManyRequestsResponse({
      description: `At most ${Object.entries(rule.limits).map(([by, n]) => `${n} per ${by}`).join(' and ')} per ${rule.windowSeconds} s`,
    }),
  );
