import type {} from '@fastify/cookie'; // adds setCookie/clearCookie to FastifyReply
import { Injectable } from '@nestjs/common';
import { AuthConfig, InjectConfig } from '@kring/server-config';

export const SESSION_COOKIE = 'kring_session';
export const CSRF_COOKIE = 'kring_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** The subset of a Fastify reply we need, so this stays testable without Fastify. */
export interface CookieReply {
  setCookie(name: string, value: string, options: Record<string, unknown>): unknown;
  clearCookie(name: string, options: Record<string, unknown>): unknown;
}

export interface IssuedSession<T> {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  body: T;
}

@Injectable()
export class SessionCookies {
  constructor(@InjectConfig('auth') private readonly config: AuthConfig) {}

  /** Sets the session cookie (httpOnly) and the CSRF cookie (readable by the portal), returns the body. */
  issue<T>(reply: CookieReply, issued: IssuedSession<T>): T {
    const common = { path: '/', sameSite: 'lax', secure: this.config.cookieSecure, expires: issued.expiresAt };
    reply.setCookie(SESSION_COOKIE, issued.token, { ...common, httpOnly: true });
    reply.setCookie(CSRF_COOKIE, issued.csrfToken, { ...common, httpOnly: false });
    return issued.body;
  }

  clear(reply: CookieReply): void {
    const common = { path: '/', sameSite: 'lax', secure: this.config.cookieSecure };
    reply.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
    reply.clearCookie(CSRF_COOKIE, common);
  }
}
