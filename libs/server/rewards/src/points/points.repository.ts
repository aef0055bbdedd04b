import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import { BUSINESS_TIME_ZONE } from '../scheduling/business-date';
import type { PointsKind, PointsLevel, PointValues } from './points-settings';

export interface StoredPointsSettings {
  values: PointValues;
  levels: PointsLevel[];
  updatedAt: Date;
}

export interface PointsEventRow {
  kind: PointsKind;
  points: number;
  at: Date;
  subjectId: string;
  vacancyTitle: string | null;
}

export interface LeaderboardQuery {
  from: string;
  to: string;
  programmeId?: string;
  department?: string;
  limit: number;
  userId: string;
}

export interface LeaderboardRow {
  position: number;
  rank: number;
  points: number;
  isYou: boolean;
  name: string | null;
  participants: number;
}

/** Point settings, the points ledger (written by database triggers only) and the leaderboard. */
@Injectable()
export class PointsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async settings(organisationId: OrganisationId, tx?: Tx): Promise<StoredPointsSettings | null> {
    const rows: Array<{ share: number; referral: number; interview: number; hire: number; levels: PointsLevel[]; updatedAt: Date }> = await managerOf(this.dataSource, tx).query(
      `SELECT share_points AS share, referral_points AS referral, interview_points AS interview, hire_points AS hire, levels, updated_at AS "updatedAt"
         FROM points_settings WHERE organisation_id = $1`,
      [organisationId],
    );
    const row = rows[0];
    return row ? { values: { share: row.share, referral: row.referral, interview: row.interview, hire: row.hire }, levels: row.levels, updatedAt: row.updatedAt } : null;
  }

  async saveSettings(organisationId: OrganisationId, values: PointValues, levels: PointsLevel[], userId: string, now: Date, tx: Tx): Promise<void> {
    await tx.query(
      `INSERT INTO points_settings (organisation_id, share_points, referral_points, interview_points, hire_points, levels, updated_by_user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $8)
       ON CONFLICT (organisation_id) DO UPDATE
         SET share_points = EXCLUDED.share_points, referral_points = EXCLUDED.referral_points, interview_points = EXCLUDED.interview_points,
             hire_points = EXCLUDED.hire_points, levels = EXCLUDED.levels, updated_by_user_id = EXCLUDED.updated_by_user_id, updated_at = EXCLUDED.updated_at`,
      [organisationId, values.share, values.referral, values.interview, values.hire, JSON.stringify(levels), userId, now],
    );
  }

  async total(organisationId: OrganisationId, userId: string): Promise<number> {
    const [row]: Array<{ total: number }> = await this.dataSource.query(
      `SELECT coalesce(sum(points), 0)::int AS total FROM points_events WHERE organisation_id = $1 AND user_id = $2`,
      [organisationId, userId],
    );
    return row!.total;
  }

  /** Milestone points of the user's approved or paid rewards (part of the reward, not of recognition). */
  async rewardPoints(organisationId: OrganisationId, userId: string): Promise<number> {
    const [row]: Array<{ total: number }> = await this.dataSource.query(
      `SELECT coalesce(sum(points), 0)::int AS total FROM reward_ledger
        WHERE organisation_id = $1 AND referrer_user_id = $2 AND status IN ('approved', 'paid')`,
      [organisationId, userId],
    );
    return row!.total;
  }

  /** The user's events worth something, newest first. Vacancy titles only: no candidate data. */
  events(organisationId: OrganisationId, userId: string, limit: number): Promise<PointsEventRow[]> {
    return this.dataSource.query(
      `SELECT e.kind, e.points, e.created_at AS at, e.subject_id AS "subjectId", v.title AS "vacancyTitle"
         FROM points_events e
         LEFT JOIN vacancies v ON v.id = e.vacancy_id
        WHERE e.organisation_id = $1 AND e.user_id = $2 AND e.points > 0
        ORDER BY e.created_at DESC, e.id
        LIMIT $3`,
      [organisationId, userId, limit],
    );
  }

  async optIn(organisationId: OrganisationId, userId: string): Promise<boolean> {
    const [row]: Array<{ optIn: boolean }> = await this.dataSource.query(
      `SELECT leaderboard_opt_in AS "optIn" FROM users WHERE organisation_id = $1 AND id = $2`,
      [organisationId, userId],
    );
    return row?.optIn ?? false;
  }

  async setOptIn(organisationId: OrganisationId, userId: string, optIn: boolean, now: Date, tx: Tx): Promise<void> {
    await tx.query(`UPDATE users SET leaderboard_opt_in = $3, updated_at = $4 WHERE organisation_id = $1 AND id = $2`, [organisationId, userId, optIn, now]);
  }

  /**
   * Points per user in the period (Amsterdam days `from`..`to`, inclusive) and filters, ranked; returns the top
   * `limit` and the caller's row (first among equals). Names only for users who opted in, and the caller's own;
   * user ids never leave.
   * Deactivated users are left out.
   */
  leaderboard(organisationId: OrganisationId, q: LeaderboardQuery): Promise<LeaderboardRow[]> {
    const params: unknown[] = [organisationId, q.from, q.to, q.userId, q.limit];
    const filters: string[] = [];
    if (q.programmeId) {
      params.push(q.programmeId);
      filters.push(`AND e.programme_id = $${params.length}`);
    }
    if (q.department) {
      params.push(q.department);
      filters.push(
        `AND e.vacancy_id IN (SELECT v.id FROM vacancies v WHERE v.organisation_id = $1 AND v.department IS NOT NULL AND lower(btrim(v.department)) = lower($${params.length}))`,
      );
    }
    return this.dataSource.query(
      `WITH totals AS (
         SELECT e.user_id, sum(e.points)::int AS points
           FROM points_events e
          WHERE e.organisation_id = $1
            AND e.created_at >= ($2::date)::timestamp AT TIME ZONE '${BUSINESS_TIME_ZONE}'
            AND e.created_at < ($3::date + 1)::timestamp AT TIME ZONE '${BUSINESS_TIME_ZONE}'
            ${filters.join('\n            ')}
          GROUP BY e.user_id
         HAVING sum(e.points) > 0
       ), ranked AS (
         SELECT t.user_id, t.points, u.leaderboard_opt_in AS opt_in, u.person_id,
                rank() OVER (ORDER BY t.points DESC)::int AS rank,
                row_number() OVER (ORDER BY t.points DESC, t.user_id = $4 DESC, t.user_id)::int AS position,
                count(*) OVER ()::int AS participants
           FROM totals t
           JOIN users u ON u.id = t.user_id AND u.organisation_id = $1
          WHERE u.status <> 'deactivated'
       )
       SELECT r.position, r.rank, r.points, r.user_id = $4 AS "isYou", r.participants,
              CASE WHEN r.opt_in OR r.user_id = $4 THEN btrim(p.first_name || ' ' || p.last_name) END AS name
         FROM ranked r
         JOIN people p ON p.id = r.person_id
        WHERE r.position <= $5 OR r.user_id = $4
        ORDER BY r.position`,
      params,
    );
  }
}
