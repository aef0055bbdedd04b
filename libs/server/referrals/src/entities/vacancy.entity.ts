import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';
import type { EmploymentType, SalaryPeriod, VacancyStatus } from '@kring/shared-domain';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity('vacancies')
export class VacancyEntity extends OrganisationScopedEntity {
  @Column({ type: 'text' }) title: string;
  /** Markdown as HR wrote it; rendered to safe HTML when shown (raw HTML is never passed through). */
  @Column({ type: 'text', default: '' }) descriptionMarkdown: string;
  @Column({ type: 'text', nullable: true }) department: string | null;
  @Column({ type: 'text', nullable: true }) location: string | null;
  @Column({ type: 'text', default: 'permanent' }) employmentType: EmploymentType;
  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true, transformer: numeric }) hoursMin: number | null;
  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true, transformer: numeric }) hoursMax: number | null;
  @Column({ type: 'integer', nullable: true }) salaryMin: number | null;
  @Column({ type: 'integer', nullable: true }) salaryMax: number | null;
  @Column({ type: 'text', default: 'EUR' }) salaryCurrency: string;
  @Column({ type: 'text', nullable: true }) salaryPeriod: SalaryPeriod | null;
  @Column({ type: 'text', array: true, default: '{}' }) skills: string[];
  @Column({ type: 'text', default: 'draft' }) status: VacancyStatus;
  @Column({ type: 'boolean', default: false }) hardToFill: boolean;
  @Column({ type: 'uuid', nullable: true }) hiringManagerUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) openedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  /** Maintained by a trigger (Dutch + English stemming); never written by the application. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false }) searchVector: string | null;
}
