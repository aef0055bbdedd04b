import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRepository, OrganisationId } from '@kring/server-database';
import { notFound } from '@kring/shared-domain';
import { defaultRequired, templateNameTaken } from '../preboarding.errors';
import type { PreboardingTemplateInput } from './inputs/template.input';
import type { PreboardingTemplateOutput } from './outputs/template.output';
import { PreboardingTemplatesRepository, TemplateWithTasks } from './templates.repository';

export interface Actor {
  organisationId: OrganisationId;
  userId: string;
}

/**
 * HR's checklist templates. Whenever there are templates, exactly one is the default: the first one becomes it,
 * saving another as default takes the mark over, and the default cannot be unmarked or deleted while other templates
 * exist. Tasks are replaced as a whole; checklists already created keep their own copies.
 */
@Injectable()
export class PreboardingTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly templates: PreboardingTemplatesRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(actor: Actor): Promise<PreboardingTemplateOutput[]> {
    return (await this.templates.list(actor.organisationId)).map(templateOutput);
  }

  async get(actor: Actor, id: string): Promise<PreboardingTemplateOutput> {
    const found = await this.templates.find(actor.organisationId, id);
    if (!found) throw notFound('Template');
    return templateOutput(found);
  }

  async create(actor: Actor, input: PreboardingTemplateInput): Promise<PreboardingTemplateOutput> {
    const id = await this.dataSource.transaction(async (tx) => {
      await this.templates.lock(actor.organisationId, tx);
      if (await this.templates.nameTaken(actor.organisationId, input.name, null, tx)) throw templateNameTaken();
      const isDefault = input.isDefault || !(await this.templates.findDefault(actor.organisationId, tx));
      if (isDefault) await this.templates.clearDefault(actor.organisationId, null, tx);
      const created = await this.templates.insert(actor.organisationId, { ...input, isDefault }, tx);
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'preboarding.template_created', subjectType: 'preboarding_template', subjectId: created }, tx);
      return created;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: PreboardingTemplateInput): Promise<PreboardingTemplateOutput> {
    await this.dataSource.transaction(async (tx) => {
      await this.templates.lock(actor.organisationId, tx);
      const existing = await this.templates.find(actor.organisationId, id, tx);
      if (!existing) throw notFound('Template');
      if (await this.templates.nameTaken(actor.organisationId, input.name, id, tx)) throw templateNameTaken();
      if (existing.template.isDefault && !input.isDefault) throw defaultRequired();
      if (input.isDefault) await this.templates.clearDefault(actor.organisationId, id, tx);
      await this.templates.update(actor.organisationId, id, input, tx);
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'preboarding.template_updated', subjectType: 'preboarding_template', subjectId: id }, tx);
    });
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.templates.lock(actor.organisationId, tx);
      const existing = await this.templates.find(actor.organisationId, id, tx);
      if (!existing) throw notFound('Template');
      if (existing.template.isDefault && (await this.templates.count(actor.organisationId, tx)) > 1) throw defaultRequired();
      await this.templates.delete(actor.organisationId, id, tx);
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'preboarding.template_deleted', subjectType: 'preboarding_template', subjectId: id }, tx);
    });
  }
}

function templateOutput({ template, tasks }: TemplateWithTasks): PreboardingTemplateOutput {
  return {
    id: template.id,
    name: template.name,
    isDefault: template.isDefault,
    updatedAt: template.updatedAt.toISOString(),
    tasks: tasks.map((t) => ({
      id: t.id,
      titleNl: t.titleNl,
      titleEn: t.titleEn,
      descriptionNl: t.descriptionNl,
      descriptionEn: t.descriptionEn,
      dueOffsetDays: t.dueOffsetDays,
      assignee: t.assignee,
      department: t.department,
    })),
  };
}
