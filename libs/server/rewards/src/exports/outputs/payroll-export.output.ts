import { ApiProperty } from '@nestjs/swagger';
import type { PayrollExportSummary } from '../payroll-exports.repository';

class ExportTotalOutput {
  @ApiProperty() currency: string;
  @ApiProperty({ description: 'Cents' }) amountCents: number;
}

export class PayrollExportOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: [';', ','] }) separator: ';' | ',';
  @ApiProperty() rowCount: number;
  @ApiProperty({ type: ExportTotalOutput, isArray: true }) totals: ExportTotalOutput[];
  @ApiProperty() createdByName: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(e: PayrollExportSummary): PayrollExportOutput {
    return { id: e.id, fileName: e.fileName, separator: e.separator, rowCount: e.rowCount, totals: e.totals, createdByName: e.createdByName, createdAt: new Date(e.createdAt).toISOString() };
  }
}
