import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganisationId } from '@kring/server-database';
import type { Phase } from '@kring/shared-domain';
import type { PreboardingAssignee } from '../entities/preboarding-template.entity';
import { LINK_VALID_DAYS_AFTER_START } from '../due-dates';

export interface StarterRow {
  personId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phase: Phase;
  startDate: string | null;
  checklistId: string | null;
  templateName: string | null;
  done: number;
  total: number;
  overdue: number;
  nextTitleNl: string | null;
  nextTitleEn: string | null;
  nextDueOn: string | null;
  nextAssignee: PreboardingAssignee | null;
}

export interface PersonRow {
  personId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phase: Phase;
  department: string | null;
  startDate: string | null;
}

/** HR's overview of starters with progress, in one query. */
@Injectable()
export class PreboardingStartersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Starters: people in `entry` with a start date, plus anyone whose checklist's start date is at most 30 days
   * ago (the first weeks still have tasks). Progress counts the checklist of the current start date.
   */
  list(organisationId: OrganisationId, today: string): Promise<StarterRow[]> {
    return this.dataSource.query(
      `SELECT p.id AS "personId", p.first_name AS "firstName", p.last_name AS "lastName", p.email, p.phase,
              p.start_date::text AS "startDate", c.id AS "checklistId", c.template_name AS "templateName",
              coalesce(s.done, 0)::int AS done, coalesce(s.total, 0)::int AS total, coalesce(s.overdue, 0)::int AS overdue,
              n.title_nl AS "nextTitleNl", n.title_en AS "nextTitleEn", n.due_on::text AS "nextDueOn", n.assignee AS "nextAssignee"
       FROM people p
       LEFT JOIN LATERAL (
         SELECT c.id, c.template_name, c.start_date FROM preboarding_checklists c
         WHERE c.organisation_id = p.organisation_id AND c.person_id = p.id
         ORDER BY (c.start_date = p.start_date) DESC NULLS LAST, c.created_at DESC LIMIT 1
       ) c ON true
       LEFT JOIN LATERAL (
         SELECT count(*) FILTER (WHERE t.done_at IS NOT NULL) AS done, count(*) AS total,
                count(*) FILTER (WHERE t.done_at IS NULL AND t.due_on < $2::date) AS overdue
         FROM preboarding_tasks t WHERE t.organisation_id = p.organisation_id AND t.checklist_id = c.id
       ) s ON true
       LEFT JOIN LATERAL (
         SELECT t.title_nl, t.title_en, t.due_on, t.assignee FROM preboarding_tasks t
         WHERE t.organisation_id = p.organisation_id AND t.checklist_id = c.id AND t.done_at IS NULL
         ORDER BY t.due_on, t.position LIMIT 1
       ) n ON true
       WHERE p.organisation_id = $1
         AND ((p.phase = 'entry' AND p.start_date IS NOT NULL) OR c.start_date >= $2::date - $3::int)
       ORDER BY p.start_date NULLS LAST, p.last_name, p.first_name
       LIMIT 500`,
      [organisationId, today, LINK_VALID_DAYS_AFTER_START],
    );
  }

  /** People HR may start preboarding for (search by name or email), employees last. */
  find(organisationId: OrganisationId, q: string | undefined): Promise<PersonRow[]> {
    const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return this.dataSource.query(
      `SELECT p.id AS "personId", p.first_name AS "firstName", p.last_name AS "lastName", p.email, p.phase, p.department, p.start_date::text AS "startDate"
       FROM people p
       WHERE p.organisation_id = $1 AND p.first_name <> ''
         AND ($2::text IS NULL OR (p.first_name || ' ' || p.last_name) ILIKE $2 OR p.email ILIKE $2)
       ORDER BY (p.phase = 'employment'), p.last_name, p.first_name
       LIMIT 20`,
      [organisationId, pattern],
    );
  }
}
