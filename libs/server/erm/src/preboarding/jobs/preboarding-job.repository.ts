import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { OrganisationId, Tx } from '@kring/server-database';
import type { Locale } from '@kring/shared-domain';
import { LINK_VALID_DAYS_AFTER_START, NUDGE_INTERVAL_DAYS, PREBOARDING_TIME_ZONE } from '../due-dates';
import { PreboardingTaskEntity } from '../entities/preboarding-checklist.entity';

/** Pre-filter in SQL for the scan; shouldNudge() in due-dates.ts is the rule, applied under lock. */
const nudgeDue = (today: string) => `
  t.assignee = 'starter' AND t.done_at IS NULL AND t.due_on < ${today}::date
  AND (t.nudged_at IS NULL OR (t.nudged_at AT TIME ZONE '${PREBOARDING_TIME_ZONE}')::date <= ${today}::date - ${NUDGE_INTERVAL_DAYS})`;

/** A checklist is live while its person is a starter or new employee, until the link expires. */
const liveChecklist = (today: string) => `
  p.phase IN ('entry', 'employment') AND c.start_date = p.start_date AND c.start_date + ${LINK_VALID_DAYS_AFTER_START} >= ${today}::date`;

/**
 * The hourly job's scans. These read across organisations by nature (the job serves them all); every row they
 * return names its organisation, and every write after them is scoped by it again.
 */
@Injectable()
export class PreboardingJobRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Starters who have not started yet (entry, start date after today in Amsterdam) without a checklist for that
   * start date, in organisations with a default template. Someone whose start date is today or past gets no
   * checklist and no welcome mail: they have started (the job moves them to employment first).
   */
  startersWithoutChecklist(today: string, limit: number): Promise<Array<{ organisationId: OrganisationId; personId: string; templateId: string }>> {
    return this.dataSource.query(
      `SELECT p.organisation_id AS "organisationId", p.id AS "personId", t.id AS "templateId"
       FROM people p
       JOIN preboarding_templates t ON t.organisation_id = p.organisation_id AND t.is_default
       WHERE p.phase = 'entry' AND p.start_date > $2::date
         AND NOT EXISTS (SELECT 1 FROM preboarding_checklists c WHERE c.organisation_id = p.organisation_id AND c.person_id = p.id AND c.start_date = p.start_date)
       ORDER BY p.start_date, p.id
       LIMIT $1`,
      [limit, today],
    );
  }

  /**
   * The person's newest checklist for another start date whose link still works (start date + 30 days not past):
   * the one to move when the start date changed outside preboarding (import, re-hire), instead of a second one.
   */
  async openChecklistForOtherDate(organisationId: OrganisationId, personId: string, startDate: string, today: string, tx: Tx): Promise<string | null> {
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT c.id FROM preboarding_checklists c
       WHERE c.organisation_id = $1 AND c.person_id = $2 AND c.start_date <> $3::date
         AND c.start_date + ${LINK_VALID_DAYS_AFTER_START} >= $4::date
       ORDER BY c.created_at DESC, c.id
       LIMIT 1
       FOR UPDATE`,
      [organisationId, personId, startDate, today],
    );
    return rows[0]?.id ?? null;
  }

  checklistsToNudge(today: string, limit: number): Promise<Array<{ organisationId: OrganisationId; checklistId: string; personId: string }>> {
    return this.dataSource.query(
      `SELECT DISTINCT c.organisation_id AS "organisationId", c.id AS "checklistId", c.person_id AS "personId"
       FROM preboarding_tasks t
       JOIN preboarding_checklists c ON c.organisation_id = t.organisation_id AND c.id = t.checklist_id
       JOIN people p ON p.organisation_id = c.organisation_id AND p.id = c.person_id
       WHERE p.email IS NOT NULL AND ${liveChecklist('$2')} AND ${nudgeDue('$2')}
         AND (c.created_at AT TIME ZONE '${PREBOARDING_TIME_ZONE}')::date < $2::date
       LIMIT $1`,
      [limit, today],
    );
  }

  /** Locks this checklist's open starter tasks (the service decides which are due a nudge). */
  async lockOpenStarterTasks(organisationId: OrganisationId, checklistId: string, tx: Tx): Promise<void> {
    await tx.query(
      `SELECT t.id FROM preboarding_tasks t
       WHERE t.organisation_id = $1 AND t.checklist_id = $2 AND t.assignee = 'starter' AND t.done_at IS NULL
       FOR UPDATE`,
      [organisationId, checklistId],
    );
  }

  async markNudged(organisationId: OrganisationId, taskIds: string[], at: Date, tx: Tx): Promise<void> {
    await tx.query(`UPDATE preboarding_tasks SET nudged_at = $3 WHERE organisation_id = $1 AND id = ANY($2::uuid[])`, [organisationId, taskIds, at]);
  }

  async organisationsWithOverdueHrTasks(today: string): Promise<OrganisationId[]> {
    const rows: Array<{ organisationId: OrganisationId }> = await this.dataSource.query(
      `SELECT DISTINCT c.organisation_id AS "organisationId"
       FROM preboarding_tasks t
       JOIN preboarding_checklists c ON c.organisation_id = t.organisation_id AND c.id = t.checklist_id
       JOIN people p ON p.organisation_id = c.organisation_id AND p.id = c.person_id
       WHERE t.assignee = 'hr' AND t.done_at IS NULL AND t.due_on < $1::date AND ${liveChecklist('$1')}`,
      [today],
    );
    return rows.map((r) => r.organisationId);
  }

  async overdueHrTasks(organisationId: OrganisationId, today: string, tx: Tx): Promise<Array<{ starterName: string; task: PreboardingTaskEntity }>> {
    const rows: Array<{ id: string; starterName: string }> = await tx.query(
      `SELECT t.id, trim(p.first_name || ' ' || p.last_name) AS "starterName"
       FROM preboarding_tasks t
       JOIN preboarding_checklists c ON c.organisation_id = t.organisation_id AND c.id = t.checklist_id
       JOIN people p ON p.organisation_id = c.organisation_id AND p.id = c.person_id
       WHERE t.organisation_id = $1 AND t.assignee = 'hr' AND t.done_at IS NULL AND t.due_on < $2::date AND ${liveChecklist('$2')}
       ORDER BY t.due_on, p.last_name, t.position
       LIMIT 100`,
      [organisationId, today],
    );
    const tasks = await tx.findBy(PreboardingTaskEntity, { organisationId, id: In(rows.map((r) => r.id)) });
    return rows.map((r) => ({ starterName: r.starterName, task: tasks.find((t) => t.id === r.id)! }));
  }

  hrAdmins(organisationId: OrganisationId, tx: Tx): Promise<Array<{ userId: string; email: string; personId: string; firstName: string; locale: Locale; organisationName: string }>> {
    return tx.query(
      `SELECT u.id AS "userId", u.email, u.person_id AS "personId", p.first_name AS "firstName", u.locale, o.name AS "organisationName"
       FROM users u JOIN people p ON p.organisation_id = u.organisation_id AND p.id = u.person_id JOIN organisations o ON o.id = u.organisation_id
       WHERE u.organisation_id = $1 AND u.status = 'active' AND 'hr_admin' = ANY(u.roles)
       ORDER BY u.id`,
      [organisationId],
    );
  }

  /** True when this HR admin had no overdue mail yet today (and claims today's). */
  async claimHrDigest(organisationId: OrganisationId, userId: string, today: string, at: Date, tx: Tx): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO preboarding_hr_digests (organisation_id, user_id, day, sent_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT pk_preboarding_hr_digests DO NOTHING RETURNING user_id`,
      [organisationId, userId, today, at],
    );
    return rows.length === 1;
  }

  /** Starters whose start date (an Amsterdam calendar day) has arrived, by organisation. */
  async startersWhoStarted(today: string): Promise<Map<OrganisationId, string[]>> {
    const rows: Array<{ organisationId: OrganisationId; personId: string }> = await this.dataSource.query(
      `SELECT organisation_id AS "organisationId", id AS "personId" FROM people WHERE phase = 'entry' AND start_date <= $1::date ORDER BY organisation_id, id`,
      [today],
    );
    const byOrganisation = new Map<OrganisationId, string[]>();
    for (const row of rows) byOrganisation.set(row.organisationId, [...(byOrganisation.get(row.organisationId) ?? []), row.personId]);
    return byOrganisation;
  }

  /** Locks these starters and returns those that are still due (phase entry, start date on or before today). */
  async lockStartersWhoStarted(organisationId: OrganisationId, personIds: string[], today: string, tx: Tx): Promise<string[]> {
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT id FROM people
       WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND phase = 'entry' AND start_date <= $3::date
       ORDER BY id
       FOR UPDATE`,
      [organisationId, personIds, today],
    );
    return rows.map((r) => r.id);
  }
}
