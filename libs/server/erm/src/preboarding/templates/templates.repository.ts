import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import { PreboardingTemplateEntity, PreboardingTemplateTaskEntity } from '../entities/preboarding-template.entity';
import type { PreboardingTemplateInput } from './inputs/template.input';

export interface TemplateWithTasks {
  template: PreboardingTemplateEntity;
  tasks: PreboardingTemplateTaskEntity[];
}

/** Checklist templates and their tasks, always scoped by organisation. */
@Injectable()
export class PreboardingTemplatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(organisationId: OrganisationId): Promise<TemplateWithTasks[]> {
    const m = this.dataSource.manager;
    const templates = await m.find(PreboardingTemplateEntity, { where: { organisationId }, order: { isDefault: 'DESC', name: 'ASC' } });
    const tasks = await m.find(PreboardingTemplateTaskEntity, { where: { organisationId }, order: { position: 'ASC' } });
    return templates.map((template) => ({ template, tasks: tasks.filter((t) => t.templateId === template.id) }));
  }

  async find(organisationId: OrganisationId, id: string, tx?: Tx): Promise<TemplateWithTasks | null> {
    const m = managerOf(this.dataSource, tx);
    const template = await m.findOneBy(PreboardingTemplateEntity, { organisationId, id });
    if (!template) return null;
    const tasks = await m.find(PreboardingTemplateTaskEntity, { where: { organisationId, templateId: id }, order: { position: 'ASC' } });
    return { template, tasks };
  }

  findDefault(organisationId: OrganisationId, tx?: Tx): Promise<PreboardingTemplateEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(PreboardingTemplateEntity, { organisationId, isDefault: true });
  }

  /** Serialises template writes of one organisation, so "exactly one default" holds under concurrent saves. */
  async lock(organisationId: OrganisationId, tx: Tx): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('preboarding_templates:' || $1::text))`, [organisationId]);
  }

  async count(organisationId: OrganisationId, tx: Tx): Promise<number> {
    const [row] = await tx.query(`SELECT count(*)::int AS n FROM preboarding_templates WHERE organisation_id = $1`, [organisationId]);
    return row.n;
  }

  async nameTaken(organisationId: OrganisationId, name: string, exceptId: string | null, tx: Tx): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM preboarding_templates WHERE organisation_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3)`,
      [organisationId, name, exceptId],
    );
    return rows.length > 0;
  }

  async clearDefault(organisationId: OrganisationId, exceptId: string | null, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE preboarding_templates SET is_default = false, updated_at = now() WHERE organisation_id = $1 AND is_default AND ($2::uuid IS NULL OR id <> $2)`,
      [organisationId, exceptId],
    );
  }

  async insert(organisationId: OrganisationId, input: PreboardingTemplateInput, tx: Tx): Promise<string> {
    const [row] = await tx.query(`INSERT INTO preboarding_templates (organisation_id, name, is_default) VALUES ($1, $2, $3) RETURNING id`, [
      organisationId,
      input.name,
      input.isDefault,
    ]);
    await this.replaceTasks(organisationId, row.id, input, tx);
    return row.id;
  }

  /** False when the template does not exist in this organisation. */
  async update(organisationId: OrganisationId, id: string, input: PreboardingTemplateInput, tx: Tx): Promise<boolean> {
    const [, count] = (await tx.query(
      `UPDATE preboarding_templates SET name = $3, is_default = $4, updated_at = now() WHERE organisation_id = $1 AND id = $2`,
      [organisationId, id, input.name, input.isDefault],
    )) as [unknown, number];
    if (count !== 1) return false;
    await this.replaceTasks(organisationId, id, input, tx);
    return true;
  }

  async delete(organisationId: OrganisationId, id: string, tx: Tx): Promise<boolean> {
    const [, count] = (await tx.query(`DELETE FROM preboarding_templates WHERE organisation_id = $1 AND id = $2`, [organisationId, id])) as [unknown, number];
    return count === 1;
  }

  private async replaceTasks(organisationId: OrganisationId, templateId: string, input: PreboardingTemplateInput, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM preboarding_template_tasks WHERE organisation_id = $1 AND template_id = $2`, [organisationId, templateId]);
    if (input.tasks.length === 0) return;
    await tx.query(
      `INSERT INTO preboarding_template_tasks (organisation_id, template_id, position, title_nl, title_en, description_nl, description_en, due_offset_days, assignee, department)
       SELECT $1, $2, t.position, t.title_nl, t.title_en, t.description_nl, t.description_en, t.due_offset_days, t.assignee, t.department
       FROM jsonb_to_recordset($3::jsonb) AS t(position int, title_nl text, title_en text, description_nl text, description_en text, due_offset_days int, assignee text, department text)`,
      [
        organisationId,
        templateId,
        JSON.stringify(
          input.tasks.map((t, index) => ({
            position: index + 1,
            title_nl: t.titleNl,
            title_en: t.titleEn,
            description_nl: t.descriptionNl ?? null,
            description_en: t.descriptionEn ?? null,
            due_offset_days: t.dueOffsetDays,
            assignee: t.assignee,
            department: t.department?.trim() || null,
          })),
        ),
      ],
    );
  }
}
