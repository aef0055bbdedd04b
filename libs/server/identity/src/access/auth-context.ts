import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { OrganisationId } from '@kring/server-database';
import type { Role } from '@kring/shared-domain';

/** Who is calling. Services take it first; its organisationId scopes every query. */
export interface AuthContext {
  userId: string;
  personId: string;
  organisationId: OrganisationId;
  roles: Role[];
  sessionId: string;
  csrfToken: string;
}

export interface RequestWithAuth {
  auth?: AuthContext;
}

export const Auth = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthContext => {
  const auth = ctx.switchToHttp().getRequest<RequestWithAuth>().auth;
  if (!auth) throw new Error('@Auth() used on a route that does not require a session');
  return auth;
});

export const hasAnyRole = (auth: Pick<AuthContext, 'roles'>, roles: readonly Role[]) =>
  auth.roles.some((role) => roles.includes(role));
