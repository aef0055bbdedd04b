import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@kring/shared-domain';

export const ACCESS_METADATA = 'kring:access';

/** Who may call a route. Every route declares exactly one; a test fails on any route without. */
export type AccessRule =
  | { kind: 'public'; reason: string }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: Role[] };

/** Anyone, without a session. Say why, so a reviewer can judge it. */
export const Public = (reason: string) => SetMetadata(ACCESS_METADATA, { kind: 'public', reason } satisfies AccessRule);

/** Any signed-in user of any role. */
export const Authenticated = () =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'authenticated' } satisfies AccessRule),
    ApiCookieAuth('session'),
    ApiUnauthorizedResponse({ description: 'Not signed in', type: undefined }),
  );

/** Signed-in users holding at least one of these roles. */
export const Roles = (...roles: [Role, ...Role[]]) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies AccessRule),
    ApiCookieAuth('session'),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ApiForbiddenResponse({ description: `Requires one of: ${roles.join(', ')}` }),
  );
