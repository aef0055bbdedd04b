import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { asOrganisationId, managerOf, OrganisationId, Tx } from '@kring/server-database';
import type { Locale, Phase, Role } from '@kring/shared-domain';
import { OffboardingEntity } from './entities/offboarding.entity';

export interface LeaverRow {
  personId: string;
  firstName: string;
  lastName: string;
  personEmail: string | null;
  locale: Locale;
  phase: Phase;
  organisationName: string;
  userId: string | null;
  userEmail: string | null;
  userLocale: Locale | null;
  roles: Role[] | null;
}

export interface OffboardingRow extends OffboardingEntity {
  personName: string;
  employeeNumber: string | null;
}

export interface EmployeeRow {
  personId: string;
  name: string;
  email: string | null;
  employeeNumber: string | null;
  department: string | null;
  location: string | null;
  employmentType: 'permanent' | 'flex' | null;
  startDate: string | null;
  phase: Phase;
  roles: Role[] | null;
  boomerangAt: Date | null;
  offboardingId: string | null;
  leavingDate: string | null;
}

const OFFBOARDING_COLUMNS = `o.id, o.organisation_id AS "organisationId", o.person_id AS "personId", o.leaving_date::text AS "leavingDate", o.reason,
  o.eligible_for_rehire AS "eligibleForRehire", o.note, o.private_email AS "privateEmail", o.status, o.source, o.created_by_user_id AS "createdByUserId",
  o.completed_at AS "completedAt", o.cancelled_at AS "cancelledAt", o.created_at AS "createdAt", o.updated_at AS "updatedAt",
  btrim(p.first_name || ' ' || p.last_name) AS "personName", p.employee_number AS "employeeNumber"`;

/** Offboardings, and the few identity rows an offboarding changes (roles, sessions), in SQL. */
@Injectable()
export class OffboardingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    organisationId: OrganisationId,
    row: Pick<OffboardingEntity, 'personId' | 'leavingDate' | 'reason' | 'eligibleForRehire' | 'note' | 'privateEmail' | 'source' | 'createdByUserId'>,
    at: Date,
    tx?: Tx,
  ): Promise<string> {
    const [inserted]: Array<{ id: string }> = await managerOf(this.dataSource, tx).query(
      `INSERT INTO offboardings (organisation_id, person_id, leaving_date, reason, eligible_for_rehire, note, private_email, source, created_by_user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
      [organisationId, row.personId, row.leavingDate, row.reason, row.eligibleForRehire, row.note, row.privateEmail, row.source, row.createdByUserId, at],
    );
    return inserted!.id;
  }

  async find(organisationId: OrganisationId, id: string, tx?: Tx, lock = false): Promise<OffboardingRow | null> {
    const rows: OffboardingRow[] = await managerOf(this.dataSource, tx).query(
      `SELECT ${OFFBOARDING_COLUMNS} FROM offboardings o JOIN people p ON p.organisation_id = o.organisation_id AND p.id = o.person_id
       WHERE o.organisation_id = $1 AND o.id = $2 ${lock ? 'FOR UPDATE OF o' : ''}`,
      [organisationId, id],
    );
    return rows[0] ?? null;
  }

  async scheduledFor(organisationId: OrganisationId, personId: string, tx?: Tx): Promise<string | null> {
    const rows: Array<{ id: string }> = await managerOf(this.dataSource, tx).query(
      `SELECT id FROM offboardings WHERE organisation_id = $1 AND person_id = $2 AND status = 'scheduled'`,
      [organisationId, personId],
    );
    return rows[0]?.id ?? null;
  }

  async update(
    organisationId: OrganisationId,
    id: string,
    patch: Partial<Pick<OffboardingEntity, 'leavingDate' | 'reason' | 'eligibleForRehire' | 'note' | 'privateEmail' | 'status' | 'completedAt' | 'cancelledAt'>>,
    at: Date,
    tx?: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).update(OffboardingEntity, { organisationId, id }, { ...patch, updatedAt: at });
  }

  list(organisationId: OrganisationId, filter: { status?: string; personId?: string }, limit: number): Promise<OffboardingRow[]> {
    return this.dataSource.query(
      `SELECT ${OFFBOARDING_COLUMNS} FROM offboardings o JOIN people p ON p.organisation_id = o.organisation_id AND p.id = o.person_id
       WHERE o.organisation_id = $1 AND ($2::text IS NULL OR o.status = $2) AND ($3::uuid IS NULL OR o.person_id = $3)
       ORDER BY CASE WHEN o.status = 'scheduled' THEN 0 ELSE 1 END, o.leaving_date DESC, o.created_at DESC
       LIMIT $4`,
      [organisationId, filter.status ?? null, filter.personId ?? null, limit],
    );
  }

  /** The worker's scan, across organisations by nature: scheduled offboardings whose last working day is over. */
  async due(today: string, limit: number): Promise<Array<{ id: string; organisationId: OrganisationId }>> {
    const rows: Array<{ id: string; organisation_id: string }> = await this.dataSource.query(
      `SELECT id, organisation_id FROM offboardings WHERE status = 'scheduled' AND leaving_date < $1 ORDER BY leaving_date, id LIMIT $2`,
      [today, limit],
    );
    return rows.map((r) => ({ id: r.id, organisationId: asOrganisationId(r.organisation_id) }));
  }

  /** Locks a due (leaving date before today), still scheduled offboarding; null when another worker holds it or it is not due. */
  async lockDue(organisationId: OrganisationId, id: string, today: string, tx: Tx): Promise<OffboardingEntity | null> {
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT id FROM offboardings WHERE organisation_id = $1 AND id = $2 AND status = 'scheduled' AND leaving_date < $3 FOR UPDATE SKIP LOCKED`,
      [organisationId, id, today],
    );
    if (!rows[0]) return null;
    return tx.findOneBy(OffboardingEntity, { organisationId, id });
  }

  async leaver(organisationId: OrganisationId, personId: string, tx?: Tx): Promise<LeaverRow | null> {
    const rows: LeaverRow[] = await managerOf(this.dataSource, tx).query(
      `SELECT p.id AS "personId", p.first_name AS "firstName", p.last_name AS "lastName", p.email AS "personEmail", p.locale, p.phase,
              o.name AS "organisationName", u.id AS "userId", u.email AS "userEmail", u.locale AS "userLocale", u.roles
         FROM people p JOIN organisations o ON o.id = p.organisation_id
         LEFT JOIN users u ON u.organisation_id = p.organisation_id AND u.person_id = p.id
        WHERE p.organisation_id = $1 AND p.id = $2`,
      [organisationId, personId],
    );
    return rows[0] ?? null;
  }

  /**
   * Every role becomes `alumnus` (an HR admin who leaves loses hr_admin too); an unaccepted invitation becomes an
   * active alumnus account. The password is removed (alumni sign in by magic link only) and every unused
   * login token (magic link, invitation) issued before now expires. Returns the number of tokens voided.
   */
  async makeAlumnus(organisationId: OrganisationId, userId: string, at: Date, tx: Tx): Promise<number> {
    await tx.query(
      `UPDATE users SET roles = '{alumnus}', status = CASE WHEN status = 'invited' THEN 'active' ELSE status END, password_hash = NULL, updated_at = $3
       WHERE organisation_id = $1 AND id = $2`,
      [organisationId, userId, at],
    );
    const [, voided] = (await tx.query(
      `UPDATE login_tokens SET expires_at = $3, updated_at = $3 WHERE organisation_id = $1 AND user_id = $2 AND used_at IS NULL AND expires_at > $3`,
      [organisationId, userId, at],
    )) as [unknown, number];
    return voided;
  }

  /** True when a user other than `userId` (any organisation: login emails are global) has this email. */
  async loginEmailTaken(email: string, userId: string | null, tx?: Tx): Promise<boolean> {
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(`SELECT 1 FROM users WHERE email = $1 AND id IS DISTINCT FROM $2`, [email, userId]);
    return rows.length > 0;
  }

  /** Makes the private email the login email, unless another user took it meanwhile; true when changed. */
  async setLoginEmail(organisationId: OrganisationId, userId: string, email: string, at: Date, tx: Tx): Promise<boolean> {
    const [, changed] = (await tx.query(
      `UPDATE users SET email = $3, updated_at = $4 WHERE organisation_id = $1 AND id = $2 AND email <> $3
          AND NOT EXISTS (SELECT 1 FROM users o WHERE o.email = $3 AND o.id <> $2)`,
      [organisationId, userId, email, at],
    )) as [unknown, number];
    return changed > 0;
  }

  async revokeSessions(organisationId: OrganisationId, userId: string, at: Date, tx: Tx): Promise<number> {
    const [, count] = (await tx.query(
      `UPDATE sessions SET revoked_at = $3, updated_at = $3 WHERE organisation_id = $1 AND user_id = $2 AND revoked_at IS NULL`,
      [organisationId, userId, at],
    )) as [unknown, number];
    return count;
  }

  /** A rehired alumnus (person back in entry/employment) is an employee again; returns the users changed. */
  async restoreEmployeeRole(organisationId: OrganisationId | null, personIds: readonly string[] | null, at: Date, tx?: Tx): Promise<Array<{ organisationId: OrganisationId; userId: string; personId: string }>> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows] = (await managerOf(this.dataSource, tx).query(
      `UPDATE users u SET roles = array_append(array_remove(u.roles, 'alumnus'), 'employee'), updated_at = $3
         FROM people p
        WHERE p.organisation_id = u.organisation_id AND p.id = u.person_id
          AND ($1::uuid IS NULL OR u.organisation_id = $1) AND ($2::uuid[] IS NULL OR u.person_id = ANY($2::uuid[]))
          AND p.phase IN ('entry', 'employment') AND p.boomerang_at IS NOT NULL
          AND 'alumnus' = ANY(u.roles) AND NOT ('employee' = ANY(u.roles))
        RETURNING u.organisation_id, u.id, u.person_id`,
      [organisationId, personIds, at],
    )) as [Array<{ organisation_id: string; id: string; person_id: string }>, number];
    return rows.map((r) => ({ organisationId: asOrganisationId(r.organisation_id), userId: r.id, personId: r.person_id }));
  }

  /** Current employees (entry or employment phase, or an employee account) with their pending offboarding. */
  employees(organisationId: OrganisationId, filter: { q?: string; includeAlumni?: boolean }, limit: number): Promise<EmployeeRow[]> {
    return this.dataSource.query(
      `SELECT p.id AS "personId", btrim(p.first_name || ' ' || p.last_name) AS name, p.email, p.employee_number AS "employeeNumber",
              p.department, p.location, p.employment_type AS "employmentType", p.start_date::text AS "startDate", p.phase,
              u.roles, p.boomerang_at AS "boomerangAt", o.id AS "offboardingId", o.leaving_date::text AS "leavingDate"
         FROM people p
         LEFT JOIN users u ON u.organisation_id = p.organisation_id AND u.person_id = p.id
         LEFT JOIN offboardings o ON o.organisation_id = p.organisation_id AND o.person_id = p.id AND o.status = 'scheduled'
        WHERE p.organisation_id = $1
          AND (p.phase IN ('entry', 'employment') OR 'employee' = ANY(coalesce(u.roles, '{}')) OR ($3 AND p.phase = 'exit' AND p.employee_number IS NOT NULL))
          AND ($2::text IS NULL OR (p.first_name || ' ' || p.last_name || ' ' || coalesce(p.email, '') || ' ' || coalesce(p.employee_number, '')) ILIKE '%' || $2 || '%')
        ORDER BY p.last_name, p.first_name, p.id
        LIMIT $4`,
      [organisationId, filter.q ?? null, filter.includeAlumni ?? false, limit],
    );
  }
}
