import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { asOrganisationId, managerOf, OrganisationId, Tx } from '@kring/server-database';
import type { EmploymentType, SalaryPeriod, VacancyStatus } from '@kring/shared-domain';
import { VacancyEntity } from '../entities';

/** A vacancy as lists show it: no description, with the hiring manager's name. */
export interface VacancySummaryRow {
  id: string;
  organisationId: OrganisationId;
  title: string;
  department: string | null;
  location: string | null;
  employmentType: EmploymentType;
  hoursMin: number | null;
  hoursMax: number | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string;
  salaryPeriod: SalaryPeriod | null;
  skills: string[];
  status: VacancyStatus;
  hardToFill: boolean;
  hiringManagerUserId: string | null;
  hiringManagerName: string | null;
  openedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface VacancyRow extends VacancySummaryRow {
  descriptionMarkdown: string;
}

export interface VacancyFilters {
  status?: VacancyStatus;
  department?: string;
  location?: string;
  employmentType?: EmploymentType;
  hardToFill?: boolean;
  /** Full text, Dutch and English stemming; results are then ordered by rank instead of newest first. */
  q?: string;
  limit: number;
  offset: number;
}

/** Restricts a list to the vacancies some programmes cover: all open ones, or those the programmes select. */
export type ProgrammeScope = { allOpen: true } | { allOpen: false; programmeIds: string[] };

export type VacancyChanges = Partial<
  Omit<VacancyEntity, 'id' | 'organisationId' | 'createdAt' | 'updatedAt' | 'searchVector'>
>;

const SUMMARY_COLUMNS = `
  v.id, v.organisation_id AS "organisationId", v.title, v.department, v.location, v.employment_type AS "employmentType",
  v.hours_min::float8 AS "hoursMin", v.hours_max::float8 AS "hoursMax", v.salary_min AS "salaryMin", v.salary_max AS "salaryMax",
  v.salary_currency AS "salaryCurrency", v.salary_period AS "salaryPeriod", v.skills, v.status, v.hard_to_fill AS "hardToFill",
  v.hiring_manager_user_id AS "hiringManagerUserId", nullif(btrim(hp.first_name || ' ' || hp.last_name), '') AS "hiringManagerName",
  v.opened_at AS "openedAt", v.closed_at AS "closedAt", v.created_at AS "createdAt", v.updated_at AS "updatedAt"`;
const FROM = `
  FROM vacancies v
  LEFT JOIN users hm ON hm.organisation_id = v.organisation_id AND hm.id = v.hiring_manager_user_id
  LEFT JOIN people hp ON hp.id = hm.person_id`;
const SEARCH_QUERY = (param: number) => `(websearch_to_tsquery('dutch', $${param}) || websearch_to_tsquery('english', $${param}))`;

const toRow = <T extends VacancySummaryRow>(row: T): T => ({ ...row, organisationId: asOrganisationId(row.organisationId) });

@Injectable()
export class VacanciesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(organisationId: OrganisationId, id: string, tx?: Tx): Promise<VacancyRow | null> {
    const rows: VacancyRow[] = await managerOf(this.dataSource, tx).query(
      `SELECT ${SUMMARY_COLUMNS}, v.description_markdown AS "descriptionMarkdown" ${FROM} WHERE v.organisation_id = $1 AND v.id = $2`,
      [organisationId, id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async findStatus(organisationId: OrganisationId, id: string, tx?: Tx): Promise<VacancyStatus | null> {
    const rows: Array<{ status: VacancyStatus }> = await managerOf(this.dataSource, tx).query(
      `SELECT status FROM vacancies WHERE organisation_id = $1 AND id = $2`,
      [organisationId, id],
    );
    return rows[0]?.status ?? null;
  }

  /**
   * A page of vacancies and the total matching. Uses (organisation_id, status, created_at) for plain lists and
   * the GIN index on search_vector for full text; `scope` limits the list to what some programmes cover.
   */
  async list(
    organisationId: OrganisationId,
    filters: VacancyFilters,
    scope?: ProgrammeScope,
  ): Promise<{ items: VacancySummaryRow[]; total: number }> {
    const params: unknown[] = [organisationId];
    const where = ['v.organisation_id = $1'];
    const add = (sql: (param: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filters.status) add((p) => `v.status = $${p}`, filters.status);
    if (filters.department) add((p) => `lower(v.department) = lower($${p})`, filters.department);
    if (filters.location) add((p) => `lower(v.location) = lower($${p})`, filters.location);
    if (filters.employmentType) add((p) => `v.employment_type = $${p}`, filters.employmentType);
    if (filters.hardToFill !== undefined) add((p) => `v.hard_to_fill = $${p}`, filters.hardToFill);
    if (scope && !scope.allOpen) {
      add(
        (p) => `EXISTS (SELECT 1 FROM programme_vacancies pv
          WHERE pv.organisation_id = $1 AND pv.vacancy_id = v.id AND pv.programme_id = ANY($${p}::uuid[]))`,
        scope.programmeIds,
      );
    }
    let order = 'v.created_at DESC, v.id';
    if (filters.q) {
      add((p) => `v.search_vector @@ ${SEARCH_QUERY(p)}`, filters.q);
      order = `ts_rank(v.search_vector, ${SEARCH_QUERY(params.length)}) DESC, ${order}`;
    }
    const manager = this.dataSource.manager;
    const [{ total }]: [{ total: number }] = await manager.query(
      `SELECT count(*)::int AS total FROM vacancies v WHERE ${where.join(' AND ')}`,
      params,
    );
    if (total <= filters.offset) return { items: [], total };
    const items: VacancySummaryRow[] = await manager.query(
      `SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE ${where.join(' AND ')}
        ORDER BY ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filters.limit, filters.offset],
    );
    return { items: items.map(toRow), total };
  }

  async insert(organisationId: OrganisationId, values: VacancyChanges, tx?: Tx): Promise<string> {
    const result = await managerOf(this.dataSource, tx).insert(VacancyEntity, { ...values, organisationId });
    return result.identifiers[0]!['id'] as string;
  }

  async update(organisationId: OrganisationId, id: string, changes: VacancyChanges, tx?: Tx): Promise<void> {
    if (!Object.keys(changes).length) return;
    await managerOf(this.dataSource, tx).update(VacancyEntity, { organisationId, id }, changes);
  }

  /** Which of the given ids are vacancies of this organisation. */
  async existingIds(organisationId: OrganisationId, ids: string[], tx?: Tx): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: Array<{ id: string }> = await managerOf(this.dataSource, tx).query(
      `SELECT id FROM vacancies WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [organisationId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Whether a user may be named hiring manager: an account of this organisation that is not deactivated. */
  async isActiveUser(organisationId: OrganisationId, userId: string, tx?: Tx): Promise<boolean> {
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(
      `SELECT 1 FROM users WHERE organisation_id = $1 AND id = $2 AND status <> 'deactivated'`,
      [organisationId, userId],
    );
    return rows.length > 0;
  }
}
