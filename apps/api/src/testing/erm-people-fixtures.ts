import type { Role } from '@kring/shared-domain';
import { createOrganisation, createUser, Fixture } from './fixtures';
import { HttpClient } from './http-client';
import type { TestApp } from './test-app';

let ip = 0;

/** Signs a user in from its own client address (rate limits are per address). */
export async function signInAs(t: TestApp, user: Fixture): Promise<HttpClient> {
  const http = new HttpClient(t.app, `10.77.${Math.floor(++ip / 250) % 250}.${ip % 250}`);
  const res = await http.post('/api/auth/login', { email: user.email, password: user.password });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  return http;
}

/** A fresh organisation with a signed-in HR admin; `person` adds a person straight into the database. */
export async function ermOrganisation(t: TestApp, name = 'Zorggroep') {
  const id = await createOrganisation(t.dataSource, name);
  const hrUser = await createUser(t.dataSource, id, ['hr_admin']);
  const hr = await signInAs(t, hrUser);
  const member = async (roles: Role[]) => signInAs(t, await createUser(t.dataSource, id, roles));
  const person = async (fields: Partial<{
    firstName: string;
    lastName: string;
    email: string;
    phase: string;
    locale: string;
    location: string;
    tags: string[];
    skills: string[];
  }> = {}): Promise<string> => {
    const [row] = await t.dataSource.query(
      `INSERT INTO people (organisation_id, first_name, last_name, email, phase, locale, location, tags, skills)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        id,
        fields.firstName ?? 'Test',
        fields.lastName ?? 'Persoon',
        fields.email ?? null,
        fields.phase ?? 'information',
        fields.locale ?? 'nl',
        fields.location ?? null,
        fields.tags ?? [],
        fields.skills ?? [],
      ],
    );
    return row.id;
  };
  return { id, hrUser, hr, member, person };
}
