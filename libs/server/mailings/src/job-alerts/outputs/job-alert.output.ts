import { ApiProperty } from '@nestjs/swagger';
import { EMPLOYMENT_TYPES, type EmploymentType } from '@kring/shared-domain';
import { JOB_ALERT_FREQUENCIES, type JobAlertFrequency } from '../job-alerts.rules';
import type { JobAlertRow } from '../job-alerts.repository';

export class JobAlertOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() keywords: string;
  @ApiProperty({ type: String, isArray: true }) functions: string[];
  @ApiProperty({ type: String, isArray: true }) skills: string[];
  @ApiProperty({ type: String, isArray: true }) locations: string[];
  @ApiProperty({ enum: EMPLOYMENT_TYPES, enumName: 'EmploymentType', isArray: true }) employmentTypes: EmploymentType[];
  @ApiProperty({ enum: JOB_ALERT_FREQUENCIES, enumName: 'JobAlertFrequency' }) frequency: JobAlertFrequency;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastDigestAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(row: JobAlertRow): JobAlertOutput {
    return {
      id: row.id,
      keywords: row.keywords,
      functions: row.functions,
      skills: row.skills,
      locations: row.locations,
      employmentTypes: row.employmentTypes,
      frequency: row.frequency,
      lastDigestAt: row.lastDigestAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

export class JobAlertConsentOutput {
  @ApiProperty({ description: 'Whether job alerts may be mailed now (granted and not expired)' }) granted: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
}

export class JobAlertListOutput {
  @ApiProperty({ type: JobAlertOutput, isArray: true }) items: JobAlertOutput[];
  @ApiProperty({ type: JobAlertConsentOutput }) consent: JobAlertConsentOutput;
  @ApiProperty({ description: 'How many alerts one person may keep' }) max: number;
}
