import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { DomainError, ErrorCodes, notFound } from '@kring/shared-domain';
import { RewardLedgerRepository } from '../ledger/reward-ledger.repository';
import { RewardNotifier } from '../ledger/reward-notifier';
import { businessDate } from '../scheduling/business-date';
import { CreatePayrollExportInput } from './inputs/payroll-export.input';
import { PayrollExportOutput } from './outputs/payroll-export.output';
import { payrollCsv, type CsvSeparator } from './payroll-csv';
import { PayrollExportsRepository } from './payroll-exports.repository';

export interface PayrollFile {
  id: string;
  fileName: string;
  content: Buffer;
}

/**
 * Payroll exports pay every approved reward exactly once: one transaction locks the approved rows it can get
 * (FOR UPDATE SKIP LOCKED, so a simultaneous export takes none of them), stores the CSV as a batch, marks the rows
 * paid with the batch id and mails the referrers. The database refuses a second payment of a row regardless.
 */
@Injectable()
export class PayrollExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: RewardLedgerRepository,
    private readonly exports: PayrollExportsRepository,
    private readonly notifier: RewardNotifier,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  create(auth: AuthContext, input: CreatePayrollExportInput): Promise<PayrollFile> {
    const separator: CsvSeparator = input.separator ?? ';';
    return this.dataSource.transaction(async (tx) => {
      const rows = await this.ledger.lockApprovedForExport(auth.organisationId, tx);
      if (rows.length === 0) throw new DomainError('conflict', ErrorCodes.nothingToExport, 'There are no approved rewards to export');
      const now = this.clock.now();
      const id = randomUUID();
      const fileName = `kring-payroll-${businessDate(now)}-${id.slice(0, 8)}.csv`;
      const content = payrollCsv(
        rows.map((r) => ({
          employeeNumber: r.payeeNumber,
          name: r.payee,
          amountCents: r.amountCents,
          currency: r.currency,
          milestone: r.milestoneLabel,
          referralId: r.referralId,
          paidTo: r.charityId ? 'charity' : 'employee',
        })),
        separator,
      );
      await this.exports.insert(auth.organisationId, { id, createdByUserId: auth.userId, separator, rowCount: rows.length, fileName, content, createdAt: now }, tx);
      const ids = rows.map((r) => r.id);
      const paid = await this.ledger.markPaid(auth.organisationId, ids, id, now, tx);
      if (paid !== ids.length) throw new Error(`payroll export ${id}: locked ${ids.length} approved rows but paid ${paid}`);
      await this.audit.record(auth.organisationId, { actorUserId: auth.userId, action: 'reward.exported', subjectType: 'payroll_export', subjectId: id, data: { rewardIds: ids, separator } }, tx);
      await this.notifier.notify(tx, auth.organisationId, ids, 'paid');
      return { id, fileName, content };
    });
  }

  async download(auth: AuthContext, id: string): Promise<PayrollFile> {
    const file = await this.exports.file(auth.organisationId, id);
    if (!file) throw notFound('Payroll export');
    await this.audit.record(auth.organisationId, { actorUserId: auth.userId, action: 'payroll_export.downloaded', subjectType: 'payroll_export', subjectId: id });
    return { id, ...file };
  }

  async list(auth: AuthContext): Promise<PayrollExportOutput[]> {
    return (await this.exports.list(auth.organisationId, 200)).map(PayrollExportOutput.from);
  }
}
