import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import type { Locale, Phase } from '@kring/shared-domain';
import { PreboardingChecklistEntity, PreboardingTaskEntity } from '../entities/preboarding-checklist.entity';

export interface StarterPerson {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  locale: Locale;
  phase: Phase;
  department: string | null;
  startDate: string | null;
}

const PERSON_COLUMNS = `p.id, p.first_name AS "firstName", p.last_name AS "lastName", p.email, p.locale, p.phase, p.department, p.start_date::text AS "startDate"`;

/** Checklists and their tasks. Every query is scoped by organisation, except the job's scans, which say so. */
@Injectable()
export class PreboardingChecklistsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async person(organisationId: OrganisationId, personId: string, tx?: Tx, lock = false): Promise<StarterPerson | null> {
    const rows: StarterPerson[] = await managerOf(this.dataSource, tx).query(
      `SELECT ${PERSON_COLUMNS} FROM people p WHERE p.organisation_id = $1 AND p.id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [organisationId, personId],
    );
    return rows[0] ?? null;
  }

  async setStartDate(organisationId: OrganisationId, personId: string, startDate: string, now: Date, tx: Tx): Promise<void> {
    await tx.query(`UPDATE people SET start_date = $3, updated_at = $4 WHERE organisation_id = $1 AND id = $2`, [organisationId, personId, startDate, now]);
  }

  /**
   * Creates the checklist for this person and start date from a template, copying the tasks that apply to the
   * person's department with their due dates. Returns null when the checklist already existed (nothing changes).
   */
  async createFromTemplate(
    organisationId: OrganisationId,
    input: { personId: string; startDate: string; templateId: string; createdByUserId: string | null; at: Date },
    tx: Tx,
  ): Promise<string | null> {
    const rows: Array<{ id: string }> = await tx.query(
      `WITH checklist AS (
         INSERT INTO preboarding_checklists (organisation_id, person_id, template_id, template_name, start_date, created_by_user_id, created_at, updated_at)
         SELECT t.organisation_id, $2, t.id, t.name, $3::date, $5, $6, $6 FROM preboarding_templates t WHERE t.organisation_id = $1 AND t.id = $4
         ON CONFLICT ON CONSTRAINT uq_preboarding_checklists_person_start DO NOTHING
         RETURNING id
       ), copied AS (
         INSERT INTO preboarding_tasks (organisation_id, checklist_id, position, title_nl, title_en, description_nl, description_en, due_offset_days, due_on, assignee)
         SELECT $1, c.id, row_number() OVER (ORDER BY tt.position)::int, tt.title_nl, tt.title_en, tt.description_nl, tt.description_en,
                tt.due_offset_days, $3::date + tt.due_offset_days, tt.assignee
         FROM checklist c
         JOIN preboarding_template_tasks tt ON tt.organisation_id = $1 AND tt.template_id = $4
         JOIN people p ON p.organisation_id = $1 AND p.id = $2
         WHERE tt.department IS NULL OR lower(tt.department) = lower(coalesce(p.department, ''))
       )
       SELECT id FROM checklist`,
      [organisationId, input.personId, input.startDate, input.templateId, input.createdByUserId, input.at],
    );
    return rows[0]?.id ?? null;
  }

  /** The checklist that belongs to the person's current start date, else their newest one. */
  async current(organisationId: OrganisationId, personId: string, tx?: Tx): Promise<PreboardingChecklistEntity | null> {
    const rows: Array<{ id: string }> = await managerOf(this.dataSource, tx).query(
      `SELECT c.id FROM preboarding_checklists c JOIN people p ON p.organisation_id = c.organisation_id AND p.id = c.person_id
       WHERE c.organisation_id = $1 AND c.person_id = $2
       ORDER BY (c.start_date = p.start_date) DESC NULLS LAST, c.created_at DESC LIMIT 1`,
      [organisationId, personId],
    );
    return rows[0] ? this.find(organisationId, rows[0].id, tx) : null;
  }

  find(organisationId: OrganisationId, id: string, tx?: Tx): Promise<PreboardingChecklistEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(PreboardingChecklistEntity, { organisationId, id });
  }

  tasks(organisationId: OrganisationId, checklistId: string, tx?: Tx): Promise<PreboardingTaskEntity[]> {
    return managerOf(this.dataSource, tx).find(PreboardingTaskEntity, { where: { organisationId, checklistId }, order: { position: 'ASC' } });
  }

  async task(organisationId: OrganisationId, checklistId: string, taskId: string, tx: Tx): Promise<PreboardingTaskEntity | null> {
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT id FROM preboarding_tasks WHERE organisation_id = $1 AND checklist_id = $2 AND id = $3 FOR UPDATE`,
      [organisationId, checklistId, taskId],
    );
    return rows[0] ? tx.findOneBy(PreboardingTaskEntity, { organisationId, id: taskId }) : null;
  }

  /** Done or undone. Returns true when this made the task done for the first time (the moment to record a touchpoint). */
  async setDone(organisationId: OrganisationId, taskId: string, done: boolean, at: Date, actorUserId: string | null, tx: Tx): Promise<boolean> {
    // An UPDATE answers [rows, count].
    const [rows] = (await tx.query(
      `WITH before AS (SELECT first_done_at FROM preboarding_tasks WHERE organisation_id = $1 AND id = $2)
       UPDATE preboarding_tasks t
       SET done_at = CASE WHEN $3 THEN coalesce(t.done_at, $4) ELSE NULL END,
           done_by_user_id = CASE WHEN $3 THEN coalesce(t.done_by_user_id, $5) ELSE NULL END,
           first_done_at = CASE WHEN $3 THEN coalesce(t.first_done_at, $4) ELSE t.first_done_at END
       FROM before
       WHERE t.organisation_id = $1 AND t.id = $2
       RETURNING ($3 AND before.first_done_at IS NULL) AS "firstTime"`,
      [organisationId, taskId, done, at, actorUserId],
    )) as [Array<{ firstTime: boolean }>, number];
    return rows[0]?.firstTime === true;
  }

  /** Moves the checklist to a new start date; open tasks get new due dates (and may be nudged again), done tasks keep theirs. */
  async moveStartDate(organisationId: OrganisationId, checklistId: string, startDate: string, now: Date, tx: Tx): Promise<void> {
    await tx.query(`UPDATE preboarding_checklists SET start_date = $3, updated_at = $4 WHERE organisation_id = $1 AND id = $2`, [
      organisationId,
      checklistId,
      startDate,
      now,
    ]);
    await tx.query(
      `UPDATE preboarding_tasks SET due_on = $3::date + due_offset_days, nudged_at = NULL
       WHERE organisation_id = $1 AND checklist_id = $2 AND done_at IS NULL`,
      [organisationId, checklistId, startDate],
    );
  }

  async markLinkSent(organisationId: OrganisationId, checklistId: string, at: Date, tx: Tx): Promise<void> {
    await tx.query(`UPDATE preboarding_checklists SET link_sent_at = $3, updated_at = $3 WHERE organisation_id = $1 AND id = $2`, [organisationId, checklistId, at]);
  }

  /** The starter's links follow the start date: they work until 30 days after it. */
  async extendLinks(organisationId: OrganisationId, checklistId: string, expiresAt: Date, now: Date, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE person_tokens SET expires_at = $3 WHERE organisation_id = $1 AND purpose = 'preboarding' AND subject_id = $2 AND expires_at > $4`,
      [organisationId, checklistId, expiresAt, now],
    );
  }

  async organisationName(organisationId: OrganisationId, tx?: Tx): Promise<string> {
    const [row] = await managerOf(this.dataSource, tx).query(`SELECT name FROM organisations WHERE id = $1`, [organisationId]);
    return row?.name ?? '';
  }
}
