import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationId, OrganisationScopedEntity } from '@kring/server-database';
import type { PreboardingAssignee } from './preboarding-template.entity';

/** A starter's checklist for one start date, with its own copy of the template's tasks. */
@Entity('preboarding_checklists')
export class PreboardingChecklistEntity extends OrganisationScopedEntity {
  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'uuid', nullable: true })
  templateId: string | null;

  @Column({ type: 'text' })
  templateName: string;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  linkSentAt: Date | null;
}

/** A task on a checklist, with a concrete due date. */
@Entity('preboarding_tasks')
export class PreboardingTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: OrganisationId;

  @Column({ type: 'uuid' })
  checklistId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  titleNl: string;

  @Column({ type: 'text' })
  titleEn: string;

  @Column({ type: 'text', nullable: true })
  descriptionNl: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ type: 'integer' })
  dueOffsetDays: number;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'text' })
  assignee: PreboardingAssignee;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  doneByUserId: string | null;

  /** When the task was first done: the touchpoint is recorded then, and only then. */
  @Column({ type: 'timestamptz', nullable: true })
  firstDoneAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  nudgedAt: Date | null;
}
