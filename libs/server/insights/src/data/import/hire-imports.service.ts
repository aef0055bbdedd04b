import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId, Tx } from '@kring/server-database';
import { DomainError, ErrorCodes, notFound } from '@kring/shared-domain';
import { readHireFile, type HireImportProblem } from './hire-csv';
import { HireImportOutput, UploadHireImportInput } from './hire-imports.dto';

interface Actor {
  organisationId: OrganisationId;
  userId: string;
}

const PROBLEMS_LISTED = 500;

interface ImportRow {
  id: string;
  fileName: string;
  status: string;
  totalRows: number;
  validRows: number;
  createdRows: number;
  updatedRows: number;
  problems: HireImportProblem[];
  appliedAt: Date | null;
  createdAt: Date;
}

const notApplicable = (status: string) =>
  new DomainError('conflict', ErrorCodes.hireImportNotApplicable, `This import cannot be applied (it is ${status})`);

/**
 * Hires from an ATS export: upload → stored preview (per-row problems; changes nothing) → apply, in one transaction,
 * upserting by external_ref: importing the same file again updates the same hires and never duplicates them.
 * Referral hires are never touched (they carry no external_ref and are Kring's).
 */
@Injectable()
export class HireImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async preview(actor: Actor, input: UploadHireImportInput): Promise<HireImportOutput> {
    const read = readHireFile(input.file.data);
    const fileName = (input.file.filename || 'ats-export.csv').slice(0, 255);
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO hire_imports (organisation_id, file_name, status, total_rows, valid_rows, problems, rows, created_by_user_id, created_at, updated_at)
         VALUES ($1, $2, 'previewed', $3, $4, $5::jsonb, $6::jsonb, $7, $8, $8) RETURNING id`,
        [actor.organisationId, fileName, read.totalRows, read.rows.length, JSON.stringify(read.problems), JSON.stringify(read.rows), actor.userId, now],
      );
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'insights.hire_import_previewed', subjectType: 'hire_import', subjectId: row.id, data: { fileName, totalRows: read.totalRows, validRows: read.rows.length } }, tx);
      return row.id as string;
    });
    return this.get(actor, id);
  }

  async list(actor: Actor): Promise<HireImportOutput[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM hire_imports WHERE organisation_id = $1 ORDER BY created_at DESC, id LIMIT 50`, [actor.organisationId]);
    return Promise.all(rows.map((r) => this.get(actor, r.id)));
  }

  async get(actor: Actor, id: string, tx?: Tx): Promise<HireImportOutput> {
    const [row]: ImportRow[] = await (tx ?? this.dataSource).query(
      `SELECT i.id, i.file_name AS "fileName", i.status, i.total_rows AS "totalRows", i.valid_rows AS "validRows",
              CASE WHEN i.status = 'previewed' THEN i.valid_rows - m.matched ELSE i.created_rows END AS "createdRows",
              CASE WHEN i.status = 'previewed' THEN m.matched ELSE i.updated_rows END AS "updatedRows",
              i.problems, i.applied_at AS "appliedAt", i.created_at AS "createdAt"
         FROM hire_imports i
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS matched FROM jsonb_to_recordset(CASE WHEN i.status = 'previewed' THEN i.rows ELSE '[]'::jsonb END) AS x("externalRef" text)
             JOIN hires h ON h.organisation_id = i.organisation_id AND h.external_ref = x."externalRef"
         ) m
        WHERE i.organisation_id = $1 AND i.id = $2`,
      [actor.organisationId, id],
    );
    if (!row) throw notFound('Import');
    return {
      id: row.id,
      fileName: row.fileName,
      status: row.status,
      totalRows: row.totalRows,
      validRows: row.validRows,
      createdRows: row.createdRows,
      updatedRows: row.updatedRows,
      problems: row.problems.slice(0, PROBLEMS_LISTED),
      problemCount: row.problems.length,
      appliedAt: row.appliedAt ? new Date(row.appliedAt).toISOString() : null,
      createdAt: new Date(row.createdAt).toISOString(),
    };
  }

  /** One transaction: upsert every valid row by external_ref; a second apply of the same import is refused (409). */
  async apply(actor: Actor, id: string): Promise<HireImportOutput> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query(`SELECT status FROM hire_imports WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [actor.organisationId, id]);
      if (!row) throw notFound('Import');
      if (row.status !== 'previewed') throw notApplicable(row.status);
      const now = this.clock.now();
      const written: Array<{ inserted: boolean }> = await tx.query(
        `INSERT INTO hires AS h (organisation_id, channel, source, applied_on, hired_on, start_date, left_on, department, job_title, external_ref, import_id, created_by_user_id, created_at, updated_at)
         SELECT $1, x.channel, 'import', x."appliedOn", x."hiredOn", x."startDate", x."leftOn", x.department, x."jobTitle", x."externalRef", i.id, $3, $4, $4
           FROM hire_imports i
           CROSS JOIN LATERAL jsonb_to_recordset(i.rows) AS x("externalRef" text, channel text, "appliedOn" date, "hiredOn" date, "startDate" date, "leftOn" date, department text, "jobTitle" text)
          WHERE i.organisation_id = $1 AND i.id = $2
         ON CONFLICT (organisation_id, external_ref) DO UPDATE SET
           channel = EXCLUDED.channel, applied_on = EXCLUDED.applied_on, hired_on = EXCLUDED.hired_on, start_date = EXCLUDED.start_date,
           left_on = EXCLUDED.left_on, department = EXCLUDED.department, job_title = EXCLUDED.job_title, import_id = EXCLUDED.import_id, updated_at = EXCLUDED.updated_at
         WHERE h.source <> 'referral'
         RETURNING (xmax = 0) AS inserted`,
        [actor.organisationId, id, actor.userId, now],
      );
      const created = written.filter((w) => w.inserted).length;
      const updated = written.length - created;
      await tx.query(
        `UPDATE hire_imports SET status = 'applied', created_rows = $3, updated_rows = $4, applied_at = $5, updated_at = $5 WHERE organisation_id = $1 AND id = $2`,
        [actor.organisationId, id, created, updated, now],
      );
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'insights.hire_import_applied', subjectType: 'hire_import', subjectId: id, data: { created, updated } }, tx);
      return this.get(actor, id, tx);
    });
  }
}
