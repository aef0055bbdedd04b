import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@kring/server-config';
import { asOrganisationId, DatabaseModule, type OrganisationId } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { QueueModule } from '@kring/server-queue';
import { createTestDatabase, FakeClock, testConfig, type TestDatabase } from '@kring/server-testing';
import { MailingLinks } from '../../links/mailing-links.service';
import { NewsletterDeliveriesRepository } from '../newsletter-deliveries.repository';
import { NewsletterEngine } from '../newsletter-engine.service';
import { NewslettersModule } from '../newsletters.module';
import { NewslettersService } from '../newsletters.service';

/** The newsletters module on a fresh test database, sending to `smtpUrl`. For this area's integration tests only. */
export async function startNewsletterTestApp(smtpUrl: string, env: Record<string, string> = {}) {
  const db: TestDatabase = await createTestDatabase();
  const clock = new FakeClock(new Date());
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot({ config: testConfig(db.url, { SMTP_URL: smtpUrl, MAIL_RATE_PER_SECOND: '1000', ...env }), clock }),
      DatabaseModule.forRoot(),
      QueueModule.forRoot({ worker: false }),
      NewslettersModule,
    ],
  }).compile();
  moduleRef.useLogger(false);
  await moduleRef.init();
  const ds = moduleRef.get(DataSource);
  let n = 0;

  const app = {
    db,
    clock,
    ds,
    service: moduleRef.get(NewslettersService, { strict: false }),
    engine: moduleRef.get(NewsletterEngine, { strict: false }),
    deliveries: moduleRef.get(NewsletterDeliveriesRepository, { strict: false }),
    links: moduleRef.get(MailingLinks, { strict: false }),

    async organisation(name = 'Zorggroep De Linde', defaultLocale = 'nl'): Promise<OrganisationId> {
      const [row] = (await ds.query(`INSERT INTO organisations (name, slug, default_locale) VALUES ($1, $2, $3) RETURNING id`, [
        name,
        `nl-${++n}-${Math.random().toString(36).slice(2, 8)}`,
        defaultLocale,
      ])) as { id: string }[];
      return asOrganisationId(row!.id);
    },

    /** A person; `consent` = newsletter consent status (null: none). */
    async person(
      org: OrganisationId,
      firstName: string,
      opts: { email?: string | null; locale?: string; phase?: string; consent?: string | null; consentExpiresAt?: Date | null } = {},
    ): Promise<string> {
      const email = opts.email === undefined ? `${firstName.toLowerCase()}.${++n}@example.test` : opts.email;
      const [row] = (await ds.query(
        `INSERT INTO people (organisation_id, first_name, email, locale, phase) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [org, firstName, email, opts.locale ?? 'nl', opts.phase ?? 'exit'],
      )) as { id: string }[];
      const consent = opts.consent === undefined ? 'granted' : opts.consent;
      if (consent) {
        await ds.query(
          `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at)
           VALUES ($1, $2, 'newsletter', $3, 'manual', now(), $4)`,
          [org, row!.id, consent, opts.consentExpiresAt ?? null],
        );
      }
      return row!.id;
    },

    /** Many granted alumni at once (set-based), for load-shaped tests. */
    async people(org: OrganisationId, count: number, prefix = 'bulk'): Promise<void> {
      await ds.query(
        `WITH p AS (
           INSERT INTO people (organisation_id, first_name, email, locale, phase)
           SELECT $1, 'Alumnus ' || i, $3 || '-' || i || '@example.test', CASE WHEN i % 3 = 0 THEN 'en' ELSE 'nl' END, 'exit'
             FROM generate_series(1, $2) AS i RETURNING id)
         INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at)
         SELECT $1, id, 'newsletter', 'granted', 'manual', now() FROM p`,
        [org, count, `${prefix}-${++n}`],
      );
    },

    async segment(org: OrganisationId, filter: object = { phases: ['exit'] }): Promise<string> {
      const [row] = (await ds.query(`INSERT INTO segments (organisation_id, name, filter) VALUES ($1, $2, $3) RETURNING id`, [
        org,
        `Segment ${++n}`,
        JSON.stringify(filter),
      ])) as { id: string }[];
      return row!.id;
    },

    async hr(org: OrganisationId): Promise<AuthContext> {
      const personId = await app.person(org, 'Hanna', { consent: null, phase: 'employment' });
      const [row] = (await ds.query(
        `INSERT INTO users (organisation_id, person_id, email, roles, status) VALUES ($1, $2, $3, '{hr_admin}', 'active') RETURNING id`,
        [org, personId, `hr-${++n}@example.test`],
      )) as { id: string }[];
      return { userId: row!.id, personId, organisationId: org, roles: ['hr_admin'], sessionId: 's', csrfToken: 'c' } as AuthContext;
    },

    deliveryRows(newsletterId: string) {
      return ds.query(
        `SELECT d.id, d.person_id AS "personId", d.email, d.locale, d.status, d.attempts, d.message_id AS "messageId",
                d.last_error AS "lastError", d.next_attempt_at AS "nextAttemptAt", p.first_name AS "firstName"
           FROM newsletter_deliveries d JOIN people p ON p.id = d.person_id
          WHERE d.newsletter_id = $1 ORDER BY p.first_name`,
        [newsletterId],
      ) as Promise<
        Array<{ id: string; personId: string; email: string; locale: string; status: string; attempts: number; messageId: string; lastError: string | null; nextAttemptAt: Date; firstName: string }>
      >;
    },

    async jobs(queue: string): Promise<number> {
      const [row] = (await ds.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, [queue])) as { n: number }[];
      return row!.n;
    },

    async close(): Promise<void> {
      await moduleRef.close();
      await db.drop();
    },
  };
  return app;
}

export type NewsletterTestApp = Awaited<ReturnType<typeof startNewsletterTestApp>>;
