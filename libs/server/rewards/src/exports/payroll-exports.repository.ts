import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganisationId, Tx } from '@kring/server-database';
import { PayrollExportEntity } from '../entities/payroll-export.entity';

export type PayrollExportSummary = Omit<PayrollExportEntity, 'content'> & { createdByName: string; totals: Array<{ currency: string; amountCents: number }> };

@Injectable()
export class PayrollExportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(organisationId: OrganisationId, batch: Omit<PayrollExportEntity, 'organisationId'>, tx: Tx): Promise<void> {
    await tx.insert(PayrollExportEntity, { ...batch, organisationId });
  }

  async file(organisationId: OrganisationId, id: string): Promise<{ fileName: string; content: Buffer } | null> {
    const rows: Array<{ fileName: string; content: Buffer }> = await this.dataSource.query(
      `SELECT file_name AS "fileName", content FROM payroll_exports WHERE organisation_id = $1 AND id = $2`,
      [organisationId, id],
    );
    return rows[0] ?? null;
  }

  list(organisationId: OrganisationId, limit: number): Promise<PayrollExportSummary[]> {
    return this.dataSource.query(
      `SELECT e.id, e.organisation_id AS "organisationId", e.created_by_user_id AS "createdByUserId", e.separator, e.row_count AS "rowCount",
              e.file_name AS "fileName", e.created_at AS "createdAt", btrim(p.first_name || ' ' || p.last_name) AS "createdByName",
              coalesce((SELECT json_agg(json_build_object('currency', t.currency, 'amountCents', t.cents) ORDER BY t.currency)
                          FROM (SELECT currency, sum(amount_cents)::int AS cents FROM reward_ledger WHERE export_batch_id = e.id GROUP BY currency) t), '[]') AS totals
         FROM payroll_exports e JOIN users u ON u.id = e.created_by_user_id JOIN people p ON p.id = u.person_id
        WHERE e.organisation_id = $1 ORDER BY e.created_at DESC, e.id LIMIT $2`,
      [organisationId, limit],
    );
  }
}
