import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@kring/server-config';
import { asOrganisationId, DatabaseModule, type OrganisationId } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { QueueModule } from '@kring/server-queue';
import { createTestDatabase, FakeClock, testConfig, type TestDatabase } from '@kring/server-testing';
import type { Audience } from '@kring/shared-domain';
import { NewsletterEngine } from '../../newsletters/newsletter-engine.service';
import { NewslettersModule } from '../../newsletters/newsletters.module';
import { NewslettersService } from '../../newsletters/newsletters.service';
import { PreferencesCoreModule } from '../../preferences/preferences.module';
import { PreferencesService } from '../../preferences/preferences.service';
import { ActivationModule } from '../activation.module';

type Role = 'hr_admin' | 'employee' | 'alumnus' | 'external_referrer';

/** Newsletters + activation + preferences on a fresh test database, sending to `smtpUrl`. For this area's tests only. */
export async function startActivationTestApp(smtpUrl: string) {
  const db: TestDatabase = await createTestDatabase();
  const clock = new FakeClock(new Date());
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot({ config: testConfig(db.url, { SMTP_URL: smtpUrl, MAIL_RATE_PER_SECOND: '1000' }), clock }),
      DatabaseModule.forRoot(),
      QueueModule.forRoot({ worker: false }),
      NewslettersModule,
      ActivationModule,
      PreferencesCoreModule,
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
    preferences: moduleRef.get(PreferencesService, { strict: false }),

    async organisation(name = 'Zorggroep De Linde', defaultLocale = 'nl'): Promise<OrganisationId> {
      const [row] = (await ds.query(`INSERT INTO organisations (name, slug, default_locale) VALUES ($1, $2, $3) RETURNING id`, [
        name,
        `act-${++n}-${Math.random().toString(36).slice(2, 8)}`,
        defaultLocale,
      ])) as { id: string }[];
      return asOrganisationId(row!.id);
    },

    /** A person with a user account (status active unless given). */
    async user(
      org: OrganisationId,
      firstName: string,
      roles: Role[],
      opts: { email?: string | null; locale?: string; employmentType?: 'permanent' | 'flex' | null; status?: string } = {},
    ): Promise<{ personId: string; userId: string; email: string | null }> {
      const email = opts.email === undefined ? `${firstName.toLowerCase()}.${++n}@example.test` : opts.email;
      const [person] = (await ds.query(
        `INSERT INTO people (organisation_id, first_name, email, locale, phase, employment_type) VALUES ($1, $2, $3, $4, 'employment', $5) RETURNING id`,
        [org, firstName, email, opts.locale ?? 'nl', opts.employmentType ?? null],
      )) as { id: string }[];
      const [user] = (await ds.query(
        `INSERT INTO users (organisation_id, person_id, email, roles, status, locale) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [org, person!.id, `user-${++n}@example.test`, roles, opts.status ?? 'active', opts.locale ?? 'nl'],
      )) as { id: string }[];
      return { personId: person!.id, userId: user!.id, email };
    },

    async programme(
      org: OrganisationId,
      opts: {
        name?: string;
        kind?: 'internal' | 'external' | 'combined';
        audiences?: Audience[];
        endsAt?: Date | null;
        archived?: boolean;
        scope?: 'all_open' | 'selected';
        allowHiringTeam?: boolean;
      } = {},
    ): Promise<string> {
      const [row] = (await ds.query(
        `INSERT INTO programmes (organisation_id, name, kind, audiences, ends_at, vacancy_scope, archived_at, allow_hiring_team_referrals)
         VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7 THEN now() END, $8) RETURNING id`,
        [
          org,
          opts.name ?? 'Zorgtalent gezocht',
          opts.kind ?? 'combined',
          opts.audiences ?? ['employee_permanent', 'employee_flex', 'alumnus', 'external_referrer'],
          opts.endsAt ?? null,
          opts.scope ?? 'all_open',
          opts.archived ?? false,
          opts.allowHiringTeam ?? false,
        ],
      )) as { id: string }[];
      return row!.id;
    },

    async vacancy(
      org: OrganisationId,
      title: string,
      opts: { status?: string; openedAt?: Date; hiringManagerUserId?: string; programmeId?: string } = {},
    ): Promise<string> {
      const [row] = (await ds.query(
        `INSERT INTO vacancies (organisation_id, title, status, opened_at, hiring_manager_user_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [org, title, opts.status ?? 'open', opts.openedAt ?? new Date(), opts.hiringManagerUserId ?? null],
      )) as { id: string }[];
      if (opts.programmeId) {
        await ds.query(`INSERT INTO programme_vacancies (organisation_id, programme_id, vacancy_id) VALUES ($1, $2, $3)`, [org, opts.programmeId, row!.id]);
      }
      return row!.id;
    },

    async hr(org: OrganisationId): Promise<AuthContext> {
      const { personId, userId } = await app.user(org, 'Hanna', ['hr_admin']);
      return { userId, personId, organisationId: org, roles: ['hr_admin'], sessionId: 's', csrfToken: 'c' } as AuthContext;
    },

    deliveryRows(newsletterId: string) {
      return ds.query(
        `SELECT d.id, d.person_id AS "personId", d.email, d.locale, d.status, d.message_id AS "messageId", d.personal,
                d.last_error AS "lastError", p.first_name AS "firstName"
           FROM newsletter_deliveries d JOIN people p ON p.id = d.person_id
          WHERE d.newsletter_id = $1 ORDER BY p.first_name`,
        [newsletterId],
      ) as Promise<
        Array<{
          id: string;
          personId: string;
          email: string;
          locale: string;
          status: string;
          messageId: string;
          personal: { programmeName: string; overviewUrl: string; links: Array<{ title: string; url: string }> };
          lastError: string | null;
          firstName: string;
        }>
      >;
    },

    shareLinks(org: OrganisationId, userId: string): Promise<Array<{ code: string; vacancyId: string }>> {
      return ds.query(`SELECT code, vacancy_id AS "vacancyId" FROM share_links WHERE organisation_id = $1 AND owner_user_id = $2 ORDER BY code`, [
        org,
        userId,
      ]);
    },

    async close(): Promise<void> {
      await moduleRef.close();
      await db.drop();
    },
  };
  return app;
}

export type ActivationTestApp = Awaited<ReturnType<typeof startActivationTestApp>>;
