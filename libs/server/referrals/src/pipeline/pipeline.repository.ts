import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganisationId } from '@kring/server-database';
import type { ConsentState, Relationship, Stage } from '@kring/shared-domain';

export interface ReferralFilters {
  stage?: Stage;
  consentState?: ConsentState;
  vacancyId?: string;
  programmeId?: string;
  referrerUserId?: string;
  q?: string;
  /** Only referrals still in play: awaiting consent or consented (declined and expired ones are anonymous shells). */
  liveOnly?: boolean;
}

export interface ReferralRow {
  id: string;
  stage: Stage;
  consentState: ConsentState;
  candidateName: string | null;
  candidateEmail: string | null;
  candidatePhone: string | null;
  relationship: Relationship | null;
  motivation: string | null;
  candidateNote: string | null;
  candidateInformed: boolean;
  vacancyId: string | null;
  vacancyTitle: string | null;
  programmeId: string;
  programmeName: string;
  referrerUserId: string;
  referrerName: string;
  source: 'referral_form' | 'share_link' | 'match';
  createdAt: Date;
  stageChangedAt: Date;
  consentDueAt: Date;
  rejectionReason: string | null;
  rejectionReasonShareable: boolean;
  startDate: string | null;
  probationMonths: number | null;
  cvFileName: string | null;
  cvSizeBytes: number | null;
  cvContentType: string | null;
}

const SELECT = `
  SELECT r.id, r.stage, r.consent_state AS "consentState", r.candidate_name AS "candidateName",
         r.candidate_email AS "candidateEmail", r.candidate_phone AS "candidatePhone", r.relationship, r.motivation,
         r.candidate_note AS "candidateNote", r.candidate_informed AS "candidateInformed",
         r.vacancy_id AS "vacancyId", v.title AS "vacancyTitle", r.programme_id AS "programmeId", pr.name AS "programmeName",
         r.referrer_user_id AS "referrerUserId", btrim(rp.first_name || ' ' || rp.last_name) AS "referrerName",
         r.source, r.created_at AS "createdAt", r.stage_changed_at AS "stageChangedAt", r.consent_due_at AS "consentDueAt",
         r.rejection_reason AS "rejectionReason", r.rejection_reason_shareable AS "rejectionReasonShareable",
         to_char(r.start_date, 'YYYY-MM-DD') AS "startDate", r.probation_months AS "probationMonths",
         f.original_name AS "cvFileName", f.size_bytes AS "cvSizeBytes", f.content_type AS "cvContentType"
    FROM referrals r
    JOIN programmes pr ON pr.id = r.programme_id
    JOIN users u ON u.id = r.referrer_user_id
    JOIN people rp ON rp.id = u.person_id
    LEFT JOIN vacancies v ON v.id = r.vacancy_id
    LEFT JOIN stored_files f ON f.id = r.cv_file_id`;

function where(organisationId: OrganisationId, filters: ReferralFilters, params: unknown[], withStage = true): string {
  params.push(organisationId);
  const clauses = [`r.organisation_id = $${params.length}`];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (withStage && filters.stage) add('r.stage = ?', filters.stage);
  if (filters.consentState) add('r.consent_state = ?', filters.consentState);
  if (filters.liveOnly) clauses.push(`r.consent_state IN ('awaiting_consent', 'consented')`);
  if (filters.vacancyId) add('r.vacancy_id = ?', filters.vacancyId);
  if (filters.programmeId) add('r.programme_id = ?', filters.programmeId);
  if (filters.referrerUserId) add('r.referrer_user_id = ?', filters.referrerUserId);
  if (filters.q) {
    params.push(`%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    clauses.push(`(r.candidate_name ILIKE $${params.length} OR rp.first_name || ' ' || rp.last_name ILIKE $${params.length})`);
  }
  return clauses.join(' AND ');
}

/** Read models of the pipeline; every query starts with the organisation. */
@Injectable()
export class PipelineRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(organisationId: OrganisationId, filters: ReferralFilters, page: { limit: number; offset: number }) {
    const params: unknown[] = [];
    const condition = where(organisationId, filters, params);
    const [{ total }]: [{ total: number }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM referrals r JOIN users u ON u.id = r.referrer_user_id JOIN people rp ON rp.id = u.person_id WHERE ${condition}`,
      params,
    );
    const items: ReferralRow[] = await this.dataSource.query(
      `${SELECT} WHERE ${condition} ORDER BY r.stage_changed_at DESC, r.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    );
    const countParams: unknown[] = [];
    const countCondition = where(organisationId, filters, countParams, false);
    const counts: Array<{ stage: Stage; n: number }> = await this.dataSource.query(
      `SELECT r.stage, count(*)::int AS n FROM referrals r JOIN users u ON u.id = r.referrer_user_id JOIN people rp ON rp.id = u.person_id
        WHERE ${countCondition} GROUP BY r.stage`,
      countParams,
    );
    return { items, total, countsByStage: Object.fromEntries(counts.map((c) => [c.stage, c.n])) };
  }

  async detail(organisationId: OrganisationId, id: string): Promise<ReferralRow | null> {
    const rows: ReferralRow[] = await this.dataSource.query(`${SELECT} WHERE r.organisation_id = $1 AND r.id = $2`, [organisationId, id]);
    return rows[0] ?? null;
  }

  async eventsWithActors(organisationId: OrganisationId, referralIds: string[]) {
    if (referralIds.length === 0) return [];
    const rows: Array<{ referralId: string; kind: 'stage' | 'consent'; from: string | null; to: string; at: Date; actorName: string | null; note: string | null }> =
      await this.dataSource.query(
        `SELECT e.referral_id AS "referralId", e.kind, e.from_value AS "from", e.to_value AS "to", e.created_at AS "at",
                btrim(p.first_name || ' ' || p.last_name) AS "actorName", e.note
           FROM referral_events e
           LEFT JOIN users u ON u.id = e.actor_user_id
           LEFT JOIN people p ON p.id = u.person_id
          WHERE e.organisation_id = $1 AND e.referral_id = ANY($2::uuid[])
          ORDER BY e.created_at, e.id`,
        [organisationId, referralIds],
      );
    return rows;
  }

  async refused(organisationId: OrganisationId, limit: number) {
    const rows: Array<{ id: string; referrerUserId: string; referrerName: string; vacancyId: string | null; vacancyTitle: string | null; reason: string; existingReferralId: string | null; createdAt: Date }> =
      await this.dataSource.query(
        `SELECT x.id, x.referrer_user_id AS "referrerUserId", btrim(p.first_name || ' ' || p.last_name) AS "referrerName",
                x.vacancy_id AS "vacancyId", v.title AS "vacancyTitle", x.reason, x.existing_referral_id AS "existingReferralId", x.created_at AS "createdAt"
           FROM refused_referrals x
           JOIN users u ON u.id = x.referrer_user_id JOIN people p ON p.id = u.person_id
           LEFT JOIN vacancies v ON v.id = x.vacancy_id
          WHERE x.organisation_id = $1 ORDER BY x.created_at DESC LIMIT $2`,
        [organisationId, limit],
      );
    return rows;
  }

  /** Consented referrals in an open stage that nobody moved since `before`, per organisation (for digests). */
  async idle(before: Date): Promise<Array<{ organisationId: string; id: string; candidateName: string; vacancyTitle: string | null; stage: Stage; stageChangedAt: Date }>> {
    return this.dataSource.query(
      `SELECT r.organisation_id AS "organisationId", r.id, r.candidate_name AS "candidateName", v.title AS "vacancyTitle",
              r.stage, r.stage_changed_at AS "stageChangedAt"
         FROM referrals r LEFT JOIN vacancies v ON v.id = r.vacancy_id
        WHERE r.consent_state = 'consented' AND r.erased_at IS NULL
          AND r.stage IN ('new', 'screening', 'interview', 'offer') AND r.stage_changed_at < $1
        ORDER BY r.organisation_id, r.stage_changed_at`,
      [before],
    );
  }
}
