import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ErrorCodes } from '@kring/shared-domain';
import { SessionsService } from '../sessions/sessions.service';
import { safeEqual } from '../sessions/tokens';
import { ACCESS_METADATA, AccessRule } from './access.decorators';
import { hasAnyRole, RequestWithAuth } from './auth-context';
import { CSRF_HEADER, SESSION_COOKIE } from '../sessions/session-cookies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface HttpRequest extends RequestWithAuth {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
}

/**
 * Global guard: resolves the session cookie and enforces the route's access rule. A route without a rule
 * is refused (fail closed). Cookie-authenticated writes must echo the session's CSRF token in a header.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new DomainError('forbidden', ErrorCodes.forbidden, 'This route declares no access rule');
    if (rule.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<HttpRequest>();
    const token = request.cookies?.[SESSION_COOKIE];
    const auth = token ? await this.sessions.resolve(token) : null;
    if (!auth) throw new DomainError('unauthenticated', ErrorCodes.unauthenticated, 'Sign in to continue');
    if (!SAFE_METHODS.has(request.method.toUpperCase())) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !safeEqual(header, auth.csrfToken)) {
        throw new DomainError('forbidden', ErrorCodes.csrfFailed, 'Missing or wrong CSRF token');
      }
    }
    if (rule.kind === 'roles' && !hasAnyRole(auth, rule.roles)) {
      throw new DomainError('forbidden', ErrorCodes.forbidden, 'You do not have access to this');
    }
    request.auth = auth;
    return true;
  }
}
