import { ApiProperty } from '@nestjs/swagger';
import {
  EMPLOYMENT_TYPES,
  SALARY_PERIODS,
  VACANCY_STATUSES,
  type EmploymentType,
  type SalaryPeriod,
  type VacancyStatus,
} from '@kring/shared-domain';
import { renderMarkdown } from '../../markdown/markdown';
import type { VacancyRow, VacancySummaryRow } from '../vacancies.repository';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

/** What every view of a vacancy shows, HR's and referrers'. */
export class VacancyFactsOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) department: string | null;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ enum: EMPLOYMENT_TYPES, enumName: 'EmploymentType' }) employmentType: EmploymentType;
  @ApiProperty({ type: Number, nullable: true }) hoursMin: number | null;
  @ApiProperty({ type: Number, nullable: true }) hoursMax: number | null;
  @ApiProperty({ type: Number, nullable: true }) salaryMin: number | null;
  @ApiProperty({ type: Number, nullable: true }) salaryMax: number | null;
  @ApiProperty({ example: 'EUR' }) salaryCurrency: string;
  @ApiProperty({ enum: SALARY_PERIODS, enumName: 'SalaryPeriod', nullable: true }) salaryPeriod: SalaryPeriod | null;
  @ApiProperty({ type: String, isArray: true }) skills: string[];
  @ApiProperty() hardToFill: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) openedAt: string | null;

  static facts(row: VacancySummaryRow): VacancyFactsOutput {
    return {
      id: row.id,
      title: row.title,
      department: row.department,
      location: row.location,
      employmentType: row.employmentType,
      hoursMin: row.hoursMin,
      hoursMax: row.hoursMax,
      salaryMin: row.salaryMin,
      salaryMax: row.salaryMax,
      salaryCurrency: row.salaryCurrency,
      salaryPeriod: row.salaryPeriod,
      skills: row.skills,
      hardToFill: row.hardToFill,
      openedAt: iso(row.openedAt),
    };
  }
}

/** A vacancy in HR's list. */
export class VacancySummaryOutput extends VacancyFactsOutput {
  @ApiProperty({ enum: VACANCY_STATUSES, enumName: 'VacancyStatus' }) status: VacancyStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) hiringManagerUserId: string | null;
  @ApiProperty({ type: String, nullable: true }) hiringManagerName: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(row: VacancySummaryRow): VacancySummaryOutput {
    return {
      ...VacancyFactsOutput.facts(row),
      status: row.status,
      hiringManagerUserId: row.hiringManagerUserId,
      hiringManagerName: row.hiringManagerName,
      closedAt: iso(row.closedAt),
      createdAt: iso(row.createdAt)!,
      updatedAt: iso(row.updatedAt)!,
    };
  }
}

/** One vacancy as HR edits it: the Markdown source and the safe HTML it renders to. */
export class VacancyOutput extends VacancySummaryOutput {
  @ApiProperty() descriptionMarkdown: string;
  @ApiProperty({ description: 'Sanitised HTML rendered from descriptionMarkdown' }) descriptionHtml: string;

  static override from(row: VacancyRow): VacancyOutput {
    return {
      ...VacancySummaryOutput.from(row),
      descriptionMarkdown: row.descriptionMarkdown,
      descriptionHtml: renderMarkdown(row.descriptionMarkdown),
    };
  }
}

export class VacancyListOutput {
  @ApiProperty({ type: VacancySummaryOutput, isArray: true }) items: VacancySummaryOutput[];
  @ApiProperty() total: number;
}
