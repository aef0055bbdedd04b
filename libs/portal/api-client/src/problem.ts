import type { components } from './schema';

/** An RFC 9457 problem document as the API sends it. */
export type Problem = components['schemas']['Problem'];
export type ProblemFieldError = NonNullable<Problem['errors']>[number];

/** Codes the client itself assigns when the server did not answer with problem+json. */
export const CLIENT_PROBLEM_CODES = { httpError: 'http_error' } as const;

/** A failed API call, carrying the server's stable `code` and per-field errors. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: ProblemFieldError[];
  readonly requestId: string | undefined;
  /** Set on 429 rate_limited: how long to wait before trying again. */
  readonly retryAfterSeconds: number | undefined;
  /** Members of the problem beyond the standard ones (e.g. `existingPersonId` on person_email_taken). */
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(problem: Pick<Problem, 'status' | 'code'> & Partial<Problem>) {
    super(problem.detail ?? problem.title ?? problem.code);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.code = problem.code;
    this.fieldErrors = problem.errors ?? [];
    this.requestId = problem.requestId;
    this.retryAfterSeconds = problem.retryAfterSeconds;
    const { type: _type, title: _title, status: _status, detail: _detail, code: _code, errors: _errors, requestId: _requestId, retryAfterSeconds: _retry, ...extra } =
      problem as Partial<Problem> & Record<string, unknown>;
    this.extra = extra;
  }

  /** The first server message for a field, if any. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((error) => error.field === field)?.message;
  }
}

export function isApiProblem(value: unknown): value is ApiProblem {
  return value instanceof ApiProblem;
}

function looksLikeProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}

/** Turns whatever an unsuccessful response carried into an ApiProblem. */
export function toApiProblem(error: unknown, response: Response): ApiProblem {
  if (looksLikeProblem(error)) {
    return new ApiProblem({ ...error, status: error.status ?? response.status });
  }
  return new ApiProblem({
    status: response.status,
    code: CLIENT_PROBLEM_CODES.httpError,
    title: response.statusText || `HTTP ${response.status}`,
  });
}

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Throws an ApiProblem when an openapi-fetch call failed. */
export function throwIfProblem(result: FetchResult): void {
  if (result.error !== undefined || !result.response.ok) {
    throw toApiProblem(result.error, result.response);
  }
}

/** Returns the data of a successful openapi-fetch call, or throws an ApiProblem. */
export function unwrap<R extends FetchResult>(result: R): Exclude<R['data'], undefined> {
  throwIfProblem(result);
  return result.data as Exclude<R['data'], undefined>;
}
