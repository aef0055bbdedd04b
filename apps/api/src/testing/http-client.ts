import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface TestResponse<T = any> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: T;
}

/**
 * Talks to the app in-process (Fastify inject) like a browser would: keeps cookies and sends the CSRF
 * token from the kring_csrf cookie on writes, unless told not to.
 */
export class HttpClient {
  private cookies = new Map<string, string>();

  /** `ip` sets the client address, so rate-limit tests do not share counters with other tests. */
  constructor(
    private readonly app: NestFastifyApplication,
    private readonly ip = '127.0.0.1',
  ) {}

  get csrf(): string | undefined {
    return this.cookies.get('kring_csrf');
  }

  async request<T = any>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    options: { body?: unknown; headers?: Record<string, string>; csrf?: boolean; rawBody?: string | Buffer } = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size) headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && options.csrf !== false && this.csrf) headers['x-csrf-token'] = this.csrf;
    if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] ??= 'application/json';
    const response = await this.app.inject({
      method,
      url,
      headers,
      remoteAddress: this.ip,
      payload: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    for (const cookie of response.cookies as Array<{ name: string; value: string; expires?: Date; maxAge?: number }>) {
      const expired = (cookie.expires && cookie.expires.getTime() < Date.now()) || cookie.maxAge === 0 || cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const type = String(response.headers['content-type'] ?? '');
    const body = type.includes('json') && response.body ? JSON.parse(response.body) : response.body;
    return { status: response.statusCode, headers: response.headers as TestResponse['headers'], body };
  }

  /** A multipart/form-data POST (built with referral-fixtures' `multipart`). */
  async postForm<T = any>(url: string, form: { payload: Buffer; contentType: string }): Promise<TestResponse<T>> {
    return this.request<T>('POST', url, { rawBody: form.payload, headers: { 'content-type': form.contentType } });
  }

  get<T = any>(url: string, headers?: Record<string, string>) {
    return this.request<T>('GET', url, { headers });
  }

  post<T = any>(url: string, body?: unknown, options: { csrf?: boolean; headers?: Record<string, string> } = {}) {
    return this.request<T>('POST', url, { body: body ?? {}, ...options });
  }

  patch<T = any>(url: string, body?: unknown) {
    return this.request<T>('PATCH', url, { body: body ?? {} });
  }
}
