import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository } from '@kring/server-database';
import { hasAnyRole, type AuthContext } from '@kring/server-identity';
import { DomainError, ErrorCodes, type QualityRatingMonths } from '@kring/shared-domain';
import { notFound } from '../common/validation';
import { hireOutput } from '../hires/hires.service';
import { HiresRepository } from '../hires/hires.repository';
import { ListRatingsDueInput, RatingInput, RatingOutput, RatingsDueOutput } from './ratings.dto';

/** The Amsterdam calendar day of a moment. */
const amsterdamDay = (at: Date) => at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

const notDue = (dueOn: string) =>
  new DomainError('conflict', ErrorCodes.qualityRatingNotDue, `This rating is due on ${dueOn}`, [{ field: 'months', message: `is due on ${dueOn}` }]);

/**
 * Quality of hire at 6 and 12 months after the start date (1-5). HR rates every hire; a hiring manager
 * (vacancies.hiring_manager_user_id) rates the hires of their vacancies and sees only those as due.
 */
@Injectable()
export class RatingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hires: HiresRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async rate(auth: AuthContext, hireId: string, months: QualityRatingMonths, input: RatingInput): Promise<RatingOutput> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const [hire] = await tx.query(
        `SELECT h.id, h.start_date::text AS "startDate", (h.start_date + make_interval(months => $3))::date::text AS "dueOn", v.hiring_manager_user_id AS "managerId"
           FROM hires h LEFT JOIN vacancies v ON v.organisation_id = h.organisation_id AND v.id = h.vacancy_id
          WHERE h.organisation_id = $1 AND h.id = $2 FOR UPDATE OF h`,
        [auth.organisationId, hireId, months],
      );
      if (!hire) throw notFound('Hire');
      const isHr = hasAnyRole(auth, ['hr_admin']);
      if (!isHr && hire.managerId !== auth.userId) {
        // Colleagues who are not the manager learn nothing about the hire.
        throw notFound('Hire');
      }
      if (!hire.startDate || hire.dueOn > amsterdamDay(now)) throw notDue(hire.dueOn ?? 'the start date plus the months');
      const [row] = await tx.query(
        `INSERT INTO quality_ratings (organisation_id, hire_id, months, rating, note, rated_by_user_id, rated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (organisation_id, hire_id, months) DO UPDATE SET rating = EXCLUDED.rating, note = EXCLUDED.note, rated_by_user_id = EXCLUDED.rated_by_user_id, rated_at = EXCLUDED.rated_at
         RETURNING hire_id AS "hireId", months, rating, note, rated_at AS "ratedAt"`,
        [auth.organisationId, hireId, months, input.rating, input.note?.trim() || null, auth.userId, now],
      );
      await this.audit.record(auth.organisationId, { actorUserId: auth.userId, action: 'insights.quality_rated', subjectType: 'hire', subjectId: hireId, data: { months, rating: input.rating, asManager: !isHr } }, tx);
      return { ...row, ratedAt: new Date(row.ratedAt).toISOString() };
    });
  }

  /** Hires whose 6- or 12-month mark has passed (and who had not left by then) without that rating. */
  async due(auth: AuthContext, input: ListRatingsDueInput): Promise<RatingsDueOutput> {
    const today = amsterdamDay(this.clock.now());
    const isHr = hasAnyRole(auth, ['hr_admin']);
    const params = [auth.organisationId, today, isHr ? null : auth.userId];
    const from = `
      FROM hires h
      CROSS JOIN (VALUES (6), (12)) m(months)
      CROSS JOIN LATERAL (SELECT (h.start_date + make_interval(months => m.months))::date AS due_on) d
      WHERE h.organisation_id = $1 AND h.start_date IS NOT NULL AND h.start_date <= $2::date
        AND d.due_on <= $2::date AND (h.left_on IS NULL OR h.left_on >= d.due_on)
        AND NOT EXISTS (SELECT 1 FROM quality_ratings q WHERE q.organisation_id = h.organisation_id AND q.hire_id = h.id AND q.months = m.months)
        AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM vacancies v WHERE v.organisation_id = h.organisation_id AND v.id = h.vacancy_id AND v.hiring_manager_user_id = $3::uuid))`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    const rows: Array<{ id: string; months: number; dueOn: string }> = await this.dataSource.query(
      `SELECT h.id, m.months, d.due_on::text AS "dueOn" ${from} ORDER BY d.due_on, h.id, m.months LIMIT $4 OFFSET $5`,
      [...params, input.limit ?? 50, input.offset ?? 0],
    );
    const items = [];
    for (const row of rows) {
      const hire = await this.hires.get(auth.organisationId, row.id);
      if (hire) items.push({ hire: hireOutput(hire), months: row.months, dueOn: row.dueOn });
    }
    return { items, total };
  }
}
