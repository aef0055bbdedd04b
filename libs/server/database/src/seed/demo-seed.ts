import * as argon2 from 'argon2';
import type { EntityManager } from 'typeorm';
import type { Locale, Role } from '@kring/shared-domain';
import { seedDemoErm } from './demo-erm';
import { seedDemoInsights } from './demo-insights';
import { seedDemoMatch } from './demo-match';
import { seedDemoReferrals } from './demo-referrals';

export const DEMO_ORGANISATION_SLUG = 'demo';

export interface DemoLogin {
  role: 'hr' | 'employee' | 'alumnus';
  email: string;
  /** Absent for accounts that sign in with a login link. */
  password?: string;
}

interface DemoUser {
  key: DemoLogin['role'];
  firstName: string;
  lastName: string;
  email: string;
  roles: Role[];
  locale: Locale;
  phase: string;
  withPassword: boolean;
}

const USERS: DemoUser[] = [
  { key: 'hr', firstName: 'Hanna', lastName: 'de Vries', email: 'hr@demo.kring.localhost', roles: ['hr_admin', 'employee'], locale: 'nl', phase: 'employment', withPassword: true },
  { key: 'employee', firstName: 'Emre', lastName: 'Yılmaz', email: 'medewerker@demo.kring.localhost', roles: ['employee'], locale: 'nl', phase: 'employment', withPassword: true },
  { key: 'alumnus', firstName: 'Anouk', lastName: 'Bakker', email: 'alumnus@demo.kring.localhost', roles: ['alumnus'], locale: 'en', phase: 'exit', withPassword: false },
];

/**
 * Loads the demo organisation once: a second call finds it and changes nothing. Passwords are chosen by
 * the caller (npm start generates random ones per installation), never fixed in the repository.
 */
export async function seedDemo(
  manager: EntityManager,
  passwords: { hr: string; employee: string },
  now: Date = new Date(),
): Promise<{ created: boolean; logins: DemoLogin[] }> {
  const logins: DemoLogin[] = USERS.map((u) => ({
    role: u.key,
    email: u.email,
    ...(u.withPassword ? { password: passwords[u.key as 'hr' | 'employee'] } : {}),
  }));
  return manager.transaction(async (tx) => {
    const [organisation] = await tx.query(
      `INSERT INTO organisations (name, slug, default_locale) VALUES ('Zorggroep De Linde (demo)', $1, 'nl')
       ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [DEMO_ORGANISATION_SLUG],
    );
    if (!organisation) {
      // Installations seeded before the referral tables existed get the referral demo data once.
      const [existing] = await tx.query(`SELECT id FROM organisations WHERE slug = $1`, [DEMO_ORGANISATION_SLUG]);
      const created = await seedDemoReferrals(tx, existing.id, now);
      await seedDemoErm(tx, existing.id, now);
      await seedDemoInsights(tx, existing.id, now);
      await seedDemoMatch(tx, existing.id, now);
      return { created, logins };
    }
    for (const user of USERS) {
      const [person] = await tx.query(
        `INSERT INTO people (organisation_id, first_name, last_name, email, locale, phase)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [organisation.id, user.firstName, user.lastName, user.email, user.locale, user.phase],
      );
      const password = user.withPassword ? passwords[user.key as 'hr' | 'employee'] : null;
      await tx.query(
        `INSERT INTO users (organisation_id, person_id, email, password_hash, roles, status, locale)
         VALUES ($1, $2, $3, $4, $5, 'active', $6)`,
        [organisation.id, person.id, user.email, password ? await argon2.hash(password, { type: argon2.argon2id }) : null, user.roles, user.locale],
      );
    }
    await seedDemoReferrals(tx, organisation.id, now);
    await seedDemoErm(tx, organisation.id, now);
    await seedDemoInsights(tx, organisation.id, now);
    await seedDemoMatch(tx, organisation.id, now);
    return { created: true, logins };
  });
}
