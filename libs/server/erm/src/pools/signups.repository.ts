import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { asOrganisationId, managerOf, OrganisationId, Tx } from '@kring/server-database';
import { normaliseEmail, type Locale } from '@kring/shared-domain';
import type { ExtraPurpose } from './pools.rules';

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

const SIGNUP_COLUMNS = `id, organisation_id AS "organisationId", person_id AS "personId", person_created AS "personCreated", first_name AS "firstName",
  last_name AS "lastName", locale, location, skills, pool_ids AS "poolIds", extra_purposes AS "extraPurposes", expires_at AS "expiresAt"`;

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

  async insert(tx: Tx, organisationId: OrganisationId, signup: NewSignup, at: Date): Promise<string> {
    const [row]: Array<{ id: string }> = await tx.query(
      `INSERT INTO talent_pool_signups (organisation_id, person_id, person_created, first_name, last_name, locale, location, skills, pool_ids, extra_purposes, expires_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
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
      ],
    );
    return row!.id;
  }

  async findForUpdate(tx: Tx, organisationId: OrganisationId, id: string): Promise<SignupRow | null> {
    const rows: SignupRow[] = await tx.query(`SELECT ${SIGNUP_COLUMNS} FROM talent_pool_signups WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [
      organisationId,
      id,
    ]);
    return rows[0] ? withOrg(rows[0]) : null;
  }

  /** Sign-ups past their opt-in period, locked so a second worker skips them. */
  async lapsedForUpdate(tx: Tx, now: Date, limit: number): Promise<SignupRow[]> {
    const rows: SignupRow[] = await tx.query(
      `SELECT ${SIGNUP_COLUMNS} FROM talent_pool_signups WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
    return rows.map(withOrg);
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

  /** A token by its secret and purpose, whether used or expired (the caller tells those apart), locked. */
  async tokenForUpdate(tx: Tx, token: string, purpose: string): Promise<TokenRow | null> {
    if (!token || token.length > 200) return null;
    const hash = createHash('sha256').update(token, 'utf8').digest();
    const rows: TokenRow[] = await tx.query(
      `SELECT id, organisation_id AS "organisationId", person_id AS "personId", subject_id AS "subjectId", expires_at AS "expiresAt", used_at AS "usedAt"
         FROM person_tokens WHERE token_hash = $1 AND purpose = $2 FOR UPDATE`,
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
