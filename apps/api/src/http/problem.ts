import { DomainError, ErrorCodes, ErrorKind, FieldError } from '@kring/shared-domain';
import type { Problem } from './problem.output';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const STATUS: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  rate_limited: 429,
  unavailable: 503,
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export function problem(
  status: number,
  code: string,
  detail: string,
  requestId: string,
  errors: FieldError[] = [],
  extra: Record<string, unknown> = {},
): Problem {
  // Extra members come first so a domain error can never override a standard one (a `status` in extra once made a 500).
  return {
    ...extra,
    type: `https://kring.dev/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors.length ? { errors } : {}),
    requestId,
  };
}

export function problemFromDomainError(error: DomainError, requestId: string): Problem {
  return problem(STATUS[error.kind], error.code, error.message, requestId, error.errors, error.extra);
}

/** Errors Fastify raises before a route runs (bad JSON, body too large, wrong content type). */
export function problemFromFrameworkError(
  error: { statusCode?: number; code?: string; message?: string },
  requestId: string,
): Problem | null {
  const status = error.statusCode ?? 500;
  if (status >= 500) return null;
  if (status === 413) return problem(413, ErrorCodes.payloadTooLarge, 'The request body is too large', requestId);
  if (status === 415) return problem(415, ErrorCodes.unsupportedMediaType, 'Send the body as application/json', requestId);
  if (status === 404) return problem(404, ErrorCodes.routeNotFound, 'No such route', requestId);
  return problem(400, ErrorCodes.malformedRequest, error.message ?? 'The request could not be read', requestId);
}
