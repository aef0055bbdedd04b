import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hasConsentSql, managerOf, type OrganisationId, type Tx } from '@kring/server-database';
import type { EmploymentType, Locale } from '@kring/shared-domain';
import { DIGEST_HOUR, DIGEST_TIME_ZONE, jobAlertMatchSql, MAX_DIGEST_VACANCIES, vacancySkillsLateral, type JobAlertCriteria, type JobAlertFrequency } from './job-alerts.rules';

export interface JobAlertRow extends JobAlertCriteria {
  id: string;
  personId: string;
  frequency: JobAlertFrequency;
  lastDigestAt: Date | null;
  createdAt: Date;
}

export interface AlertRecipient {
  personId: string;
  email: string;
  firstName: string;
  locale: Locale;
}

export interface AlertVacancy {
  id: string;
  title: string;
  location: string | null;
  employmentType: EmploymentType;
}

const COLUMNS = `id, person_id AS "personId", keywords, functions, skills, locations, employment_types AS "employmentTypes",
  frequency, last_digest_at AS "lastDigestAt", created_at AS "createdAt"`;

/** People job alerts may be mailed to: an address, granted and unexpired job_alerts consent, not suppressed ($1 org, $now). */
const eligibleSql = (p: string, now: string) => `${p}.email IS NOT NULL
  AND EXISTS (SELECT 1 FROM consents jc WHERE jc.organisation_id = ${p}.organisation_id AND jc.person_id = ${p}.id
              AND ${hasConsentSql('jc', `'job_alerts'`, now)})
  AND NOT EXISTS (SELECT 1 FROM mail_suppressions ms WHERE ms.organisation_id = ${p}.organisation_id AND ms.email = ${p}.email)`;

/** Saved job alerts, the matching of alerts against vacancies, and the delivery log. */
@Injectable()
export class JobAlertsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listForPerson(organisationId: OrganisationId, personId: string, tx?: Tx): Promise<JobAlertRow[]> {
    return managerOf(this.dataSource, tx).query(
      `SELECT ${COLUMNS} FROM job_alert_subscriptions WHERE organisation_id = $1 AND person_id = $2 ORDER BY created_at, id`,
      [organisationId, personId],
    );
  }

  async find(organisationId: OrganisationId, personId: string, id: string, tx?: Tx): Promise<JobAlertRow | null> {
    const [row] = await managerOf(this.dataSource, tx).query(
      `SELECT ${COLUMNS} FROM job_alert_subscriptions WHERE organisation_id = $1 AND person_id = $2 AND id = $3`,
      [organisationId, personId, id],
    );
    return row ?? null;
  }

  /** Locks the person's alerts (so two requests cannot pass the limit together) and counts them. */
  async lockAndCount(organisationId: OrganisationId, personId: string, tx: Tx): Promise<number> {
    await tx.query(`SELECT id FROM people WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [organisationId, personId]);
    const [{ count }] = await tx.query(
      `SELECT count(*)::int AS count FROM job_alert_subscriptions WHERE organisation_id = $1 AND person_id = $2`,
      [organisationId, personId],
    );
    return count;
  }

  async insert(organisationId: OrganisationId, personId: string, c: JobAlertCriteria & { frequency: JobAlertFrequency }, at: Date, tx: Tx): Promise<string> {
    const [{ id }] = await tx.query(
      `INSERT INTO job_alert_subscriptions (organisation_id, person_id, keywords, functions, skills, locations, employment_types, frequency, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
      [organisationId, personId, c.keywords, c.functions, c.skills, c.locations, c.employmentTypes, c.frequency, at],
    );
    return id;
  }

  async update(organisationId: OrganisationId, personId: string, id: string, c: JobAlertCriteria & { frequency: JobAlertFrequency }, at: Date, tx: Tx): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `UPDATE job_alert_subscriptions SET keywords = $4, functions = $5, skills = $6, locations = $7, employment_types = $8, frequency = $9, updated_at = $10
       WHERE organisation_id = $1 AND person_id = $2 AND id = $3 RETURNING id`,
      [organisationId, personId, id, c.keywords, c.functions, c.skills, c.locations, c.employmentTypes, c.frequency, at],
    );
    return rows.length > 0;
  }

  async delete(organisationId: OrganisationId, personId: string, id: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM job_alert_subscriptions WHERE organisation_id = $1 AND person_id = $2 AND id = $3`,
      [organisationId, personId, id],
    );
    return affected > 0;
  }

  async vacancy(organisationId: OrganisationId, vacancyId: string, tx?: Tx): Promise<(AlertVacancy & { status: string }) | null> {
    const [row] = await managerOf(this.dataSource, tx).query(
      `SELECT id, title, location, employment_type AS "employmentType", status FROM vacancies WHERE organisation_id = $1 AND id = $2`,
      [organisationId, vacancyId],
    );
    return row ?? null;
  }

  /**
   * Instant path: records one delivery per eligible person with a matching instant alert who never got this
   * vacancy, and returns exactly those people. ON CONFLICT makes a concurrent second run skip them.
   */
  async claimInstant(organisationId: OrganisationId, vacancyId: string, now: Date, tx: Tx): Promise<AlertRecipient[]> {
    return tx.query(
      `WITH matched AS (
         SELECT DISTINCT s.person_id
         FROM vacancies v
         ${vacancySkillsLateral('v', 'vl')}
         JOIN job_alert_subscriptions s ON s.organisation_id = v.organisation_id AND s.frequency = 'instant'
         WHERE v.organisation_id = $1 AND v.id = $2 AND v.status = 'open' AND ${jobAlertMatchSql('s', 'v', 'vl.skills')}
       ), claimed AS (
         INSERT INTO job_alert_deliveries (organisation_id, person_id, vacancy_id, mode, sent_at)
         SELECT $1, p.id, $2, 'instant', $3
         FROM matched m JOIN people p ON p.organisation_id = $1 AND p.id = m.person_id
         WHERE ${eligibleSql('p', '$3')}
           AND NOT EXISTS (SELECT 1 FROM job_alert_deliveries d WHERE d.organisation_id = $1 AND d.person_id = p.id AND d.vacancy_id = $2)
         ON CONFLICT DO NOTHING
         RETURNING person_id
       )
       SELECT p.id AS "personId", p.email, p.first_name AS "firstName", p.locale
       FROM claimed c JOIN people p ON p.organisation_id = $1 AND p.id = c.person_id
       ORDER BY p.id`,
      [organisationId, vacancyId, now],
    );
  }

  async setMailMessage(organisationId: OrganisationId, personId: string, vacancyIds: string[], mailMessageId: string, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE job_alert_deliveries SET mail_message_id = $4 WHERE organisation_id = $1 AND person_id = $2 AND vacancy_id = ANY($3::uuid[])`,
      [organisationId, personId, vacancyIds, mailMessageId],
    );
  }

  /** The last digest moments before `now`: today's (or yesterday's) 08:00 and this (or last) Monday's 08:00, Amsterdam time. */
  async digestBoundaries(now: Date): Promise<{ daily: Date; weekly: Date }> {
    const [row] = await this.dataSource.query(
      `SELECT (d - CASE WHEN d > l THEN interval '1 day' ELSE interval '0' END) AT TIME ZONE $2 AS daily,
              (w - CASE WHEN w > l THEN interval '7 days' ELSE interval '0' END) AT TIME ZONE $2 AS weekly
       FROM (SELECT $1::timestamptz AT TIME ZONE $2 AS l,
                    date_trunc('day', $1::timestamptz AT TIME ZONE $2) + make_interval(hours => $3) AS d,
                    date_trunc('week', $1::timestamptz AT TIME ZONE $2) + make_interval(hours => $3) AS w) x`,
      [now, DIGEST_TIME_ZONE, DIGEST_HOUR],
    );
    return { daily: row.daily, weekly: row.weekly };
  }

  async organisationIds(): Promise<OrganisationId[]> {
    const rows: Array<{ id: OrganisationId }> = await this.dataSource.query(`SELECT id FROM organisations ORDER BY id`);
    return rows.map((r) => r.id);
  }

  /** People with at least one daily/weekly alert whose digest is due. */
  async peopleDue(organisationId: OrganisationId, b: { daily: Date; weekly: Date }): Promise<string[]> {
    const rows: Array<{ person_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT person_id FROM job_alert_subscriptions
       WHERE organisation_id = $1 AND frequency IN ('daily', 'weekly')
         AND coalesce(last_digest_at, created_at) < CASE frequency WHEN 'daily' THEN $2::timestamptz ELSE $3::timestamptz END
       ORDER BY person_id`,
      [organisationId, b.daily, b.weekly],
    );
    return rows.map((r) => r.person_id);
  }

  /** Locks the person's due digest alerts; another worker holding them makes this return none (it does the work). */
  async lockDue(organisationId: OrganisationId, personId: string, b: { daily: Date; weekly: Date }, tx: Tx): Promise<string[]> {
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT id FROM job_alert_subscriptions
       WHERE organisation_id = $1 AND person_id = $2 AND frequency IN ('daily', 'weekly')
         AND coalesce(last_digest_at, created_at) < CASE frequency WHEN 'daily' THEN $3::timestamptz ELSE $4::timestamptz END
       ORDER BY id FOR UPDATE SKIP LOCKED`,
      [organisationId, personId, b.daily, b.weekly],
    );
    return rows.map((r) => r.id);
  }

  async recipient(organisationId: OrganisationId, personId: string, now: Date, tx: Tx): Promise<AlertRecipient | null> {
    const [row] = await tx.query(
      `SELECT p.id AS "personId", p.email, p.first_name AS "firstName", p.locale FROM people p
       WHERE p.organisation_id = $1 AND p.id = $2 AND ${eligibleSql('p', '$3')}`,
      [organisationId, personId, now],
    );
    return row ?? null;
  }

  /**
   * Digest path: claims (records deliveries for) the open vacancies published since the last digest of any
   * of the given alerts that one of them matches and the person never got; returns those vacancies, newest first.
   */
  async claimDigest(organisationId: OrganisationId, personId: string, subscriptionIds: string[], now: Date, tx: Tx): Promise<AlertVacancy[]> {
    return tx.query(
      `WITH picked AS (
         SELECT v.id, v.title, v.location, v.employment_type, v.opened_at
         FROM vacancies v
         ${vacancySkillsLateral('v', 'vl')}
         WHERE v.organisation_id = $1 AND v.status = 'open' AND v.opened_at <= $4
           AND EXISTS (
             SELECT 1 FROM job_alert_subscriptions s
             WHERE s.organisation_id = $1 AND s.id = ANY($3::uuid[])
               AND v.opened_at > coalesce(s.last_digest_at, s.created_at) AND ${jobAlertMatchSql('s', 'v', 'vl.skills')})
           AND NOT EXISTS (SELECT 1 FROM job_alert_deliveries d WHERE d.organisation_id = $1 AND d.person_id = $2 AND d.vacancy_id = v.id)
         ORDER BY v.opened_at DESC, v.id
         LIMIT ${MAX_DIGEST_VACANCIES}
       ), claimed AS (
         INSERT INTO job_alert_deliveries (organisation_id, person_id, vacancy_id, mode, sent_at)
         SELECT $1, $2, id, 'digest', $4 FROM picked
         ON CONFLICT DO NOTHING
         RETURNING vacancy_id
       )
       SELECT p.id, p.title, p.location, p.employment_type AS "employmentType"
       FROM picked p JOIN claimed c ON c.vacancy_id = p.id
       ORDER BY p.opened_at DESC, p.id`,
      [organisationId, personId, subscriptionIds, now],
    );
  }

  async markDigested(organisationId: OrganisationId, subscriptionIds: string[], now: Date, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE job_alert_subscriptions SET last_digest_at = $3 WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [organisationId, subscriptionIds, now],
    );
  }
}
