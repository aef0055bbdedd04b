import { ApiProperty } from '@nestjs/swagger';
import { KPI_FILTERS, KPI_MISSING, KPI_NAMES, KPI_UNITS, type KpiFilter, type KpiMissing, type KpiName, type KpiUnit } from '../kpi-names';

export class KpiPeriodOutput {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ description: 'Calendar days in the period, inclusive' }) days: number;
}

/** One headline number for the period and the previous period. */
export class KpiFigureOutput {
  @ApiProperty() key: string;
  @ApiProperty({ enum: KPI_UNITS, enumName: 'KpiUnit' }) unit: KpiUnit;
  @ApiProperty({ nullable: true, type: Number, description: 'null: cannot be computed (division by zero or missing data)' }) current: number | null;
  @ApiProperty({ nullable: true, type: Number }) previous: number | null;
}

export class KpiColumnOutput {
  @ApiProperty() key: string;
  @ApiProperty({ enum: KPI_UNITS, enumName: 'KpiUnit' }) unit: KpiUnit;
}

const VALUES = { type: 'object', additionalProperties: { type: 'number', nullable: true } } as const;

export class KpiRowOutput {
  @ApiProperty({ description: 'A channel, stage, phase, month (YYYY-MM), cohort (YYYY-Qn), outcome, or an id' }) key: string;
  @ApiProperty({ nullable: true, type: String, description: 'A name to show (programme, newsletter) when key is an id' }) label: string | null;
  @ApiProperty({ ...VALUES, description: 'Column key → value in the period' }) values: Record<string, number | null>;
  @ApiProperty({ ...VALUES, nullable: true, description: 'Column key → value in the previous period (null for tables that do not compare)' })
  previous: Record<string, number | null> | null;
}

/** A table shown beside the chart (and exported as CSV). */
export class KpiTableOutput {
  @ApiProperty() key: string;
  @ApiProperty({ type: KpiColumnOutput, isArray: true }) columns: KpiColumnOutput[];
  @ApiProperty({ type: KpiRowOutput, isArray: true }) rows: KpiRowOutput[];
}

/** Every KPI answers in this shape. */
export class KpiOutput {
  @ApiProperty({ enum: KPI_NAMES, enumName: 'KpiName' }) kpi: KpiName;
  @ApiProperty({ type: KpiPeriodOutput }) period: KpiPeriodOutput;
  @ApiProperty({ type: KpiPeriodOutput, description: 'The period of equal length just before' }) previousPeriod: KpiPeriodOutput;
  @ApiProperty({ type: KpiFigureOutput, isArray: true }) figures: KpiFigureOutput[];
  @ApiProperty({ type: KpiTableOutput, isArray: true }) tables: KpiTableOutput[];
  @ApiProperty({ nullable: true, type: String, description: 'How derived figures are computed, with the figure keys as names' }) formula: string | null;
  @ApiProperty({ enum: KPI_MISSING, enumName: 'KpiMissing', isArray: true, description: 'Data that is absent in the period (or the previous one)' })
  missing: KpiMissing[];
  @ApiProperty({ enum: KPI_FILTERS, enumName: 'KpiFilter', isArray: true, description: 'Filters given that this KPI cannot apply' })
  ignoredFilters: KpiFilter[];
}
