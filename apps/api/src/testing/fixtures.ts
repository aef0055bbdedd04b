import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import type { Role } from '@kring/shared-domain';

export interface Fixture {
  organisationId: string;
  userId: string;
  personId: string;
  email: string;
  password: string;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A fresh organisation. Every test makes its own data. */
export async function createOrganisation(dataSource: DataSource, name = 'Test BV'): Promise<string> {
  const [row] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ($1, $2) RETURNING id`, [
    name,
    `org-${unique()}`,
  ]);
  return row.id;
}

/** An active user with a password (argon2id, cheap parameters to keep tests fast). */
export async function createUser(
  dataSource: DataSource,
  organisationId: string,
  roles: Role[],
  options: { password?: string | null; status?: 'active' | 'invited' | 'deactivated'; email?: string } = {},
): Promise<Fixture> {
  const email = options.email ?? `${roles[0]}-${unique()}@example.test`;
  const password = options.password === undefined ? 'correct horse battery staple' : options.password;
  const [person] = await dataSource.query(
    `INSERT INTO people (organisation_id, first_name, last_name, email) VALUES ($1, 'Test', $2, $3) RETURNING id`,
    [organisationId, roles.join('+'), email],
  );
  const hash = password ? await argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1 }) : null;
  const [user] = await dataSource.query(
    `INSERT INTO users (organisation_id, person_id, email, password_hash, roles, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [organisationId, person.id, email, hash, roles, options.status ?? 'active'],
  );
  return { organisationId, userId: user.id, personId: person.id, email, password: password ?? '' };
}
