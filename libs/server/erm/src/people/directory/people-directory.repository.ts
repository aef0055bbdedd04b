import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hasConsentSql, managerOf, OrganisationId, Tx } from '@kring/server-database';
import type { ConsentPurpose, ConsentStatus, EngagementLevel, Locale, Phase, PersonSource, PhaseCause } from '@kring/shared-domain';
import { engagementLevelSql, engagementScoreSql } from '../engagement/engagement';
import { PeopleSearch, peopleWhereSql, SqlParams } from '../filter/people-filter';

/** A person as HR's lists and profile show them, with the engagement computed at a moment. */
export interface PersonRow {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  locale: Locale;
  phase: Phase;
  location: string | null;
  functionTitle: string | null;
  department: string | null;
  skills: string[];
  tags: string[];
  interests: string[];
  source: PersonSource;
  employmentType: 'permanent' | 'flex' | null;
  startDate: string | null;
  phaseChangedAt: Date;
  boomerangAt: Date | null;
  engagementScore: number;
  engagementLevel: EngagementLevel;
  createdAt: Date;
  updatedAt: Date;
}

export interface PhaseHistoryRow {
  id: string;
  fromPhase: Phase | null;
  toPhase: Phase;
  cause: PhaseCause;
  reason: string | null;
  actorUserId: string | null;
  actorName: string | null;
  occurredAt: Date;
}

export interface ConsentRow {
  purpose: ConsentPurpose;
  status: ConsentStatus;
  active: boolean;
  source: string;
  givenAt: Date | null;
  expiresAt: Date | null;
  withdrawnAt: Date | null;
}

export interface PersonProfileChanges {
  firstName?: string;
  lastName?: string;
  email?: string | null;
  phone?: string | null;
  locale?: Locale;
  location?: string | null;
  functionTitle?: string | null;
  department?: string | null;
  skills?: string[];
  tags?: string[];
}

const columns = (at: string) => `
  p.id, p.first_name AS "firstName", p.last_name AS "lastName", p.email, p.phone, p.locale, p.phase, p.location,
  p.function_title AS "functionTitle", p.department, p.skills, p.tags, p.interests, p.source, p.employment_type AS "employmentType",
  to_char(p.start_date, 'YYYY-MM-DD') AS "startDate", p.phase_changed_at AS "phaseChangedAt", p.boomerang_at AS "boomerangAt",
  ${engagementScoreSql('p', at)} AS "engagementScore", ${engagementLevelSql('p', at)} AS "engagementLevel",
  p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

const COLUMN_NAMES: Record<keyof PersonProfileChanges, string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phone: 'phone',
  locale: 'locale',
  location: 'location',
  functionTitle: 'function_title',
  department: 'department',
  skills: 'skills',
  tags: 'tags',
};

/** Reads people under a filter (the segment WHERE clause) and writes HR's profile edits. */
@Injectable()
export class PeopleDirectoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page and the total under the same WHERE clause. */
  async search(
    organisationId: OrganisationId,
    filter: PeopleSearch,
    at: Date,
    page: { limit: number; offset: number },
    tx?: Tx,
  ): Promise<{ items: PersonRow[]; total: number }> {
    const manager = managerOf(this.dataSource, tx);
    const params = new SqlParams(organisationId);
    const where = peopleWhereSql(filter, params, at);
    const [{ total }]: Array<{ total: number }> = await manager.query(
      `SELECT count(*)::int AS total FROM people p WHERE ${where}`,
      params.values,
    );
    const atParam = params.add(at);
    const limit = params.add(page.limit);
    const offset = params.add(page.offset);
    const items: PersonRow[] = await manager.query(
      `SELECT ${columns(atParam)} FROM people p WHERE ${where}
       ORDER BY lower(p.last_name), lower(p.first_name), p.id LIMIT ${limit} OFFSET ${offset}`,
      params.values,
    );
    return { items, total };
  }

  async count(organisationId: OrganisationId, filter: PeopleSearch, at: Date, tx?: Tx): Promise<number> {
    const params = new SqlParams(organisationId);
    const where = peopleWhereSql(filter, params, at);
    const [{ total }]: Array<{ total: number }> = await managerOf(this.dataSource, tx).query(
      `SELECT count(*)::int AS total FROM people p WHERE ${where}`,
      params.values,
    );
    return total;
  }

  async ids(organisationId: OrganisationId, filter: PeopleSearch, at: Date, tx?: Tx): Promise<string[]> {
    const params = new SqlParams(organisationId);
    const rows: Array<{ id: string }> = await managerOf(this.dataSource, tx).query(
      `SELECT p.id FROM people p WHERE ${peopleWhereSql(filter, params, at)} ORDER BY p.id`,
      params.values,
    );
    return rows.map((row) => row.id);
  }

  async findById(organisationId: OrganisationId, id: string, at: Date, tx?: Tx): Promise<PersonRow | null> {
    const rows: PersonRow[] = await managerOf(this.dataSource, tx).query(
      `SELECT ${columns('$3')} FROM people p WHERE p.organisation_id = $1 AND p.id = $2 AND p.erased_at IS NULL`,
      [organisationId, id, at],
    );
    return rows[0] ?? null;
  }

  /** Which of these ids are people of the organisation (others and erasure tombstones are dropped). */
  async existing(organisationId: OrganisationId, ids: readonly string[], tx?: Tx): Promise<string[]> {
    const rows: Array<{ id: string }> = await managerOf(this.dataSource, tx).query(
      `SELECT id FROM people WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND erased_at IS NULL ORDER BY id`,
      [organisationId, ids],
    );
    return rows.map((row) => row.id);
  }

  /**
   * The people of this organisation among these ids (never erasure tombstones), with their phase and whether they have a user account,
   * locked (in id order) so a move decided on them holds until the caller's transaction ends.
   */
  async phasesForMove(organisationId: OrganisationId, ids: readonly string[], tx: Tx): Promise<Array<{ id: string; phase: Phase; hasAccount: boolean }>> {
    return tx.query(
      `SELECT p.id, p.phase, EXISTS (SELECT 1 FROM users u WHERE u.organisation_id = p.organisation_id AND u.person_id = p.id) AS "hasAccount"
         FROM people p WHERE p.organisation_id = $1 AND p.id = ANY($2::uuid[]) AND p.erased_at IS NULL
        ORDER BY p.id FOR NO KEY UPDATE OF p`,
      [organisationId, ids],
    );
  }

  async findIdByEmail(organisationId: OrganisationId, email: string, tx?: Tx): Promise<string | null> {
    const rows: Array<{ id: string }> = await managerOf(this.dataSource, tx).query(
      `SELECT id FROM people WHERE organisation_id = $1 AND email = $2`,
      [organisationId, email],
    );
    return rows[0]?.id ?? null;
  }

  /** Inserts a person unless the email is taken; null when it is (the unique index decides, so concurrent creates cannot both win). */
  async insert(
    organisationId: OrganisationId,
    input: PersonProfileChanges & { firstName: string; phase: Phase; at: Date },
    tx?: Tx,
  ): Promise<string | null> {
    const rows: Array<{ id: string }> = await managerOf(this.dataSource, tx).query(
      `INSERT INTO people (organisation_id, first_name, last_name, email, phone, locale, location, function_title, department, skills, tags,
                           phase, source, phase_changed_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'manual', $13, $13, $13)
       ON CONFLICT (organisation_id, email) WHERE email IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        organisationId,
        input.firstName,
        input.lastName ?? '',
        input.email ?? null,
        input.phone ?? null,
        input.locale ?? 'nl',
        input.location ?? null,
        input.functionTitle ?? null,
        input.department ?? null,
        input.skills ?? [],
        input.tags ?? [],
        input.phase,
        input.at,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** The phase history, oldest first, with the acting user's name. */
  phaseHistory(organisationId: OrganisationId, personId: string, tx?: Tx): Promise<PhaseHistoryRow[]> {
    return managerOf(this.dataSource, tx).query(
      `SELECT t.id, t.from_phase AS "fromPhase", t.to_phase AS "toPhase", t.cause, t.reason, t.actor_user_id AS "actorUserId",
              nullif(btrim(ap.first_name || ' ' || ap.last_name), '') AS "actorName", t.occurred_at AS "occurredAt"
       FROM phase_transitions t
       LEFT JOIN users au ON au.organisation_id = t.organisation_id AND au.id = t.actor_user_id
       LEFT JOIN people ap ON ap.organisation_id = au.organisation_id AND ap.id = au.person_id
       WHERE t.organisation_id = $1 AND t.person_id = $2
       ORDER BY t.occurred_at, t.created_at, t.id`,
      [organisationId, personId],
    );
  }

  /** Current consents per purpose; `active` is the same predicate segments use (hasConsentSql). */
  consents(organisationId: OrganisationId, personId: string, at: Date, tx?: Tx): Promise<ConsentRow[]> {
    return managerOf(this.dataSource, tx).query(
      `SELECT c.purpose, c.status, (${hasConsentSql('c', 'c.purpose', '$3::timestamptz')}) AS active, c.source,
              c.given_at AS "givenAt", c.expires_at AS "expiresAt", c.withdrawn_at AS "withdrawnAt"
       FROM consents c WHERE c.organisation_id = $1 AND c.person_id = $2 ORDER BY c.purpose`,
      [organisationId, personId, at],
    );
  }

  async hasAccount(organisationId: OrganisationId, personId: string, tx?: Tx): Promise<boolean> {
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(
      `SELECT 1 FROM users WHERE organisation_id = $1 AND person_id = $2 LIMIT 1`,
      [organisationId, personId],
    );
    return rows.length > 0;
  }

  async update(organisationId: OrganisationId, id: string, changes: PersonProfileChanges, at: Date, tx?: Tx): Promise<void> {
    const entries = Object.entries(changes).filter(([, value]) => value !== undefined) as Array<[keyof PersonProfileChanges, unknown]>;
    const params: unknown[] = [organisationId, id, at];
    const sets = entries.map(([key, value]) => {
      params.push(value);
      return `${COLUMN_NAMES[key]} = $${params.length}`;
    });
    await managerOf(this.dataSource, tx).query(
      `UPDATE people SET ${[...sets, 'updated_at = $3'].join(', ')} WHERE organisation_id = $1 AND id = $2`,
      params,
    );
  }
}
