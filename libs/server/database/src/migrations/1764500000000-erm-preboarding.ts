import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ERM preboarding: checklist templates (tasks due relative to the start date), one checklist per starter and start
 * date with its own copy of the tasks (editing a template never changes a checklist), and the HR overdue digest log
 * (at most one mail per HR admin per day). Indexes lead with organisation_id.
 */
export class ErmPreboarding1764500000000 implements MigrationInterface {
  name = 'ErmPreboarding1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE preboarding_templates (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        name text NOT NULL,
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_preboarding_templates PRIMARY KEY (id),
        CONSTRAINT uq_preboarding_templates_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT fk_preboarding_templates_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_preboarding_templates_name CHECK (char_length(btrim(name)) BETWEEN 1 AND 120)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_preboarding_templates_organisation_name ON preboarding_templates (organisation_id, lower(name))`);
    await q.query(`CREATE UNIQUE INDEX uq_preboarding_templates_organisation_default ON preboarding_templates (organisation_id) WHERE is_default`);

    await q.query(`
      CREATE TABLE preboarding_template_tasks (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        template_id uuid NOT NULL,
        position integer NOT NULL,
        title_nl text NOT NULL,
        title_en text NOT NULL,
        description_nl text,
        description_en text,
        due_offset_days integer NOT NULL,
        assignee text NOT NULL,
        department text,
        CONSTRAINT pk_preboarding_template_tasks PRIMARY KEY (id),
        CONSTRAINT fk_preboarding_template_tasks_template FOREIGN KEY (organisation_id, template_id) REFERENCES preboarding_templates (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT uq_preboarding_template_tasks_position UNIQUE (template_id, position),
        CONSTRAINT ck_preboarding_template_tasks_assignee CHECK (assignee IN ('starter', 'hr')),
        CONSTRAINT ck_preboarding_template_tasks_offset CHECK (due_offset_days BETWEEN -365 AND 365),
        CONSTRAINT ck_preboarding_template_tasks_titles CHECK (char_length(btrim(title_nl)) BETWEEN 1 AND 200 AND char_length(btrim(title_en)) BETWEEN 1 AND 200)
      )`);
    await q.query(`CREATE INDEX ix_preboarding_template_tasks_template ON preboarding_template_tasks (organisation_id, template_id)`);

    await q.query(`
      CREATE TABLE preboarding_checklists (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        template_id uuid,
        template_name text NOT NULL,
        start_date date NOT NULL,
        created_by_user_id uuid,
        link_sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_preboarding_checklists PRIMARY KEY (id),
        CONSTRAINT uq_preboarding_checklists_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT uq_preboarding_checklists_person_start UNIQUE (organisation_id, person_id, start_date),
        CONSTRAINT fk_preboarding_checklists_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_preboarding_checklists_template FOREIGN KEY (organisation_id, template_id) REFERENCES preboarding_templates (organisation_id, id) ON DELETE SET NULL (template_id)
      )`);
    await q.query(`CREATE INDEX ix_preboarding_checklists_start ON preboarding_checklists (organisation_id, start_date)`);

    await q.query(`
      CREATE TABLE preboarding_tasks (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        checklist_id uuid NOT NULL,
        position integer NOT NULL,
        title_nl text NOT NULL,
        title_en text NOT NULL,
        description_nl text,
        description_en text,
        due_offset_days integer NOT NULL,
        due_on date NOT NULL,
        assignee text NOT NULL,
        done_at timestamptz,
        done_by_user_id uuid,
        first_done_at timestamptz,
        nudged_at timestamptz,
        CONSTRAINT pk_preboarding_tasks PRIMARY KEY (id),
        CONSTRAINT fk_preboarding_tasks_checklist FOREIGN KEY (organisation_id, checklist_id) REFERENCES preboarding_checklists (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT uq_preboarding_tasks_position UNIQUE (checklist_id, position),
        CONSTRAINT ck_preboarding_tasks_assignee CHECK (assignee IN ('starter', 'hr'))
      )`);
    await q.query(`CREATE INDEX ix_preboarding_tasks_checklist ON preboarding_tasks (organisation_id, checklist_id)`);
    await q.query(`CREATE INDEX ix_preboarding_tasks_open_due ON preboarding_tasks (due_on) WHERE done_at IS NULL`);

    await q.query(`
      CREATE TABLE preboarding_hr_digests (
        organisation_id uuid NOT NULL,
        user_id uuid NOT NULL,
        day date NOT NULL,
        sent_at timestamptz NOT NULL,
        CONSTRAINT pk_preboarding_hr_digests PRIMARY KEY (organisation_id, user_id, day),
        CONSTRAINT fk_preboarding_hr_digests_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE preboarding_hr_digests`);
    await q.query(`DROP TABLE preboarding_tasks`);
    await q.query(`DROP TABLE preboarding_checklists`);
    await q.query(`DROP TABLE preboarding_template_tasks`);
    await q.query(`DROP TABLE preboarding_templates`);
  }
}
