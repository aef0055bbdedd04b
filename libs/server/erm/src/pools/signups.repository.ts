import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { asOrganisationId, managerOf, OrganisationId, Tx } from '@kring/server-database';
import { normaliseEmail, type Locale } from '@kring/shared-domain';
import { MAX_JOB_ALERTS_PER_PERSON, type ExtraPurpose, type SignupJobAlert } from './pools.rules';

export interface SignupRow {
  id: string;
  organisationId: OrganisationId;
  personId: string;
  personCreated: boolean;
  firstName: string;
  lastName: string;
  locale: Locale;
  location: string | null;
  skills: string[];
  poolIds: string[];
  extraPurposes: ExtraPurpose[];
  /** The job alert asked for with the separate job_alerts consent, created on confirmation; null: none. */
  jobAlert: SignupJobAlert | null;
  expiresAt: Date;
}

export interface NewSignup {
  personId: string;
  personCreated: boolean;
  firstName: string;
  lastName: string;
  locale: Locale;
  location: string | null;
  skills: string[];
  poolIds: string[];
  extraPurposes: ExtraPurpose[];
  jobAlert: SignupJobAlert | null;
  expiresAt: Date;
}

/** A person token as stored, used or not: lets a second click on a link answer "already done". */
export interface TokenRow {
  id: string;
  organisationId: OrganisationId;
  personId: string;
  subjectId: string | null;
  expiresAt: Date;
  usedAt: Date | null;
}

const signupColumns = (a: string) => `${a}.id, ${a}.organisation_id AS "organisationId", ${a}.person_id AS "personId", ${a}.person_created AS "personCreated",
  ${a}.first_name AS "firstName", ${a}.last_name AS "lastName", ${a}.locale, ${a}.location, ${a}.skills, ${a}.pool_ids AS "poolIds",
  ${a}.extra_purposes AS "extraPurposes", ${a}.job_alert AS "jobAlert", ${a}.expires_at AS "expiresAt"`;

const withOrg = <T extends { organisationId: OrganisationId }>(row: T): T => ({ ...row, organisationId: asOrganisationId(row.organisationId) });

/** Pending sign-ups of the public form, and the people they create. */
@Injectable()
export class SignupsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async organisationBySlug(slug: string): Promise<{ id: OrganisationId; name: string; defaultLocale: Locale } | null> {
    const rows: Array<{ id: string; name: string; defaultLocale: Locale }> = await this.dataSource.query(
      `SELECT id, name, default_locale AS "defaultLocale" FROM organisations WHERE slug = $1`,
      [slug],
    );
    return rows[0] ? { ...rows[0], id: asOrganisationId(rows[0].id) } : null;
  }

  async organisationName(organisationId: OrganisationId, tx?: Tx): Promise<string> {
    const [row]: Array<{ name: string }> = await managerOf(this.dataSource, tx).query(`SELECT name FROM organisations WHERE id = $1`, [organisationId]);
    return row?.name ?? '';
  }

  /**
   * The person with this email, or a new one (phase information, source talent_pool_form). Only name and
   * email are stored on a new person; `created` tells whether this call made them.
   */
  async findOrCreatePerson(
    tx: Tx,
    organisationId: OrganisationId,
    input: { email: string; firstName: string; lastName: string; locale: Locale },
  ): Promise<{ id: string; created: boolean; firstName: string; locale: Locale }> {
    const email = normaliseEmail(input.email);
    const inserted: Array<{ id: string }> = await tx.query(
      `INSERT INTO people (organisation_id, first_name, last_name, email, locale, source) VALUES ($1, $2, $3, $4, $5, 'talent_pool_form')
       ON CONFLICT (organisation_id, email) WHERE email IS NOT NULL DO NOTHING RETURNING id`,
      [organisationId, input.firstName, input.lastName, email, input.locale],
    );
    if (inserted[0]) return { id: inserted[0].id, created: true, firstName: input.firstName, locale: input.locale };
    const [existing]: Array<{ id: string; firstName: string; locale: Locale }> = await tx.query(
      `SELECT id, first_name AS "firstName", locale FROM people WHERE organisation_id = $1 AND email = $2`,
      [organisationId, email],
    );
    return { ...existing!, created: false };
  }

  async contact(tx: Tx, organisationId: OrganisationId, personId: string): Promise<{ email: string | null; firstName: string; locale: Locale } | null> {
    const rows: Array<{ email: string | null; firstName: string; locale: Locale }> = await tx.query(
      `SELECT email, first_name AS "firstName", locale FROM people WHERE organisation_id = $1 AND id = $2`,
      [organisationId, personId],
    );
    return rows[0] ?? null;
  }

  /**
   * Stores a pending sign-up. `personCreated` is also true when an earlier pending sign-up created the person
   * (the form submitted twice, never confirmed): the person is still only the form's, and is erased when the
   * last of those sign-ups lapses. Answers the id and the flag as stored.
   */
  async insert(tx: Tx, organisationId: OrganisationId, signup: NewSignup, at: Date): Promise<{ id: string; personCreated: boolean }> {
    const [row]: Array<{ id: string; personCreated: boolean }> = await tx.query(
      `INSERT INTO talent_pool_signups (organisation_id, person_id, person_created, first_name, last_name, locale, location, skills, pool_ids, extra_purposes, expires_at, created_at, job_alert)
       VALUES ($1, $2,
               $3 OR EXISTS (SELECT 1 FROM talent_pool_signups s WHERE s.organisation_id = $1 AND s.person_id = $2 AND s.person_created),
               $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb)
       RETURNING id, person_created AS "personCreated"`,
      [
        organisationId,
        signup.personId,
        signup.personCreated,
        signup.firstName,
        signup.lastName,
        signup.locale,
        signup.location,
        signup.skills,
        signup.poolIds,
        signup.extraPurposes,
        signup.expiresAt,
        at,
        signup.jobAlert ? JSON.stringify(signup.jobAlert) : null,
      ],
    );
    return row!;
  }

  /**
   * Creates the job alert a confirmed sign-up asked for. Plain SQL into the job-alerts table of
   * @kring/server-mailings (which imports erm, so erm cannot use its repository): the same columns and
   * normalisation as JobAlertsRepository.insert, and its limit of five alerts per person. Skipped (null) at the
   * limit, or when the person already has an alert with exactly these criteria (the form sent twice). The person
   * row is locked by the caller (SignupsRepository.lockPerson), so concurrent saves cannot pass the limit together.
   */
  async createJobAlert(tx: Tx, organisationId: OrganisationId, personId: string, alert: SignupJobAlert, at: Date): Promise<string | null> {
    const rows: Array<{ id: string }> = await tx.query(
      `INSERT INTO job_alert_subscriptions (organisation_id, person_id, keywords, functions, skills, locations, employment_types, frequency, created_at, updated_at)
       SELECT $1, $2, $3, $4::text[], '{}', $5::text[], $6::text[], $7, $8, $8
        WHERE (SELECT count(*) FROM job_alert_subscriptions WHERE organisation_id = $1 AND person_id = $2) < $9
          AND NOT EXISTS (
            SELECT 1 FROM job_alert_subscriptions
             WHERE organisation_id = $1 AND person_id = $2 AND keywords = $3 AND functions = $4::text[] AND skills = '{}'
               AND locations = $5::text[] AND employment_types = $6::text[] AND frequency = $7)
       RETURNING id`,
      [organisationId, personId, alert.keywords, alert.functions, alert.locations, alert.employmentTypes, alert.frequency, at, MAX_JOB_ALERTS_PER_PERSON],
    );
    return rows[0]?.id ?? null;
  }

  async findForUpdate(tx: Tx, organisationId: OrganisationId, id: string): Promise<SignupRow | null> {
    const rows: SignupRow[] = await tx.query(`SELECT ${signupColumns('s')} FROM talent_pool_signups s WHERE s.organisation_id = $1 AND s.id = $2 FOR UPDATE`, [
      organisationId,
      id,
    ]);
    return rows[0] ? withOrg(rows[0]) : null;
  }

  /**
   * Sign-ups past their opt-in period, locked with their person (SKIP LOCKED: a second worker, or a person a
   * confirm/renew/leave link is working on right now, is skipped until the next run; see {@link lockPerson}).
   */
  async lapsedForUpdate(tx: Tx, now: Date, limit: number): Promise<SignupRow[]> {
    const rows: SignupRow[] = await tx.query(
      `SELECT ${signupColumns('s')}
         FROM talent_pool_signups s
         JOIN people p ON p.organisation_id = s.organisation_id AND p.id = s.person_id
        WHERE s.expires_at <= $1
        ORDER BY s.expires_at
        LIMIT $2
        FOR UPDATE OF s SKIP LOCKED
        FOR NO KEY UPDATE OF p SKIP LOCKED`,
      [now, limit],
    );
    return rows.map(withOrg);
  }

  /**
   * The lock every talent-pool change of one person takes first: the person row (FOR NO KEY UPDATE, so
   * inserts that merely reference the person are not blocked). The confirm, renew and leave links take it
   * before their token, sign-up or consent; the hourly job takes it together with the sign-up or consent it
   * selects, with SKIP LOCKED, so it never waits for a link and a link waits for the job only while holding
   * nothing: no lock cycle, no deadlock at the expiry boundary. False when the person is gone.
   */
  async lockPerson(tx: Tx, organisationId: OrganisationId, personId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM people WHERE organisation_id = $1 AND id = $2 FOR NO KEY UPDATE`, [organisationId, personId]);
    return rows.length > 0;
  }

  async delete(tx: Tx, organisationId: OrganisationId, id: string): Promise<void> {
    await tx.query(`DELETE FROM talent_pool_signups WHERE organisation_id = $1 AND id = $2`, [organisationId, id]);
  }

  async hasOtherSignup(tx: Tx, organisationId: OrganisationId, personId: string, exceptId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM talent_pool_signups WHERE organisation_id = $1 AND person_id = $2 AND id <> $3 LIMIT 1`, [
      organisationId,
      personId,
      exceptId,
    ]);
    return rows.length > 0;
  }

  /**
   * Applies what the person typed, once they confirmed: name, language, location; skills are added to
   * the ones already known, and the chosen pools' names become interests.
   */
  async applyProfile(tx: Tx, organisationId: OrganisationId, signup: SignupRow, interests: string[], at: Date): Promise<void> {
    await tx.query(
      `UPDATE people SET first_name = $3, last_name = $4, locale = $5, location = COALESCE($6, location),
              skills = ARRAY(SELECT DISTINCT unnest(skills || $7::text[])),
              interests = ARRAY(SELECT DISTINCT unnest(interests || $8::text[])),
              updated_at = $9
        WHERE organisation_id = $1 AND id = $2`,
      [organisationId, signup.personId, signup.firstName, signup.lastName, signup.locale, signup.location, signup.skills, interests, at],
    );
  }

  /**
   * A token by its secret and purpose, whether used or expired (the caller tells those apart). Read without a
   * lock first (to learn whose it is), then again `forUpdate` once the person is locked ({@link lockPerson}).
   */
  async findToken(tx: Tx, token: string, purpose: string, options: { forUpdate?: boolean } = {}): Promise<TokenRow | null> {
    if (!token || token.length > 200) return null;
    const hash = createHash('sha256').update(token, 'utf8').digest();
    const rows: TokenRow[] = await tx.query(
      `SELECT id, organisation_id AS "organisationId", person_id AS "personId", subject_id AS "subjectId", expires_at AS "expiresAt", used_at AS "usedAt"
         FROM person_tokens WHERE token_hash = $1 AND purpose = $2 ${options.forUpdate ? 'FOR UPDATE' : ''}`,
      [hash, purpose],
    );
    return rows[0] ? withOrg(rows[0]) : null;
  }

  /** Moves the expiry of a person's unused tokens of one purpose (leave links live as long as the consent). */
  async extendTokens(tx: Tx, organisationId: OrganisationId, personId: string, purpose: string, expiresAt: Date): Promise<void> {
    await tx.query(`UPDATE person_tokens SET expires_at = $4 WHERE organisation_id = $1 AND person_id = $2 AND purpose = $3 AND used_at IS NULL`, [
      organisationId,
      personId,
      purpose,
      expiresAt,
    ]);
  }

  async deleteTokens(tx: Tx, organisationId: OrganisationId, personId: string, purpose: string, subjectId?: string): Promise<void> {
    await tx.query(
      `DELETE FROM person_tokens WHERE organisation_id = $1 AND person_id = $2 AND purpose = $3 AND ($4::uuid IS NULL OR subject_id = $4)`,
      [organisationId, personId, purpose, subjectId ?? null],
    );
  }
}
