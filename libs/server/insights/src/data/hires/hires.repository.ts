import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrganisationId, Tx } from '@kring/server-database';
import type { HireChannel, HireSource } from '@kring/shared-domain';

export interface HireRow {
  id: string;
  channel: HireChannel;
  source: HireSource;
  referralId: string | null;
  programmeId: string | null;
  programmeName: string | null;
  personId: string | null;
  personName: string | null;
  vacancyId: string | null;
  vacancyTitle: string | null;
  department: string | null;
  jobTitle: string | null;
  appliedOn: string | null;
  hiredOn: string;
  startDate: string | null;
  leftOn: string | null;
  externalRef: string | null;
  rating6: number | null;
  rating12: number | null;
  createdAt: Date;
}

export interface HireFilter {
  channel?: string;
  source?: string;
  from?: string;
  to?: string;
  programmeId?: string;
  department?: string;
}

export interface HireValues {
  channel: HireChannel;
  programmeId: string | null;
  personId: string | null;
  vacancyId: string | null;
  department: string | null;
  jobTitle: string | null;
  appliedOn: string | null;
  hiredOn: string;
  startDate: string | null;
  leftOn: string | null;
  externalRef: string | null;
}

const SELECT = `
  SELECT h.id, h.channel, h.source, h.referral_id AS "referralId", h.programme_id AS "programmeId", pr.name AS "programmeName",
         h.person_id AS "personId", nullif(concat_ws(' ', pe.first_name, pe.last_name), '') AS "personName",
         h.vacancy_id AS "vacancyId", v.title AS "vacancyTitle", h.department, h.job_title AS "jobTitle",
         h.applied_on::text AS "appliedOn", h.hired_on::text AS "hiredOn", h.start_date::text AS "startDate", h.left_on::text AS "leftOn",
         h.external_ref AS "externalRef",
         (SELECT q.rating FROM quality_ratings q WHERE q.organisation_id = h.organisation_id AND q.hire_id = h.id AND q.months = 6) AS rating6,
         (SELECT q.rating FROM quality_ratings q WHERE q.organisation_id = h.organisation_id AND q.hire_id = h.id AND q.months = 12) AS rating12,
         h.created_at AS "createdAt"
    FROM hires h
    LEFT JOIN programmes pr ON pr.organisation_id = h.organisation_id AND pr.id = h.programme_id
    LEFT JOIN people pe ON pe.organisation_id = h.organisation_id AND pe.id = h.person_id
    LEFT JOIN vacancies v ON v.organisation_id = h.organisation_id AND v.id = h.vacancy_id`;

/** hires, scoped by organisation first. Referral rows are written by the triggers of migration 1764920000000. */
@Injectable()
export class HiresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(organisationId: OrganisationId, filter: HireFilter, page: { limit: number; offset: number }): Promise<{ items: HireRow[]; total: number }> {
    const params: unknown[] = [organisationId];
    const where = ['h.organisation_id = $1'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.channel) add('h.channel = ?', filter.channel);
    if (filter.source) add('h.source = ?', filter.source);
    if (filter.from) add('h.hired_on >= ?::date', filter.from);
    if (filter.to) add('h.hired_on <= ?::date', filter.to);
    if (filter.programmeId) add('h.programme_id = ?', filter.programmeId);
    if (filter.department) add('h.department = ?', filter.department);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM hires h WHERE ${where.join(' AND ')}`, params);
    const items: HireRow[] = await this.dataSource.query(
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY h.hired_on DESC, h.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    );
    return { items, total };
  }

  async get(organisationId: OrganisationId, id: string, tx?: Tx): Promise<HireRow | null> {
    const rows: HireRow[] = await (tx ?? this.dataSource).query(`${SELECT} WHERE h.organisation_id = $1 AND h.id = $2`, [organisationId, id]);
    return rows[0] ?? null;
  }

  async lock(organisationId: OrganisationId, id: string, tx: Tx): Promise<{ id: string; source: HireSource } | null> {
    const rows = await tx.query(`SELECT id, source FROM hires WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [organisationId, id]);
    return rows[0] ?? null;
  }

  async insert(organisationId: OrganisationId, values: HireValues, extra: { source: HireSource; importId?: string | null; userId: string | null }, tx: Tx): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO hires (organisation_id, channel, source, programme_id, person_id, vacancy_id, department, job_title, applied_on, hired_on, start_date, left_on,
                          external_ref, import_id, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      [organisationId, values.channel, extra.source, values.programmeId, values.personId, values.vacancyId, values.department, values.jobTitle, values.appliedOn,
        values.hiredOn, values.startDate, values.leftOn, values.externalRef, extra.importId ?? null, extra.userId],
    );
    return row.id;
  }

  async update(organisationId: OrganisationId, id: string, values: HireValues, now: Date, tx: Tx, importId?: string): Promise<void> {
    await tx.query(
      `UPDATE hires SET channel = $3, programme_id = $4, person_id = $5, vacancy_id = $6, department = $7, job_title = $8, applied_on = $9, hired_on = $10,
                        start_date = $11, left_on = $12, external_ref = $13, import_id = coalesce($15, import_id), updated_at = $14
        WHERE organisation_id = $1 AND id = $2`,
      [organisationId, id, values.channel, values.programmeId, values.personId, values.vacancyId, values.department, values.jobTitle, values.appliedOn,
        values.hiredOn, values.startDate, values.leftOn, values.externalRef, now, importId ?? null],
    );
  }

  async delete(organisationId: OrganisationId, id: string, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM hires WHERE organisation_id = $1 AND id = $2`, [organisationId, id]);
  }
}
