import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import type { Role } from '@kring/shared-domain';
import type { Fixture } from './fixtures';
import { HttpClient } from './http-client';

/** A signed-in client (password login). */
export async function signIn(app: NestFastifyApplication, user: Pick<Fixture, 'email' | 'password'>): Promise<HttpClient> {
  const http = new HttpClient(app);
  const res = await http.post('/api/auth/login', { email: user.email, password: user.password });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return http;
}

/** An employee with an account, created in the employment phase, with an employee number. */
export async function createEmployee(
  dataSource: DataSource,
  organisationId: string,
  options: { roles?: Role[]; employeeNumber?: string; firstName?: string; locale?: 'nl' | 'en'; password?: string } = {},
): Promise<Fixture & { employeeNumber: string }> {
  const roles = options.roles ?? ['employee'];
  const email = `${roles[0]}-${randomUUID().slice(0, 12)}@example.test`;
  const employeeNumber = options.employeeNumber ?? `E${randomUUID().slice(0, 8)}`;
  const password = options.password ?? 'correct horse battery staple';
  const locale = options.locale ?? 'nl';
  const [person] = await dataSource.query(
    `INSERT INTO people (organisation_id, first_name, last_name, email, phase, employee_number, locale) VALUES ($1, $2, 'Medewerker', $3, 'employment', $4, $5) RETURNING id`,
    [organisationId, options.firstName ?? 'Test', email, employeeNumber, locale],
  );
  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1 });
  const [user] = await dataSource.query(
    `INSERT INTO users (organisation_id, person_id, email, password_hash, roles, status, locale) VALUES ($1, $2, $3, $4, $5, 'active', $6) RETURNING id`,
    [organisationId, person.id, email, hash, roles, locale],
  );
  return { organisationId, userId: user.id, personId: person.id, email, password, employeeNumber };
}

/** A person without an account (e.g. a flex worker known from the HR system). */
export async function createPerson(
  dataSource: DataSource,
  organisationId: string,
  options: { phase?: string; email?: string | null; employeeNumber?: string | null; firstName?: string; lastName?: string } = {},
): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO people (organisation_id, first_name, last_name, email, phase, employee_number) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [organisationId, options.firstName ?? 'Piet', options.lastName ?? 'Zonder Account', options.email ?? null, options.phase ?? 'employment', options.employeeNumber ?? null],
  );
  return row.id;
}

export async function phaseHistory(dataSource: DataSource, personId: string): Promise<Array<{ from_phase: string | null; to_phase: string; cause: string }>> {
  return dataSource.query(`SELECT from_phase, to_phase, cause FROM phase_transitions WHERE person_id = $1 ORDER BY occurred_at, created_at`, [personId]);
}

export async function mailsOfKind(dataSource: DataSource, to: string, kind: string): Promise<Array<{ locale: string; subject: string; text_body: string | null }>> {
  return dataSource.query(`SELECT locale, subject, text_body FROM mail_messages WHERE to_address = $1 AND kind = $2 ORDER BY created_at`, [to, kind]);
}

/** A CSV upload as a browser sends it. */
export async function csvForm(csv: string, fields: Record<string, string> = {}, fileName = 'medewerkers.csv') {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', new Blob([Buffer.from(csv, 'utf8')], { type: 'text/csv' }), fileName);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}
