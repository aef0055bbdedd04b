import { FakeClock } from '@kring/server-testing';
import { createOrganisation, createUser } from './testing/fixtures';
import { HttpClient } from './testing/http-client';
import { mailCount, tokenFromLatestMail } from './testing/mail';
import { bootTestApp, TestApp } from './testing/test-app';

describe('authentication (e2e)', () => {
  let t: TestApp;
  let clock: FakeClock;
  let orgId: string;
  let ipCounter = 10;
  const client = () => new HttpClient(t.app, `10.0.0.${ipCounter++}`);

  beforeAll(async () => {
    clock = new FakeClock(new Date());
    t = await bootTestApp({ clock });
    orgId = await createOrganisation(t.dataSource);
  });
  afterAll(() => t.close());

  describe('password login', () => {
    it('signs in, sets an httpOnly SameSite session cookie and answers the session', async () => {
      const user = await createUser(t.dataSource, orgId, ['employee']);
      const http = client();
      const res = await http.post('/api/auth/login', { email: user.email.toUpperCase(), password: user.password });
      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({ id: user.userId, email: user.email, roles: ['employee'] });
      expect(res.body.organisation.id).toBe(orgId);
      const setCookie = ([] as string[]).concat(res.headers['set-cookie'] as string[]);
      const session = setCookie.find((c) => c.startsWith('kring_session='))!;
      expect(session).toMatch(/HttpOnly/i);
      expect(session).toMatch(/SameSite=Lax/i);
      expect(res.body.csrfToken).toBe(http.csrf);
      const me = await http.get('/api/auth/session');
      expect(me.status).toBe(200);
      expect(me.body.user.id).toBe(user.userId);
    });

    it('refuses a wrong password and an unknown address with the same problem', async () => {
      const user = await createUser(t.dataSource, orgId, ['employee']);
      const wrong = await client().post('/api/auth/login', { email: user.email, password: 'not the password' });
      const unknown = await client().post('/api/auth/login', { email: 'nobody@example.test', password: 'whatever' });
      for (const res of [wrong, unknown]) {
        expect(res.status).toBe(401);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body).toMatchObject({ status: 401, code: 'invalid_credentials' });
        expect(res.headers['set-cookie']).toBeUndefined();
      }
    });

    it('refuses a deactivated account even with the right password', async () => {
      const user = await createUser(t.dataSource, orgId, ['employee'], { status: 'deactivated' });
      const res = await client().post('/api/auth/login', { email: user.email, password: user.password });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('account_deactivated');
    });

    it('rate-limits repeated attempts on one account, also from different addresses', async () => {
      const user = await createUser(t.dataSource, orgId, ['employee']);
      for (let i = 0; i < 10; i++) {
        expect((await client().post('/api/auth/login', { email: user.email, password: 'nope' })).status).toBe(401);
      }
      const limited = await client().post('/api/auth/login', { email: user.email, password: user.password });
      expect(limited.status).toBe(429);
      expect(limited.body.code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      clock.advance(16 * 60_000);
      expect((await client().post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    });
  });

  describe('sessions and CSRF', () => {
    it('needs the CSRF token for writes and ends the session on logout', async () => {
      const user = await createUser(t.dataSource, orgId, ['employee']);
      const http = client();
      await http.post('/api/auth/login', { email: user.email, password: user.password });
      const noToken = await http.post('/api/auth/logout', {}, { csrf: false });
      expect(noToken.status).toBe(403);
      expect(noToken.body.code).toBe('csrf_failed');
      const wrongToken = await http.post('/api/auth/logout', {}, { csrf: false, headers: { 'x-csrf-token': 'x'.repeat(43) } });
      expect(wrongToken.status).toBe(403);
      expect((await http.post('/api/auth/logout')).status).toBe(204);
      const after = await http.get('/api/auth/session');
      expect(after.status).toBe(401);
      expect(after.body.code).toBe('unauthenticated');
    });

    it('expires sessions after their lifetime', async () => {
      const user = await createUser(t.dataSource, orgId, ['employee']);
      const http = client();
      await http.post('/api/auth/login', { email: user.email, password: user.password });
      clock.advance((t.config.auth.sessionTtlHours + 1) * 3_600_000);
      expect((await http.get('/api/auth/session')).status).toBe(401);
    });
  });

  describe('magic links', () => {
    it('mails a link to an alumnus that signs in once and only once', async () => {
      const alumnus = await createUser(t.dataSource, orgId, ['alumnus'], { password: null });
      const res = await client().post('/api/auth/magic-link', { email: alumnus.email });
      expect(res.status).toBe(202);
      const token = await tokenFromLatestMail(t.dataSource, alumnus.email, 'magic_link');
      const http = client();
      const first = await http.post('/api/auth/magic-link/verify', { token });
      expect(first.status).toBe(200);
      expect(first.body.user.roles).toEqual(['alumnus']);
      expect((await http.get('/api/auth/session')).status).toBe(200);
      const second = await client().post('/api/auth/magic-link/verify', { token });
      expect(second.status).toBe(410);
      expect(second.body.code).toBe('magic_link_invalid');
    });

    it('expires a link after 15 minutes', async () => {
      const alumnus = await createUser(t.dataSource, orgId, ['external_referrer'], { password: null });
      await client().post('/api/auth/magic-link', { email: alumnus.email });
      const token = await tokenFromLatestMail(t.dataSource, alumnus.email, 'magic_link');
      clock.advance(15 * 60_000 + 1000);
      const res = await client().post('/api/auth/magic-link/verify', { token });
      expect(res.status).toBe(410);
      expect(res.body.code).toBe('magic_link_invalid');
    });

    it('answers 202 for unknown addresses and password users without sending anything', async () => {
      const employee = await createUser(t.dataSource, orgId, ['employee']);
      expect((await client().post('/api/auth/magic-link', { email: employee.email })).status).toBe(202);
      expect((await client().post('/api/auth/magic-link', { email: 'ghost@example.test' })).status).toBe(202);
      expect(await mailCount(t.dataSource, employee.email)).toBe(0);
      expect(await mailCount(t.dataSource, 'ghost@example.test')).toBe(0);
    });

    it('refuses a garbage token as invalid input, not as a server error', async () => {
      const res = await client().post('/api/auth/magic-link/verify', { token: 'short' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'token' })]);
    });
  });
});
