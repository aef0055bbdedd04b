import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { asOrganisationId, managerOf, OrganisationId, Tx } from '@kring/server-database';
import { normaliseEmail, type Locale, type Role } from '@kring/shared-domain';
import { UserEntity, UserStatus } from '../entities/user.entity';

/** A user joined with their person and organisation: what the API shows about an account. */
export interface UserRow {
  id: string;
  organisationId: OrganisationId;
  personId: string;
  email: string;
  roles: Role[];
  status: UserStatus;
  locale: Locale;
  firstName: string;
  lastName: string;
  lastLoginAt: Date | null;
  createdAt: Date;
  organisationName: string;
  organisationSlug: string;
  organisationDefaultLocale: Locale;
}

export interface UserFilters {
  status?: UserStatus;
  q?: string;
  limit: number;
  offset: number;
}

const USER_ROW = `
  u.id, u.organisation_id AS "organisationId", u.person_id AS "personId", u.email, u.roles, u.status, u.locale,
  p.first_name AS "firstName", p.last_name AS "lastName", u.last_login_at AS "lastLoginAt", u.created_at AS "createdAt",
  o.name AS "organisationName", o.slug AS "organisationSlug", o.default_locale AS "organisationDefaultLocale"`;
const USER_FROM = `FROM users u JOIN people p ON p.id = u.person_id JOIN organisations o ON o.id = u.organisation_id`;

const toRow = (row: UserRow): UserRow => ({ ...row, organisationId: asOrganisationId(row.organisationId) });

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(organisationId: OrganisationId, id: string, tx?: Tx): Promise<UserRow | null> {
    const rows: UserRow[] = await managerOf(this.dataSource, tx).query(
      `SELECT ${USER_ROW} ${USER_FROM} WHERE u.organisation_id = $1 AND u.id = $2`,
      [organisationId, id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /**
   * Sign-in starts from an email address, before any organisation is known; email is unique across Kring.
   * The only unscoped lookups in this repository, used by login, magic links and invitation checks.
   */
  async findByLoginEmail(email: string, tx?: Tx): Promise<(UserRow & { passwordHash: string | null }) | null> {
    const rows: Array<UserRow & { passwordHash: string | null }> = await managerOf(this.dataSource, tx).query(
      `SELECT ${USER_ROW}, u.password_hash AS "passwordHash" ${USER_FROM} WHERE u.email = $1`,
      [normaliseEmail(email)],
    );
    return rows[0] ? { ...toRow(rows[0]), passwordHash: rows[0].passwordHash } : null;
  }

  async list(organisationId: OrganisationId, filters: UserFilters): Promise<{ items: UserRow[]; total: number }> {
    const params: unknown[] = [organisationId];
    // Accounts kept only as erasure tombstones (the person's data was erased) are nobody's to manage.
    let where = 'u.organisation_id = $1 AND p.erased_at IS NULL';
    if (filters.status) {
      params.push(filters.status);
      where += ` AND u.status = $${params.length}`;
    }
    if (filters.q) {
      params.push(`%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where += ` AND (u.email ILIKE $${params.length} OR p.first_name || ' ' || p.last_name ILIKE $${params.length})`;
    }
    const [{ total }]: [{ total: number }] = await this.dataSource.query(
      `SELECT count(*)::int AS total ${USER_FROM} WHERE ${where}`,
      params,
    );
    const items: UserRow[] = await this.dataSource.query(
      `SELECT ${USER_ROW} ${USER_FROM} WHERE ${where}
        ORDER BY p.last_name, p.first_name, u.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filters.limit, filters.offset],
    );
    return { items: items.map(toRow), total };
  }

  async create(
    organisationId: OrganisationId,
    user: { personId: string; email: string; roles: Role[]; locale: Locale; status: UserStatus; passwordHash?: string | null },
    tx?: Tx,
  ): Promise<string> {
    const result = await managerOf(this.dataSource, tx).insert(UserEntity, {
      ...user,
      email: normaliseEmail(user.email),
      organisationId,
    });
    return result.identifiers[0]!['id'] as string;
  }

  async update(
    organisationId: OrganisationId,
    id: string,
    changes: Partial<Pick<UserEntity, 'status' | 'passwordHash' | 'locale' | 'lastLoginAt' | 'deactivatedAt'>>,
    tx?: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).update(UserEntity, { organisationId, id }, changes);
  }
}
