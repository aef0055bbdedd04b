import type { Session, UserSummary } from '@kring/api-client';
import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  path: string;
  search: string;
  headers: Headers;
  /** The parsed JSON body; for multipart/form-data its fields, with a file as `{ size }` (see `formData`). */
  body: unknown;
  /** The body of a multipart/form-data request, as sent. */
  formData?: FormData;
}

type Reply = { status: number; body?: unknown; contentType?: string };
type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

/** Replaces `fetch` with a tiny in-memory API. Keys are "METHOD /path" (no query string). */
export function mockApi(handlers: Record<string, Handler | Reply>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      search: url.search,
      headers: request.headers,
      ...(await readBody(request)),
    };
    requests.push(recorded);
    const handler = handlers[`${recorded.method} ${recorded.path}`];
    if (!handler) {
      return json({ status: 404, body: problem(404, 'route_not_found') });
    }
    return json(typeof handler === 'function' ? await handler(recorded) : handler);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

async function readBody(request: Request): Promise<Pick<RecordedRequest, 'body' | 'formData'>> {
  if (request.headers.get('content-type')?.startsWith('multipart/form-data')) {
    const formData = await request.formData();
    const fields = [...formData.entries()].map(([name, value]) => [name, typeof value === 'string' ? value : { size: value.size }]);
    return { body: Object.fromEntries(fields), formData };
  }
  const text = await request.text();
  return { body: text ? JSON.parse(text) : undefined };
}

function json({ status, body, contentType }: Reply): Response {
  if (status === 204 || body === undefined) return new Response(null, { status });
  const type = contentType ?? (status >= 400 ? 'application/problem+json' : 'application/json');
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

export function problem(status: number, code: string, errors?: { field: string; message: string }[]) {
  return { type: `https://kring.dev/problems/${code}`, title: code, status, detail: code, code, errors, requestId: 'req-1' };
}

export function session(overrides: { roles?: Session['user']['roles']; locale?: 'nl' | 'en' } = {}): Session {
  return {
    user: {
      id: 'user-1',
      email: 'sanne@example.nl',
      firstName: 'Sanne',
      lastName: 'de Vries',
      roles: overrides.roles ?? ['hr_admin'],
      locale: overrides.locale ?? 'nl',
    },
    organisation: { id: 'org-1', name: 'Bakkerij Brood & Co', slug: 'brood', defaultLocale: 'nl' },
    csrfToken: 'csrf-1',
  };
}

export function userSummary(overrides: Partial<UserSummary> = {}): UserSummary {
  return {
    id: 'user-2',
    email: 'piet@example.nl',
    firstName: 'Piet',
    lastName: 'Jansen',
    roles: ['employee'],
    status: 'active',
    lastLoginAt: '2025-03-01T09:30:00.000Z',
    createdAt: '2025-01-01T09:00:00.000Z',
    ...overrides,
  };
}

export const unauthenticated: Reply = { status: 401, body: problem(401, 'unauthenticated') };
