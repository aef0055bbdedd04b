import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CSV_SEPARATORS, type CsvSeparator } from '../payroll-csv';

export class CreatePayrollExportInput {
  @ApiPropertyOptional({ enum: CSV_SEPARATORS, default: ';', description: '";" writes amounts with a decimal comma (Dutch spreadsheets), "," with a decimal dot' })
  @IsOptional()
  @IsIn(CSV_SEPARATORS)
  separator?: CsvSeparator;
}

export class PayrollExportIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}
