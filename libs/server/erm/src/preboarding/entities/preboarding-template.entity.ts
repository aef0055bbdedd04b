import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationId, OrganisationScopedEntity } from '@kring/server-database';

export const PREBOARDING_ASSIGNEES = ['starter', 'hr'] as const;
export type PreboardingAssignee = (typeof PREBOARDING_ASSIGNEES)[number];

/** A named checklist template HR keeps; exactly one may be the organisation's default. */
@Entity('preboarding_templates')
export class PreboardingTemplateEntity extends OrganisationScopedEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'boolean', default: false })
  isDefault: boolean;
}

/** One task of a template: due `dueOffsetDays` from the start date, done by the starter or by HR. */
@Entity('preboarding_template_tasks')
export class PreboardingTemplateTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: OrganisationId;

  @Column({ type: 'uuid' })
  templateId: string;

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

  @Column({ type: 'text' })
  assignee: PreboardingAssignee;

  /** Only starters of this department get the task (null: everyone). */
  @Column({ type: 'text', nullable: true })
  department: string | null;
}
