import { createOrganisation, createUser } from './testing/fixtures';
import { HttpClient } from './testing/http-client';
import { bootTestApp, TestApp } from './testing/test-app';

describe('API conventions (e2e)', () => {
  let t: TestApp;
  let http: HttpClient;

  beforeAll(async () => {
    t = await bootTestApp();
    http = new HttpClient(t.app);
  });
  afterAll(() => t.close());

  it('reports health of the database and the queue', async () => {
    const res = await http.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok', queue: 'ok' });
  });

  it('answers validation errors as problem+json with field errors, and rejects unknown fields', async () => {
    const res = await http.post('/api/auth/login', { email: 'not-an-email', password: 'x', isAdmin: true });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ type: expect.stringContaining('validation_failed'), title: 'Bad request', status: 400, code: 'validation_failed' });
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'must be a valid email address' },
        { field: 'isAdmin', message: expect.stringContaining('should not exist') },
      ]),
    );
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it.each([
    ['malformed JSON', '{"email": ', 'application/json', 400, 'malformed_request'],
    ['a JSON array body', '[1,2]', 'application/json', 400, 'validation_failed'],
    ['a wrong content type', '<login/>', 'application/xml', 415, 'unsupported_media_type'],
    ['a body over 1 MB', JSON.stringify({ email: 'a@b.nl', password: 'x'.repeat(1_100_000) }), 'application/json', 413, 'payload_too_large'],
  ])('turns %s into a clear 4xx problem, never a 500', async (_name, rawBody, type, status, code) => {
    const res = await http.request('POST', '/api/auth/login', { rawBody, headers: { 'content-type': type } });
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe(code);
  });

  it('rejects a malformed id in the path with 400', async () => {
    const org = await createOrganisation(t.dataSource);
    const hr = await createUser(t.dataSource, org, ['hr_admin']);
    const client = new HttpClient(t.app);
    await client.post('/api/auth/login', { email: hr.email, password: hr.password });
    const res = await client.get('/api/users/not-a-uuid');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
  });

  it('refuses NUL characters (which PostgreSQL text cannot hold) in body, query and nested fields with 400, never a 500', async () => {
    const org = await createOrganisation(t.dataSource);
    const hr = await createUser(t.dataSource, org, ['hr_admin']);
    const client = new HttpClient(t.app);
    await client.post('/api/auth/login', { email: hr.email, password: hr.password });

    const body = await client.post('/api/people', { firstName: 'A\u0000B', email: 'nul@example.test' });
    expect(body.status).toBe(400);
    expect(body.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'firstName', message: 'must not contain NUL characters' }] });

    const query = await client.get('/api/people?q=%00');
    expect(query.status).toBe(400);
    expect(query.body.errors).toEqual([{ field: 'q', message: 'must not contain NUL characters' }]);

    const nested = await client.post('/api/segments/preview', { filter: { tags: ['ok', 'x\u0000'] } });
    expect(nested.status).toBe(400);
    expect(nested.body.errors).toEqual([{ field: 'filter.tags.1', message: 'must not contain NUL characters' }]);

    const publicForm = await http.post('/api/auth/login', { email: 'a@b.nl', password: 'pass\u0000word' });
    expect(publicForm.status).toBe(400);
  });

  it('answers unknown API routes with a 404 problem', async () => {
    const res = await http.get('/api/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('route_not_found');
  });

  it('sends security headers and echoes a sane incoming request id', async () => {
    const res = await http.get('/api/health', { 'x-request-id': 'trace-12345678' });
    expect(res.headers['x-request-id']).toBe('trace-12345678');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
    const odd = await http.get('/api/health', { 'x-request-id': 'bad id with spaces' });
    expect(odd.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('publishes OpenAPI 3 with every operation named and every error as a problem', async () => {
    const res = await http.get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const operations = Object.values(res.body.paths as Record<string, Record<string, { operationId?: string; responses: Record<string, unknown> }>>).flatMap(
      (path) => Object.values(path),
    );
    expect(operations.length).toBeGreaterThanOrEqual(12);
    for (const op of operations) {
      expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.responses['default']).toBeDefined();
    }
    expect(res.body.components.schemas.Problem).toBeDefined();
    const docs = await http.get('/api/docs');
    expect(docs.status).toBe(200);
    expect(String(docs.body)).toContain('swagger');
  });
});
